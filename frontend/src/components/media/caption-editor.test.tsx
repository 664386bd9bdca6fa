import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { CaptionEditor } from "@/components/media/caption-editor";
import type { EditorTrack } from "@/components/media/types";
import { errorBody, signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const asset = {
  id: 31,
  kind: "audio" as const,
  sources: [{ url: "/api/v1/media/files/t1", type: "audio/mp4", label: "AAC" }],
};

function typedTrack(version = 1): EditorTrack {
  return {
    id: 8,
    asset_id: 31,
    kind: "captions",
    language: "es",
    label: "",
    url: "/api/v1/media/tracks/8/vtt",
    version,
    source_format: "typed",
    encoding: "",
    original_name: "",
    created_at: "2026-01-01T10:00:00Z",
    updated_at: "2026-01-01T10:00:00Z",
    cues: [
      { start: null, end: null, text: "Hola.", identifier: "", settings: "" },
      { start: null, end: null, text: "¿Qué tal?", identifier: "", settings: "" },
    ],
  };
}

function mediaAt(seconds: number) {
  const media = screen.getByTestId<HTMLAudioElement>("timing-media");
  media.currentTime = seconds;
}

beforeEach(() => signIn());

test("a refused caption file lists its problems with their line numbers", async () => {
  server.use(
    http.get(`${API}/media/assets/31/tracks`, () => HttpResponse.json([])),
    http.post(`${API}/media/assets/31/tracks`, () =>
      HttpResponse.json(
        errorBody(
          400,
          "invalid_captions",
          "This caption file cannot be used.",
          {},
          {
            errors: [
              { line: 1, message: "A WebVTT file must start with WEBVTT." },
              { line: 4, message: "The cue's end is before its start." },
            ],
          },
        ),
        { status: 400 },
      ),
    ),
  );
  const { user } = renderPage(<CaptionEditor asset={asset} />);
  expect(await screen.findByText("No captions yet.")).toBeInTheDocument();
  const form = screen.getByRole("form", { name: "Upload a caption file" });

  await user.upload(
    within(form).getByLabelText("WebVTT or SRT file"),
    new File(["1\n00:00:01,000 --> 00:00:02,000\nHola"], "clase.srt"),
  );
  await user.type(within(form).getByLabelText("Language code"), "es");
  await user.click(within(form).getByRole("button", { name: "Add captions" }));

  expect(await within(form).findByRole("alert")).toHaveTextContent(
    "This caption file cannot be used.",
  );
  const problems = within(form).getByRole("list", { name: "Problems in the file" });
  expect(
    within(problems)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  ).toEqual([
    "Line 1: A WebVTT file must start with WEBVTT.",
    "Line 4: The cue's end is before its start.",
  ]);
});

test("a typed transcript is timed by keys while the media plays, then saved with its version", async () => {
  let tracks: EditorTrack[] = [];
  const saved: unknown[] = [];
  server.use(
    http.get(`${API}/media/assets/31/tracks`, () => HttpResponse.json(tracks)),
    http.post(`${API}/media/assets/31/tracks`, async ({ request }) => {
      expect(await request.json()).toEqual({
        language: "es",
        kind: "captions",
        label: "",
        text: "Hola.\n¿Qué tal?",
      });
      tracks = [typedTrack()];
      return HttpResponse.json({ ...tracks[0], warnings: [] }, { status: 201 });
    }),
    http.put(`${API}/media/tracks/8/cues`, async ({ request }) => {
      saved.push(await request.json());
      return HttpResponse.json(typedTrack(2));
    }),
  );
  const { user } = renderPage(<CaptionEditor asset={asset} />);
  const form = await screen.findByRole("form", { name: "Type a transcript" });
  await user.type(within(form).getByLabelText("Transcript"), "Hola.{Enter}¿Qué tal?");
  await user.type(within(form).getByLabelText("Language code"), "es");
  await user.click(within(form).getByRole("button", { name: "Add transcript" }));

  await screen.findByRole("group", { name: "Timing: es" });
  await user.click(screen.getByRole("button", { name: "Set start [" }));
  mediaAt(1);
  await user.keyboard("[[");
  mediaAt(2.5);
  await user.keyboard("\\");
  mediaAt(4.25);
  await user.keyboard("]");

  expect(screen.getByLabelText("Start of line 2")).toHaveValue("0:02.500");
  expect(screen.getByText("Timing line 2: 0:02.500 to 0:04.250.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Save captions" }));

  expect(await screen.findByText("The captions have been saved.")).toBeInTheDocument();
  expect(saved).toEqual([
    {
      version: 1,
      cues: [
        { start: 1000, end: 2500, text: "Hola.", identifier: "", settings: "" },
        { start: 2500, end: 4250, text: "¿Qué tal?", identifier: "", settings: "" },
      ],
    },
  ]);
});

test("a save over a colleague's newer version says so and offers to reload", async () => {
  let version = 1;
  server.use(
    http.get(`${API}/media/assets/31/tracks`, () => HttpResponse.json([typedTrack(version)])),
    http.put(`${API}/media/tracks/8/cues`, () => {
      version = 2;
      return HttpResponse.json(
        errorBody(
          409,
          "version_conflict",
          "Someone else changed these captions. Reload to see their changes.",
        ),
        { status: 409 },
      );
    }),
  );
  const { user } = renderPage(<CaptionEditor asset={asset} />);
  await user.click(await screen.findByRole("button", { name: "Edit and time es" }));
  await user.clear(screen.getByLabelText("Text of line 1"));
  await user.type(screen.getByLabelText("Text of line 1"), "¡Hola!");
  await user.click(screen.getByRole("button", { name: /Save captions/ }));

  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Someone else changed these captions.");
  await user.click(within(alert).getByRole("button", { name: "Reload the captions" }));

  expect(await screen.findByLabelText("Text of line 1")).toHaveValue("Hola.");
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("the course's language is filled in, so a chosen file can be added at once", async () => {
  server.use(http.get(`${API}/media/assets/31/tracks`, () => HttpResponse.json([])));
  const { user } = renderPage(<CaptionEditor asset={asset} language="es" />);
  const form = await screen.findByRole("form", { name: "Upload a caption file" });
  const transcript = screen.getByRole("form", { name: "Type a transcript" });
  expect(within(form).getByLabelText("Language code")).toHaveValue("es");
  expect(within(transcript).getByLabelText("Language code")).toHaveValue("es");

  await user.upload(within(form).getByLabelText("WebVTT or SRT file"), new File(["x"], "a.vtt"));

  expect(within(form).getByRole("button", { name: "Add captions" })).toBeEnabled();
});

test("without a known language the field is empty, with an example as a hint, not a placeholder", async () => {
  server.use(http.get(`${API}/media/assets/31/tracks`, () => HttpResponse.json([])));
  renderPage(<CaptionEditor asset={asset} />);
  const form = await screen.findByRole("form", { name: "Upload a caption file" });
  const language = within(form).getByLabelText("Language code");

  expect(language).toHaveValue("");
  expect(language).not.toHaveAttribute("placeholder");
  expect(language).toHaveAccessibleDescription("For example es, en-GB or pt-BR.");
  expect(within(form).getByRole("button", { name: "Add captions" })).toBeDisabled();
});
