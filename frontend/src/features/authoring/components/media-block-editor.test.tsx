import { act, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { UploadCallbacks } from "@/components/media/tus-upload";
import type { AuthoringBlock, MediaSummary } from "@/features/authoring/api/types";
import { LessonEditorPage } from "@/features/authoring/components/lesson-editor-page";
import { courseDetail, teacher } from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

// The tus transfer is the shared upload's own concern (and tested there): here it just ends.
const transfer = vi.hoisted(() => ({ calls: [] as UploadCallbacks[] }));
vi.mock("@/components/media/tus-upload", () => ({
  startUpload: (_file: File, callbacks: UploadCallbacks) => {
    transfer.calls.push(callbacks);
    return { pause: vi.fn(), resume: vi.fn() };
  },
}));

const clip: MediaSummary = {
  id: 31,
  kind: "video",
  status: "ready",
  error: "",
  duration: 12,
  original_name: "cafe.mp4",
  sources: [{ url: "/media/31/720p.mp4", type: "video/mp4", label: "720p" }],
  poster_url: null,
  width: 1280,
  height: 720,
};

function video(overrides: Partial<AuthoringBlock> = {}): AuthoringBlock {
  return {
    id: 6,
    lesson_id: 5,
    type: "video",
    position: 0,
    version: 1,
    title: "En el café",
    markdown: "",
    html: "",
    transcript: "",
    media: null,
    speech_voices: [],
    ...overrides,
  };
}

test("an uploaded video is attached to its block, and the block's transcript is saved", async () => {
  let current = video();
  const patches: unknown[] = [];
  server.use(
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.get(`${API}/authoring/lessons/5`, () =>
      HttpResponse.json({
        id: 5,
        course_id: 1,
        title: "Hola",
        position: 0,
        version: 1,
        blocks: [current],
      }),
    ),
    http.get(`${API}/media/limits`, () =>
      HttpResponse.json({
        video_max_bytes: 2 * 1024 ** 3,
        audio_max_bytes: 200 * 1024 ** 2,
        video_types: [".mp4"],
        audio_types: [".mp3"],
        upload_chunk_bytes: 1024 ** 2,
      }),
    ),
    http.post(`${API}/media/assets`, () =>
      HttpResponse.json({ ...clip, course_id: 1 }, { status: 201 }),
    ),
    http.get(`${API}/media/assets/31`, () => HttpResponse.json({ ...clip, course_id: 1 })),
    http.get(`${API}/media/assets/31/tracks`, () => HttpResponse.json([])),
    http.patch(`${API}/authoring/blocks/6`, async ({ request }) => {
      const body = (await request.json()) as Partial<AuthoringBlock> & { media_id?: number };
      patches.push(body);
      current = {
        ...current,
        ...body,
        media: body.media_id ? clip : current.media,
        version: current.version + 1,
      };
      return HttpResponse.json(current);
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, {
    path: "/teach/lessons/5",
    route: "/teach/lessons/:id",
  });

  const block = await screen.findByRole("article", { name: "Video: En el café" });
  expect(within(block).getByText("No file yet.")).toBeInTheDocument();
  // A video block's slot takes video; choosing the file uploads it at once.
  expect(await within(block).findByText("Video up to 2 GB.")).toBeInTheDocument();
  await user.upload(
    within(block).getByLabelText("Video file"),
    new File(["x"], "cafe.mp4", { type: "video/mp4" }),
  );
  act(() => transfer.calls[0]!.onSuccess("upload-1"));

  expect(await within(block).findByText("File: cafe.mp4")).toBeInTheDocument();
  const preview = await within(block).findByLabelText("Play cafe.mp4");
  expect(preview.tagName).toBe("VIDEO");
  expect(preview).toContainHTML('<source src="/media/31/720p.mp4" type="video/mp4">');
  expect(within(block).getAllByText("cafe.mp4: ready to play.")).toHaveLength(1);
  const captions = await within(block).findByRole("region", { name: "Captions and transcript" });
  // The course is in Spanish: a new track's language is already filled in.
  const captionFile = within(captions).getByRole("form", { name: "Upload a caption file" });
  expect(within(captionFile).getByLabelText("Language code")).toHaveValue("es");

  await user.type(within(block).getByLabelText("Text of the recording"), "Un café, por favor.");
  await user.click(within(block).getByRole("button", { name: "Save" }));

  await waitFor(() =>
    expect(patches).toEqual([
      { media_id: 31, version: 1 },
      { title: "En el café", transcript: "Un café, por favor.", version: 2 },
    ]),
  );
});

test("an audio block's slot takes audio only, and is labelled so", async () => {
  server.use(
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.get(`${API}/authoring/lessons/5`, () =>
      HttpResponse.json({
        id: 5,
        course_id: 1,
        title: "Hola",
        position: 0,
        version: 1,
        blocks: [video({ type: "audio", title: "Saludos" })],
      }),
    ),
    http.get(`${API}/media/limits`, () =>
      HttpResponse.json({
        video_max_bytes: 2 * 1024 ** 3,
        audio_max_bytes: 200 * 1024 ** 2,
        video_types: [".mp4"],
        audio_types: [".mp3"],
        upload_chunk_bytes: 1024 ** 2,
      }),
    ),
  );
  signIn(teacher);
  renderPage(<LessonEditorPage />, { path: "/teach/lessons/5", route: "/teach/lessons/:id" });

  const block = await screen.findByRole("article", { name: "Audio: Saludos" });
  expect(await within(block).findByText("Audio up to 200 MB.")).toBeInTheDocument();
  expect(within(block).getByLabelText("Audio file")).toHaveAttribute("accept", ".mp3");
  expect(within(block).queryByLabelText("Audio or video file")).not.toBeInTheDocument();
});
