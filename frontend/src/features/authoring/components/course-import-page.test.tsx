import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { CourseImportPage } from "@/features/authoring/components/course-import-page";
import { UploadProgressBar } from "@/features/authoring/components/upload-progress-bar";
import { teacher } from "@/features/authoring/test/fixtures";
import { errorBody, signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const route = { path: "/teach/courses/import", route: "/teach/courses/import" };
const IMPORT = `${API}/authoring/courses/import`;

function zipOf(name = "espanol-a1.zip", bytes = 1024): File {
  return new File([new Uint8Array(bytes)], name, { type: "application/zip" });
}

interface Received {
  authorization: string | null;
  size: number | undefined;
}

/** Answer imports with `respond`, recording each request's token and file. */
function importHandler(respond: () => Response | Promise<Response>, maxBytes = 2 * 1024 ** 3) {
  const received: Received[] = [];
  server.use(
    http.get(IMPORT, () => HttpResponse.json({ max_bytes: maxBytes })),
    http.post(IMPORT, async ({ request }) => {
      // Not `instanceof File`, nor its name: jsdom's XMLHttpRequest hands MSW a Node Blob.
      const file = (await request.formData()).get("file");
      received.push({
        authorization: request.headers.get("Authorization"),
        size: file === null || typeof file === "string" ? undefined : file.size,
      });
      return respond();
    }),
  );
  return received;
}

function imported(warnings: string[] = []) {
  return {
    id: 12,
    slug: "espanol-a1-2",
    title: "Español A1",
    status: "draft",
    lesson_count: 3,
    question_bank_id: 4,
    warnings,
  };
}

test("an imported package lists what was left out and leads to the new draft's editor", async () => {
  const warning = "The voice “es-419” is not installed here; it was left out.";
  const received = importHandler(() => HttpResponse.json(imported([warning]), { status: 201 }));
  signIn(teacher);
  const { user, router } = renderPage(<CourseImportPage />, route);

  await user.upload(screen.getByLabelText("Course package (.zip)"), zipOf());
  await user.click(screen.getByRole("button", { name: "Import course" }));

  const result = await screen.findByRole("region", { name: "Imported course" });
  expect(within(result).getByRole("status")).toHaveTextContent(
    '"Español A1" was imported as a draft course with 3 lessons.',
  );
  expect(within(result).getByRole("heading", { name: "Left out of the import" })).toBeVisible();
  expect(within(result).getByRole("listitem")).toHaveTextContent(warning);
  expect(received).toEqual([{ authorization: "Bearer access-token", size: 1024 }]);

  const open = screen.getByRole("link", { name: 'Open "Español A1" in the editor' });
  expect(open).toHaveFocus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(router.state.location.pathname).toBe("/teach/courses/12"));
});

test("a refused package shows the server's message and every manifest field it names", async () => {
  const received = importHandler(() =>
    HttpResponse.json(
      errorBody(
        400,
        "invalid_package",
        "manifest.json is not valid. Check the fields named and export the course again.",
        {
          "manifest.lessons.0.title": ["This field is required."],
          "manifest.media.1.size": ["The file's size differs from the manifest's."],
        },
      ),
      { status: 400 },
    ),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseImportPage />, route);

  await user.upload(screen.getByLabelText("Course package (.zip)"), zipOf());
  await user.click(screen.getByRole("button", { name: "Import course" }));

  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("The course was not imported.");
  expect(alert).toHaveTextContent(
    "manifest.json is not valid. Check the fields named and export the course again.",
  );
  expect(
    within(alert)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  ).toEqual([
    "manifest.lessons.0.title: This field is required.",
    "manifest.media.1.size: The file's size differs from the manifest's.",
  ]);
  expect(received).toHaveLength(1);
  // Nothing was made: the form stays, ready for a corrected package.
  expect(screen.queryByRole("link", { name: /in the editor/ })).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Import course" })).toBeEnabled();
});

test("a package over the server's own limit gets the server's message, not a bare 413", async () => {
  importHandler(() =>
    HttpResponse.json(
      errorBody(
        413,
        "too_large",
        "The package is too large: at most 100 MB.",
        {},
        {
          limit_bytes: 100 * 1024 ** 2,
        },
      ),
      { status: 413 },
    ),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseImportPage />, route);

  await user.upload(screen.getByLabelText("Course package (.zip)"), zipOf());
  await user.click(screen.getByRole("button", { name: "Import course" }));

  expect(await screen.findByRole("alert")).toHaveTextContent(
    "The package is too large: at most 100 MB.",
  );
});

test("a package is sent once however often Import is pressed while it uploads", async () => {
  let finish: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (finish = resolve));
  const received = importHandler(async () => {
    await answered;
    return HttpResponse.json(imported(), { status: 201 });
  });
  signIn(teacher);
  const { user } = renderPage(<CourseImportPage />, route);

  await user.upload(screen.getByLabelText("Course package (.zip)"), zipOf());
  const button = screen.getByRole("button", { name: "Import course" });
  // A double click, then Enter: the second press lands before the button shows it is busy.
  fireEvent.click(button);
  fireEvent.click(button);
  expect(await screen.findByRole("progressbar", { name: "Upload progress" })).toBeVisible();
  expect(button).toBeDisabled();
  expect(screen.getByLabelText("Course package (.zip)")).toBeDisabled();
  fireEvent.submit(button);
  await waitFor(() => expect(received).toHaveLength(1));
  finish();

  expect(await screen.findByRole("region", { name: "Imported course" })).toBeInTheDocument();
  expect(received).toHaveLength(1);
});

test("Cancel upload stops the upload, says nothing was imported, and allows another try", async () => {
  let finish: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (finish = resolve));
  const received = importHandler(async () => {
    await answered;
    return HttpResponse.json(imported(), { status: 201 });
  });
  signIn(teacher);
  const { user } = renderPage(<CourseImportPage />, route);

  await user.upload(screen.getByLabelText("Course package (.zip)"), zipOf());
  await user.click(screen.getByRole("button", { name: "Import course" }));
  await user.click(await screen.findByRole("button", { name: "Cancel upload" }));

  expect(await screen.findByRole("status")).toHaveTextContent(
    "The upload was cancelled; nothing was imported.",
  );
  expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Import course" })).toBeEnabled();
  finish();
  await waitFor(() => expect(received).toHaveLength(1));
});

test.each([
  {
    name: "too large",
    file: () => {
      const file = zipOf();
      Object.defineProperty(file, "size", { value: 3 * 1024 ** 3 });
      return file;
    },
    message: "This file is 3 GB, and a course package can be at most 2 GB. Nothing was uploaded.",
  },
  {
    name: "not a zip",
    file: () => new File(["x"], "lessons.txt", { type: "text/plain" }),
    message:
      'This is not a course package: choose the .zip file that "Export course package" made.',
  },
  {
    name: "empty",
    file: () => zipOf("empty.zip", 0),
    message: "The file is empty. Choose another file.",
  },
])("a file that is $name is refused before anything is uploaded", async ({ file, message }) => {
  const received = importHandler(() => HttpResponse.json(imported(), { status: 201 }));
  signIn(teacher);
  const { user } = renderPage(<CourseImportPage />, route);

  const input = screen.getByLabelText("Course package (.zip)");
  expect(await screen.findByText("At most 2 GB.")).toBeInTheDocument();
  // As a browser does when the teacher picks "All files" in the dialog: `accept` only suggests.
  fireEvent.change(input, { target: { files: [file()] } });

  expect(await screen.findByRole("alert")).toHaveTextContent(message);
  expect(input).toHaveAccessibleDescription(`At most 2 GB. ${message}`);
  expect(input).toBeInvalid();
  await user.click(screen.getByRole("button", { name: "Import course" }));
  expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  expect(received).toEqual([]);
});

test("Import without a file asks for one", async () => {
  const received = importHandler(() => HttpResponse.json(imported(), { status: 201 }));
  signIn(teacher);
  const { user } = renderPage(<CourseImportPage />, route);

  await user.click(screen.getByRole("button", { name: "Import course" }));

  expect(await screen.findByRole("alert")).toHaveTextContent("Choose a course package to import.");
  expect(received).toEqual([]);
});

test("the progress bar tells how much is sent, and that the server is checking once all is", () => {
  const { rerender } = render(<UploadProgressBar progress={{ sent: 512, total: 2048 }} />);
  const bar = screen.getByRole("progressbar", { name: "Upload progress" });
  expect(bar).toHaveValue(25);
  expect(bar).toHaveAttribute("aria-valuetext", "25% — 512 byte of 2 kB");
  expect(screen.queryByRole("status")).not.toBeInTheDocument();

  rerender(<UploadProgressBar progress={{ sent: 2048, total: 2048 }} />);
  expect(screen.getByRole("status")).toHaveTextContent(
    "The package is uploaded. Checking it and creating the course…",
  );
});

test("the size check follows the server's limit, so a limit raised there is not refused here", async () => {
  const received = importHandler(
    () => HttpResponse.json(imported(), { status: 201 }),
    5 * 1024 ** 3,
  );
  signIn(teacher);
  const { user } = renderPage(<CourseImportPage />, route);
  const input = screen.getByLabelText("Course package (.zip)");
  expect(await screen.findByText("At most 5 GB.")).toBeInTheDocument();
  const large = zipOf();
  Object.defineProperty(large, "size", { value: 3 * 1024 ** 3 });

  fireEvent.change(input, { target: { files: [large] } });

  expect(input).not.toHaveAttribute("aria-invalid");
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Import course" }));
  await waitFor(() => expect(received).toHaveLength(1));
});
