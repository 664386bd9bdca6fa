import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { CourseEditorPage } from "@/features/authoring/components/course-editor-page";
import {
  conflictBody,
  courseDetail,
  languagesHandler,
  layOutRows,
  ROW_HEIGHT,
  teacher,
} from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const route = { path: "/teach/courses/1", route: "/teach/courses/:id" };

test("a save refused for a newer version keeps the edits, says why, and Reload loads theirs", async () => {
  const theirs = courseDetail({ title: "Español A1 (new)", summary: "Their summary.", version: 3 });
  let current = courseDetail({ summary: "Old summary.", version: 2 });
  const patches: unknown[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(current)),
    http.patch(`${API}/authoring/courses/1`, async ({ request }) => {
      patches.push(await request.json());
      current = theirs;
      return HttpResponse.json(conflictBody(theirs), { status: 409 });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  const summary = await screen.findByLabelText("Summary");
  await user.clear(summary);
  await user.type(summary, "My summary.");
  await user.click(screen.getByRole("button", { name: "Save" }));

  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Someone else changed this course. Reload to see their changes.");
  expect(alert).toHaveTextContent("Your edits are still in the form and were not saved.");
  expect(patches).toEqual([expect.objectContaining({ summary: "My summary.", version: 2 })]);
  expect(screen.getByLabelText("Summary")).toHaveValue("My summary.");

  await user.click(within(alert).getByRole("button", { name: "Reload their version" }));

  await waitFor(() => expect(screen.getByLabelText("Summary")).toHaveValue("Their summary."));
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Español A1 (new)");
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("each save claims the version the previous save returned, so a teacher never conflicts with themselves", async () => {
  let current = courseDetail({ version: 4 });
  const patches: { version: number }[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(current)),
    http.patch(`${API}/authoring/courses/1`, async ({ request }) => {
      const body = (await request.json()) as { version: number; title: string };
      patches.push(body);
      current = { ...current, title: body.title, version: current.version + 1 };
      return HttpResponse.json(current);
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  const title = await screen.findByLabelText("Title");
  await user.type(title, "!");
  await user.click(screen.getByRole("button", { name: "Save" }));
  expect(await screen.findByText("Saved.")).toBeInTheDocument();
  await user.type(title, "!");
  await user.click(screen.getByRole("button", { name: "Save" }));

  await waitFor(() => expect(patches.map((p) => p.version)).toEqual([4, 5]));
});

test("the description shows a live preview rendered by the server", async () => {
  const previews: unknown[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.post(`${API}/authoring/markdown/preview`, async ({ request }) => {
      previews.push(await request.json());
      return HttpResponse.json({ html: "<p>Learn <strong>greetings</strong>.</p>" });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  await user.type(await screen.findByLabelText("Description"), "Learn **greetings**.");

  const preview = await screen.findByRole("region", { name: "Preview of Description" });
  expect((await within(preview).findByText("greetings")).tagName).toBe("STRONG");
  expect(previews.at(-1)).toEqual({ markdown: "Learn **greetings**." });
});

test("publishing a course without lessons shows the server's reason; a course with one publishes", async () => {
  let current = courseDetail({ version: 1 });
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(current)),
    http.post(`${API}/authoring/courses/1/publish`, async ({ request }) => {
      const { version } = (await request.json()) as { version: number };
      if (current.lessons.length === 0) {
        return HttpResponse.json(
          { status: 400, code: "cannot_publish", message: "Add a lesson first.", fields: {} },
          { status: 400 },
        );
      }
      current = { ...current, status: "published", version: version + 1 };
      return HttpResponse.json(current);
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  await user.click(await screen.findByRole("button", { name: "Publish" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Add a lesson first.");

  current = {
    ...current,
    lessons: [{ id: 5, title: "Hola", position: 0, version: 1, block_count: 0 }],
  };
  await user.click(screen.getByRole("button", { name: "Publish" }));

  expect(await screen.findByRole("button", { name: "Unpublish" })).toBeInTheDocument();
  expect(screen.getAllByText("Published")[0]).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Preview as a learner" })).toHaveAttribute(
    "href",
    "/courses/1",
  );
});

/** jsdom has no object URLs and does not follow a download link: record what would be saved. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const created = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return "blob:package";
  });
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  const names = () => clicks.mock.instances.map((link) => (link as HTMLAnchorElement).download);
  return { blobs, names };
}

test("Export downloads <slug>.zip with the teacher's token, busy until it arrives, once per click", async () => {
  const exports: (string | null)[] = [];
  let finish: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (finish = resolve));
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.get(`${API}/authoring/courses/1/export`, async ({ request }) => {
      exports.push(request.headers.get("Authorization"));
      await arrived;
      return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
        headers: {
          "Content-Type": "application/zip",
          "Content-Disposition": 'attachment; filename="espanol-a1.zip"',
        },
      });
    }),
  );
  const downloads = captureDownloads();
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  const button = await screen.findByRole("button", { name: "Export course package" });
  // A double click: the second lands before the button can show that it is busy.
  fireEvent.click(button);
  fireEvent.click(button);
  expect(await screen.findByText("Preparing the course package…")).toBeInTheDocument();
  expect(button).toBeDisabled();
  await user.click(button);
  finish();

  await waitFor(() => expect(downloads.names()).toEqual(["espanol-a1.zip"]));
  expect(exports).toEqual(["Bearer access-token"]);
  expect(downloads.blobs[0]).toMatchObject({ size: 4, type: "application/zip" });
  expect(button).toBeEnabled();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("without a file name from the server, the package is saved as the course's slug", async () => {
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.get(`${API}/authoring/courses/1/export`, () => new HttpResponse(new Uint8Array([1]))),
  );
  const downloads = captureDownloads();
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  await user.click(await screen.findByRole("button", { name: "Export course package" }));

  await waitFor(() => expect(downloads.names()).toEqual(["espanol-a1.zip"]));
});

test.each([
  {
    name: "the server's reason",
    response: () =>
      HttpResponse.json(
        {
          status: 403,
          code: "permission_denied",
          message: "Only its authors can export this course.",
          fields: {},
        },
        { status: 403 },
      ),
    message: "Only its authors can export this course.",
  },
  {
    name: "a generic reason for a page that is not JSON",
    response: () => new HttpResponse("<h1>Bad gateway</h1>", { status: 502 }),
    message: "Something went wrong. Please try again.",
  },
])("a failed export says so with $name and saves nothing", async ({ response, message }) => {
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.get(`${API}/authoring/courses/1/export`, response),
  );
  const downloads = captureDownloads();
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  await user.click(await screen.findByRole("button", { name: "Export course package" }));

  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("The course package could not be downloaded.");
  expect(alert).toHaveTextContent(message);
  expect(downloads.names()).toEqual([]);
  expect(screen.getByRole("button", { name: "Export course package" })).toBeEnabled();
});

const lessons = [
  { id: 5, title: "Hola", position: 0, version: 1, block_count: 2 },
  { id: 6, title: "En el café", position: 1, version: 1, block_count: 0 },
  { id: 7, title: "De compras", position: 2, version: 1, block_count: 1 },
];

function lessonTitles(): (string | null)[] {
  return within(screen.getByRole("list", { name: "Lessons" }))
    .getAllByRole("link", { name: /^(?!Preview)/ })
    .map((link) => link.textContent);
}

test("dragging a lesson's handle with the mouse below another lesson moves it there and saves it", async () => {
  layOutRows();
  let current = courseDetail({ lessons });
  const moves: unknown[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(current)),
    http.post(`${API}/authoring/lessons/5/move`, async ({ request }) => {
      moves.push(await request.json());
      current = { ...current, lessons: [lessons[1]!, lessons[2]!, lessons[0]!] };
      return HttpResponse.json({ lessons: [] });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  const handle = await screen.findByRole("button", { name: "Drag to reorder: Hola" });
  // Press on the first row, then drag two rows down and let go over the third lesson.
  await user.pointer([
    { keys: "[MouseLeft>]", target: handle, coords: { clientX: 20, clientY: 40 } },
    { coords: { clientX: 20, clientY: 40 + ROW_HEIGHT } },
    { coords: { clientX: 20, clientY: 40 + 2 * ROW_HEIGHT } },
    { keys: "[/MouseLeft]" },
  ]);

  expect(await screen.findByText("Dropped Hola at position 3 of 3.")).toBeInTheDocument();
  await waitFor(() => expect(moves).toEqual([{ position: 2 }]));
  await waitFor(() => expect(lessonTitles()).toEqual(["En el café", "De compras", "Hola"]));
});

test("Duplicate on a lesson asks the server for a copy and shows it right after the lesson", async () => {
  let current = courseDetail({ lessons: lessons.slice(0, 2) });
  const copied: string[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(current)),
    http.post(`${API}/authoring/lessons/:id/duplicate`, ({ params }) => {
      copied.push(String(params.id));
      const copy = { id: 9, title: "Hola (copy)", position: 1, version: 1, block_count: 2 };
      current = { ...current, lessons: [lessons[0]!, copy, lessons[1]!] };
      return HttpResponse.json({ ...copy, course_id: 1, blocks: [] }, { status: 201 });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<CourseEditorPage />, route);

  await user.click(await screen.findByRole("button", { name: "Duplicate Hola" }));

  await waitFor(() => expect(lessonTitles()).toEqual(["Hola", "Hola (copy)", "En el café"]));
  expect(copied).toEqual(["5"]);
  expect(screen.getByRole("link", { name: "Hola (copy)" })).toHaveAttribute(
    "href",
    "/teach/lessons/9",
  );
});

test.each([
  { loaded: true, sent: false },
  { loaded: false, sent: true },
])(
  "media only for enrolled learners loads as $loaded and is saved as $sent when toggled",
  async ({ loaded, sent }) => {
    let current = courseDetail({ media_requires_enrollment: loaded, version: 2 });
    const patches: unknown[] = [];
    server.use(
      languagesHandler,
      http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(current)),
      http.patch(`${API}/authoring/courses/1`, async ({ request }) => {
        const body = (await request.json()) as { media_requires_enrollment: boolean };
        patches.push(body);
        current = { ...current, ...body, version: 3 };
        return HttpResponse.json(current);
      }),
    );
    signIn(teacher);
    const { user } = renderPage(<CourseEditorPage />, route);

    const checkbox = await screen.findByRole("checkbox", { name: "Media requires enrollment" });
    expect(checkbox).toHaveAccessibleDescription(
      "Only enrolled learners can play this course's audio and video.",
    );
    expect(checkbox).toHaveProperty("checked", loaded);
    await user.click(checkbox);
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Saved.")).toBeInTheDocument();
    expect(patches).toEqual([
      expect.objectContaining({ media_requires_enrollment: sent, version: 2 }),
    ]);
    expect(screen.getByRole("checkbox", { name: "Media requires enrollment" })).toHaveProperty(
      "checked",
      sent,
    );
  },
);
