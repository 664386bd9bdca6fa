import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { AuthoringBlock, DialogueLine } from "@/features/authoring/api/types";
import { LessonEditorPage } from "@/features/authoring/components/lesson-editor-page";
import { courseDetail, teacher } from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const route = { path: "/teach/lessons/5", route: "/teach/lessons/:id" };

function block(overrides: Partial<AuthoringBlock>): AuthoringBlock {
  return {
    id: 8,
    lesson_id: 5,
    type: "text",
    position: 0,
    version: 1,
    title: "",
    markdown: "¡Hola!",
    html: "<p>¡Hola!</p>",
    media: null,
    audio_url: null,
    speech_voices: [],
    ...overrides,
  };
}

function lessonHandler(blocks: () => AuthoringBlock[]) {
  return http.get(`${API}/authoring/lessons/5`, () =>
    HttpResponse.json({
      id: 5,
      course_id: 1,
      title: "Hola",
      position: 0,
      version: 1,
      blocks: blocks(),
    }),
  );
}

function common(audioMaxBytes = 200 * 1024 ** 2) {
  return [
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.get(`${API}/speech/voices`, () => HttpResponse.json([])),
    http.post(`${API}/authoring/markdown/preview`, () => HttpResponse.json({ html: "<p>ok</p>" })),
    http.get(`${API}/media/limits`, () =>
      HttpResponse.json({
        video_max_bytes: 2 * 1024 ** 3,
        audio_max_bytes: audioMaxBytes,
        video_types: [".mp4"],
        audio_types: [".mp3", ".ogg", ".wav"],
        upload_chunk_bytes: 1024 ** 2,
      }),
    ),
  ];
}

const RECORDING = "/media/courses/1/dialogues/20-5f2c-recording.mp3";

test("a teacher uploads a recording of a dialogue line, plays it, removes it and keeps editing", async () => {
  let line: DialogueLine = {
    id: 20,
    position: 1,
    version: 1,
    speaker: "Ana",
    text: "Un café, por favor.",
    translation: "",
    audio_url: null,
  };
  const sent: unknown[] = [];
  server.use(
    ...common(),
    lessonHandler(() => [
      block({ id: 9, type: "dialogue", title: "En el café", markdown: "", lines: [line] }),
    ]),
    http.post(`${API}/authoring/dialogue-lines/20/recording`, async ({ request }) => {
      const form = await request.formData();
      // jsdom's FormData loses the file name on the way to MSW; the bytes arrive intact.
      const file = form.get("file") as Blob;
      sent.push({ upload: await file.text(), version: form.get("version") });
      line = { ...line, version: 2, audio_url: RECORDING };
      return HttpResponse.json(line);
    }),
    http.delete(`${API}/authoring/dialogue-lines/20/recording`, ({ request }) => {
      sent.push({ remove: new URL(request.url).searchParams.get("version") });
      line = { ...line, version: 3, audio_url: null };
      return HttpResponse.json(line);
    }),
    http.patch(`${API}/authoring/dialogue-lines/20`, async ({ request }) => {
      const body = (await request.json()) as Partial<DialogueLine>;
      sent.push(body);
      line = { ...line, ...body, version: 4 };
      return HttpResponse.json(line);
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const form = await screen.findByRole("form", { name: "Ana: Un café, por favor." });
  expect(within(form).getByText(/No recording yet/)).toBeInTheDocument();
  const input = within(form).getByLabelText("Upload recording");
  await waitFor(() => expect(input).toHaveAccessibleDescription(/up to 200 MB/));
  await user.upload(input, new File(["ID3 tone"], "ana.mp3", { type: "audio/mpeg" }));

  const player = await within(form).findByLabelText("Your recording");
  expect(player).toHaveAttribute("src", RECORDING);
  await user.click(within(form).getByRole("button", { name: "Remove recording" }));
  expect(await within(form).findByText(/No recording yet/)).toBeInTheDocument();
  expect(within(form).queryByLabelText("Your recording")).not.toBeInTheDocument();

  await user.clear(within(form).getByLabelText("Translation"));
  await user.type(within(form).getByLabelText("Translation"), "A coffee, please.");
  await user.click(within(form).getByRole("button", { name: "Save line" }));

  // Each write claims the version the one before returned, so none is refused as stale.
  await waitFor(() => expect(sent).toHaveLength(3));
  expect(sent).toEqual([
    { upload: "ID3 tone", version: "1" },
    { remove: "2" },
    {
      version: 3,
      speaker: "Ana",
      text: "Un café, por favor.",
      translation: "A coffee, please.",
    },
  ]);
});

test("a text block's recording over the audio limit is refused before any upload", async () => {
  let posted = 0;
  server.use(
    ...common(1024),
    lessonHandler(() => [block({})]),
    http.post(`${API}/authoring/blocks/8/recording`, () => {
      posted += 1;
      return HttpResponse.json(block({}));
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const editor = await screen.findByRole("article", { name: "Text" });
  const input = within(editor).getByLabelText("Upload recording");
  await waitFor(() => expect(input).toHaveAccessibleDescription(/up to 1 kB/));
  await user.upload(input, new File(["x".repeat(4096)], "long.mp3", { type: "audio/mpeg" }));

  expect(await within(editor).findByRole("alert")).toHaveTextContent(
    "This audio file is 4 kB, over the limit of 1 kB for audio. Choose a smaller file.",
  );
  expect(input).toBeInvalid();
  expect(posted).toBe(0);
});

test("the server's reason is shown when it refuses a text block's recording, and nothing plays", async () => {
  server.use(
    ...common(),
    lessonHandler(() => [block({})]),
    http.post(`${API}/authoring/blocks/8/recording`, () =>
      HttpResponse.json(
        {
          status: 400,
          code: "unsupported_media",
          message: "This file is a video. Choose an audio recording.",
          fields: {},
        },
        { status: 400 },
      ),
    ),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const editor = await screen.findByRole("article", { name: "Text" });
  const input = within(editor).getByLabelText("Upload recording");
  await waitFor(() => expect(input).toHaveAccessibleDescription(/up to 200 MB/));
  await user.upload(input, new File(["not audio"], "clip.mp3", { type: "audio/mpeg" }));

  expect(
    await within(editor).findByText("This file is a video. Choose an audio recording."),
  ).toBeInTheDocument();
  expect(within(editor).queryByLabelText("Your recording")).not.toBeInTheDocument();
});

test("a text block plays the recording it already has", async () => {
  server.use(
    ...common(),
    lessonHandler(() => [block({ audio_url: "/media/courses/1/blocks/8-a1-recording.ogg" })]),
  );
  signIn(teacher);
  renderPage(<LessonEditorPage />, route);

  const editor = await screen.findByRole("article", { name: "Text" });
  expect(await within(editor).findByLabelText("Your recording")).toHaveAttribute(
    "src",
    "/media/courses/1/blocks/8-a1-recording.ogg",
  );
  expect(within(editor).getByRole("button", { name: "Remove recording" })).toBeEnabled();
});
