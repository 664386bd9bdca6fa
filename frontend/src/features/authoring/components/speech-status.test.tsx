import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { BlockSpeech } from "@/features/authoring/api/block-speech";
import type { AuthoringBlock } from "@/features/authoring/api/types";
import { LessonEditorPage } from "@/features/authoring/components/lesson-editor-page";
import { courseDetail, teacher } from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const route = { path: "/teach/lessons/5", route: "/teach/lessons/:id" };
// Long enough for one poll of the speech states (SPEECH_POLL_MS) and the render after it.
const POLLED = { timeout: 5000 };

function textBlock(markdown: string, version: number): AuthoringBlock {
  return {
    id: 8,
    lesson_id: 5,
    type: "text",
    position: 0,
    version,
    title: "",
    markdown,
    html: `<p>${markdown}</p>`,
    media: null,
    audio_url: null,
    speech_voices: ["es"],
  };
}

function speech(text: string, status: "queued" | "ready"): BlockSpeech {
  return {
    block_id: 8,
    version: 1,
    voices: [{ id: "es", language: "es", accent: "es-ES", label: "Spanish (Spain)" }],
    items: [
      {
        kind: "block",
        id: 8,
        text,
        clips: (["normal", "slow"] as const).map((speed) => ({
          voice: "es",
          speed,
          status,
          error: "",
          url: status === "ready" ? `/media/speech/${speed}.mp3` : null,
          duration: status === "ready" ? 1.2 : null,
        })),
      },
    ],
  };
}

test("after a text is edited its new speech shows as waiting, then ready, with no extra request", async () => {
  let block = textBlock("¡Hola!", 1);
  // The server queues the new clips itself when the text changes; the worker then makes them.
  let states = [speech("¡Hola!", "ready")];
  const writes: string[] = [];
  server.use(
    http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
    http.get(`${API}/speech/voices`, () =>
      HttpResponse.json([{ id: "es", language: "es", label: "Spanish (Spain)" }]),
    ),
    http.post(`${API}/authoring/markdown/preview`, () => HttpResponse.json({ html: "<p>ok</p>" })),
    http.get(`${API}/media/limits`, () =>
      HttpResponse.json({
        video_max_bytes: 1024,
        audio_max_bytes: 1024,
        video_types: [".mp4"],
        audio_types: [".mp3"],
        upload_chunk_bytes: 1024,
      }),
    ),
    http.get(`${API}/authoring/lessons/5`, () =>
      HttpResponse.json({
        id: 5,
        course_id: 1,
        title: "Hola",
        position: 0,
        version: 1,
        blocks: [block],
      }),
    ),
    http.get(`${API}/speech/blocks/8`, () =>
      HttpResponse.json(states.length > 1 ? states.shift() : states[0]),
    ),
    http.post(`${API}/speech/blocks/8`, () => {
      writes.push("speech");
      return HttpResponse.json(speech("¡Adiós!", "queued"));
    }),
    http.patch(`${API}/authoring/blocks/8`, async ({ request }) => {
      const body = (await request.json()) as { markdown: string };
      writes.push(`patch ${body.markdown}`);
      block = textBlock(body.markdown, 2);
      states = [speech(body.markdown, "queued"), speech(body.markdown, "ready")];
      return HttpResponse.json(block);
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const editor = await screen.findByRole("article", { name: "Text" });
  const status = await within(editor).findByRole("region", { name: "Speech made so far" });
  expect(await within(status).findByText("Spanish (Spain), slow: ready.")).toBeInTheDocument();
  const text = within(editor).getByLabelText("Text");
  await user.clear(text);
  await user.type(text, "¡Adiós!");
  await user.click(within(editor).getByRole("button", { name: "Save" }));

  expect(await within(status).findByText("¡Adiós!")).toBeInTheDocument();
  expect(within(status).getByText("Spanish (Spain): waiting to be made…")).toBeInTheDocument();
  expect(
    await within(status).findByText("Spanish (Spain): ready.", {}, POLLED),
  ).toBeInTheDocument();
  expect(within(status).getByText("Spanish (Spain), slow: ready.")).toBeInTheDocument();
  expect(writes).toEqual(["patch ¡Adiós!"]);
});
