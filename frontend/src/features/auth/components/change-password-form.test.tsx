import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { ChangePasswordForm } from "@/features/auth/components/change-password-form";
import { getAccessToken } from "@/lib/session-store";
import { errorBody, sessionFor, signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

test("a wrong current password is reported next to its field", async () => {
  server.use(
    http.post(`${API}/auth/password/change`, () =>
      HttpResponse.json(
        errorBody(400, "invalid", "Some fields are not valid. Check them and try again.", {
          current_password: ["The current password is wrong."],
        }),
        { status: 400 },
      ),
    ),
  );
  signIn();
  const { user } = renderPage(<ChangePasswordForm />);

  await user.type(screen.getByLabelText("Current password"), "not it");
  await user.type(screen.getByLabelText("New password"), "a brand new passphrase");
  await user.click(screen.getByRole("button", { name: "Change password" }));

  expect(await screen.findByLabelText("Current password")).toHaveAccessibleDescription(
    "The current password is wrong.",
  );
});

test("a changed password keeps this tab signed in with the new session", async () => {
  server.use(
    http.post(`${API}/auth/password/change`, () =>
      HttpResponse.json({ ...sessionFor(), access: "after-change" }),
    ),
  );
  signIn();
  const { user } = renderPage(<ChangePasswordForm />);

  await user.type(screen.getByLabelText("Current password"), "the old passphrase");
  await user.type(screen.getByLabelText("New password"), "a brand new passphrase");
  await user.click(screen.getByRole("button", { name: "Change password" }));

  expect(await screen.findByRole("status")).toHaveTextContent("Your password has been changed.");
  expect(getAccessToken()).toBe("after-change");
  expect(screen.getByLabelText("New password")).toHaveValue("");
});
