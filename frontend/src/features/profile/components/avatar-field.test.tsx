import { fireEvent, screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { AvatarField } from "@/features/profile/components/avatar-field";
import { errorBody, signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

beforeAll(() => {
  URL.createObjectURL = vi.fn(() => "blob:preview");
  URL.revokeObjectURL = vi.fn();
});

test("refuses a file that is not an image before uploading", () => {
  signIn();
  renderPage(<AvatarField avatarUrl={null} />);
  const input = screen.getByLabelText("Choose an image");

  // The picker's accept="image/*" is only a hint: a person can still choose "All files".
  fireEvent.change(input, {
    target: { files: [new File(["%PDF"], "cv.pdf", { type: "application/pdf" })] },
  });

  expect(input).toHaveAccessibleDescription(expect.stringContaining("This file is not an image."));
  expect(screen.getByRole("button", { name: "Upload avatar" })).toBeDisabled();
});

test("refuses a file over 5 MB and names the limit", async () => {
  signIn();
  const { user } = renderPage(<AvatarField avatarUrl={null} />);
  const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.png", { type: "image/png" });

  await user.upload(screen.getByLabelText("Choose an image"), big);

  expect(
    screen.getByText("The file is larger than 5 MB. Choose a smaller image."),
  ).toBeInTheDocument();
});

test("previews the chosen image and shows the server's refusal", async () => {
  server.use(
    http.post(`${API}/profile/avatar`, () =>
      HttpResponse.json(errorBody(400, "invalid_image", "The file is not a valid image."), {
        status: 400,
      }),
    ),
  );
  signIn();
  const { user } = renderPage(<AvatarField avatarUrl={null} />);

  await user.upload(
    screen.getByLabelText("Choose an image"),
    new File(["fake"], "me.png", { type: "image/png" }),
  );
  expect(screen.getByRole("img", { name: "Preview of the chosen image" })).toHaveAttribute(
    "src",
    "blob:preview",
  );
  await user.click(screen.getByRole("button", { name: "Upload avatar" }));

  expect(await screen.findByRole("alert")).toHaveTextContent("The file is not a valid image.");
});

test("a file the browser cannot draw shows no broken preview", async () => {
  signIn();
  const { user } = renderPage(<AvatarField avatarUrl={null} />);
  const input = screen.getByLabelText("Choose an image");

  await user.upload(input, new File(["not a picture"], "fake.png", { type: "image/png" }));
  fireEvent.error(screen.getByRole("img", { name: "Preview of the chosen image" }));

  expect(screen.queryByRole("img")).not.toBeInTheDocument();
  // The server decides (and explains) whether it is an image.
  expect(screen.getByRole("button", { name: "Upload avatar" })).toBeEnabled();
});
