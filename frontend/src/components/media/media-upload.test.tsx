import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";

import type { EditorAsset } from "@/components/media/api/media-asset";
import { MediaStatus } from "@/components/media/media-status";
import { MediaUpload } from "@/components/media/media-upload";
import type { UploadCallbacks } from "@/components/media/tus-upload";
import { errorBody, signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

// The tus transfer itself is the library's (and the back end's tests'); here it reports
// progress the way tus-js-client does, so the page can be checked as a teacher sees it.
const transfer = vi.hoisted(() => ({ calls: [] as { file: File; callbacks: UploadCallbacks }[] }));
vi.mock("@/components/media/tus-upload", () => ({
  startUpload: (file: File, callbacks: UploadCallbacks) => {
    transfer.calls.push({ file, callbacks });
    return { pause: vi.fn(), resume: vi.fn() };
  },
}));

const limits = {
  video_max_bytes: 2 * 1024 ** 3,
  audio_max_bytes: 200 * 1024 ** 2,
  video_types: [".mp4", ".webm", ".mov", ".mkv"],
  audio_types: [".mp3", ".m4a", ".ogg", ".opus", ".wav", ".webm", ".flac"],
  upload_chunk_bytes: 2 * 1024 ** 2,
};

function asset(status: EditorAsset["status"], extra: Partial<EditorAsset> = {}): EditorAsset {
  return {
    id: 31,
    kind: "audio",
    status,
    error: "",
    duration: 12,
    original_name: "dialogo.mp3",
    sources: [],
    poster_url: null,
    width: null,
    height: null,
    course_id: 2,
    container: "mp3",
    codecs: ["mp3"],
    size: 3000,
    sha256: "",
    attempts: 1,
    renditions: [],
    created_at: "2026-01-01T10:00:00Z",
    updated_at: "2026-01-01T10:00:00Z",
    ...extra,
  };
}

function fileOf(name: string, bytes: number, type = ""): File {
  const file = new File(["x"], name, { type });
  Object.defineProperty(file, "size", { value: bytes });
  return file;
}

beforeEach(() => {
  transfer.calls.length = 0;
  server.use(http.get(`${API}/media/limits`, () => HttpResponse.json(limits)));
  signIn();
});

test("a file over the limit is refused before any upload, with the limit named", async () => {
  const { user } = renderPage(<MediaUpload course={2} />);
  expect(await screen.findByText("Video up to 2 GB, audio up to 200 MB.")).toBeInTheDocument();

  await user.upload(
    screen.getByLabelText("Audio or video file"),
    fileOf("lesson.mp3", 250 * 1024 ** 2),
  );

  expect(screen.getByRole("alert")).toHaveTextContent(
    "This audio file is 250 MB, over the limit of 200 MB for audio.",
  );
  expect(screen.getByLabelText("Audio or video file")).toHaveAttribute("aria-invalid", "true");
  expect(screen.queryByRole("button", { name: "Upload" })).not.toBeInTheDocument();
  expect(transfer.calls).toEqual([]);
});

test("a file that is no media type is refused by name before upload", async () => {
  renderPage(<MediaUpload />);
  await screen.findByText("Video up to 2 GB, audio up to 200 MB.");
  // A teacher can pick "All files" in the dialog, so the check must hold past `accept`.
  const user = userEvent.setup({ applyAccept: false });

  await user.upload(screen.getByLabelText("Audio or video file"), fileOf("notes.pdf", 1000));

  expect(screen.getByRole("alert")).toHaveTextContent("This type of file cannot be uploaded.");
});

test("the upload shows its progress, then the asset's processing until it is ready", async () => {
  let polls = 0;
  const created: unknown[] = [];
  server.use(
    http.post(`${API}/media/assets`, async ({ request }) => {
      created.push(await request.json());
      return HttpResponse.json(asset("queued"), { status: 201 });
    }),
    http.get(`${API}/media/assets/31`, () => {
      polls += 1;
      return HttpResponse.json(asset(polls < 2 ? "processing" : "ready"));
    }),
  );
  const uploaded = vi.fn();
  const { user } = renderPage(<MediaUpload course={2} onUploaded={uploaded} />);
  await screen.findByText("Video up to 2 GB, audio up to 200 MB.");
  await user.upload(
    screen.getByLabelText("Audio or video file"),
    fileOf("dialogo.mp3", 8 * 1024 ** 2),
  );

  // Choosing the file is enough: no Upload button to press before the form's Save.
  expect(screen.queryByRole("button", { name: "Upload" })).not.toBeInTheDocument();
  expect(transfer.calls).toHaveLength(1);
  expect(screen.getByRole("status")).toHaveTextContent("dialogo.mp3: uploading…");
  const { callbacks } = transfer.calls[0]!;
  expect(callbacks.chunkSize).toBe(2 * 1024 ** 2);
  act(() => callbacks.onProgress(2 * 1024 ** 2, 8 * 1024 ** 2));
  const progress = screen.getByRole("progressbar", { name: "Upload progress" });
  expect(progress).toHaveAttribute("value", "25");
  expect(progress).toHaveAttribute("aria-valuetext", "25% — 2 MB of 8 MB");
  act(() => {
    callbacks.onProgress(8 * 1024 ** 2, 8 * 1024 ** 2);
    callbacks.onSuccess("5f0c6a52-0000-4000-8000-000000000001");
  });

  expect(await screen.findByText("dialogo.mp3: processing…")).toBeInTheDocument();
  expect(created).toEqual([{ upload: "5f0c6a52-0000-4000-8000-000000000001", course: 2 }]);
  expect(uploaded).toHaveBeenCalledWith(expect.objectContaining({ id: 31 }));
});

test("a dropped upload says so and resumes from where it stopped", async () => {
  const { user } = renderPage(<MediaUpload />);
  await screen.findByText("Video up to 2 GB, audio up to 200 MB.");
  await user.upload(screen.getByLabelText("Audio or video file"), fileOf("clip.mp4", 5000));

  act(() => transfer.calls[0]!.callbacks.onError("The upload stopped. Check your connection."));

  expect(await screen.findByRole("alert")).toHaveTextContent("The upload stopped.");
  await user.click(screen.getByRole("button", { name: "Resume upload" }));
  expect(screen.getByRole("button", { name: "Pause upload" })).toBeInTheDocument();
});

test("an audio slot takes audio only: its label, limit and file types say so", async () => {
  const { user } = renderPage(<MediaUpload kind="audio" />);
  expect(await screen.findByText("Audio up to 200 MB.")).toBeInTheDocument();
  expect(screen.queryByText(/Video up to/)).not.toBeInTheDocument();
  const input = screen.getByLabelText("Audio file");
  expect(input).toHaveAttribute("accept", ".mp3,.m4a,.ogg,.opus,.wav,.webm,.flac");

  await userEvent.setup({ applyAccept: false }).upload(input, fileOf("clase.mp4", 5000));
  expect(screen.getByRole("alert")).toHaveTextContent(
    "Choose one of: .mp3, .m4a, .ogg, .opus, .wav, .webm, .flac.",
  );
  // A .webm in an audio slot is held to the audio limit, whatever the browser calls it.
  await user.upload(input, fileOf("clase.webm", 300 * 1024 ** 2, "video/webm"));
  expect(screen.getByRole("alert")).toHaveTextContent("over the limit of 200 MB for audio.");
  expect(transfer.calls).toEqual([]);
});

test("a video slot is labelled for video, with the video limit", async () => {
  renderPage(<MediaUpload kind="video" />);
  expect(await screen.findByText("Video up to 2 GB.")).toBeInTheDocument();
  expect(screen.getByLabelText("Video file")).toHaveAttribute("accept", ".mp4,.webm,.mov,.mkv");
});

test("a ready asset can be played in the editor, from the sources the server gives", async () => {
  server.use(
    http.get(`${API}/media/assets/31`, () =>
      HttpResponse.json(
        asset("ready", {
          sources: [{ url: "/media/31/audio.m4a", type: "audio/mp4", label: "AAC" }],
        }),
      ),
    ),
  );
  renderPage(<MediaStatus assetId={31} />);

  const preview = await screen.findByLabelText("Play dialogo.mp3");
  expect(preview.tagName).toBe("AUDIO");
  expect(preview).toHaveAttribute("controls");
  expect(preview).toContainHTML('<source src="/media/31/audio.m4a" type="audio/mp4">');
  expect(screen.getAllByText("dialogo.mp3: ready to play.")).toHaveLength(1);
});

test("a failed asset shows the reason and Retry queues it again, then follows it", async () => {
  let retried = 0;
  server.use(
    http.get(`${API}/media/assets/31`, () =>
      HttpResponse.json(
        retried
          ? asset("ready")
          : asset("failed", { error: "The audio could not be converted: the file is damaged." }),
      ),
    ),
    http.post(`${API}/media/assets/31/retry`, () => {
      retried += 1;
      return HttpResponse.json(asset("queued"));
    }),
  );
  const { user } = renderPage(<MediaStatus assetId={31} pollMs={20} />);

  expect(await screen.findByText("dialogo.mp3: processing failed.")).toBeInTheDocument();
  expect(
    screen.getByText("The audio could not be converted: the file is damaged."),
  ).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Retry processing" }));

  expect(await screen.findByText("dialogo.mp3: waiting to be processed…")).toBeInTheDocument();
  expect(await screen.findByText("dialogo.mp3: ready to play.")).toBeInTheDocument();
  expect(retried).toBe(1);
});

test("a retry the server refuses shows its message", async () => {
  server.use(
    http.get(`${API}/media/assets/31`, () => HttpResponse.json(asset("failed"))),
    http.post(`${API}/media/assets/31/retry`, () =>
      HttpResponse.json(errorBody(409, "conflict", "Only failed processing can be retried."), {
        status: 409,
      }),
    ),
  );
  const { user } = renderPage(<MediaStatus assetId={31} />);
  await user.click(await screen.findByRole("button", { name: "Retry processing" }));

  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Only failed processing can be retried.",
  );
});
