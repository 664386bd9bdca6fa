import { act, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { EditorAsset } from "@/components/media/api/media-asset";
import type { UploadCallbacks } from "@/components/media/tus-upload";
import type { AuthoringQuestion, MediaSummary } from "@/features/authoring/api/types";
import {
  QuestionCreatePage,
  QuestionEditorPage,
} from "@/features/authoring/components/question-editor-page";
import { teacher } from "@/features/authoring/test/fixtures";
import { errorBody, signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

// The tus transfer is the library's; here it reports success the way tus-js-client does.
const transfer = vi.hoisted(() => ({ calls: [] as UploadCallbacks[] }));
vi.mock("@/components/media/tus-upload", () => ({
  startUpload: (_file: File, callbacks: UploadCallbacks) => {
    transfer.calls.push(callbacks);
    return { pause: vi.fn(), resume: vi.fn() };
  },
}));

const gapFill: AuthoringQuestion = {
  id: 40,
  bank_id: 3,
  type: "gap_fill",
  title: "Hablar",
  text: "Fill in the verb.",
  general_feedback: "",
  data: {
    text: "Yo [[g1]] español.",
    gaps: [{ id: "g1", answers: ["hablo"] }],
    mode: "type",
    distractors: [],
    case_sensitive: false,
    accents: "strict",
  },
  version: 2,
};

const markdownHandler = http.post(`${API}/authoring/markdown/preview`, () =>
  HttpResponse.json({ html: "<p>Fill in the verb.</p>" }),
);

const previewHandler = http.get(`${API}/questions/40/preview`, () =>
  HttpResponse.json({
    id: 40,
    type: "gap_fill",
    title: "Hablar",
    text_html: "<p>Fill in the verb.</p>",
    segments: [
      { type: "text", text: "Yo " },
      { type: "gap", id: "g1" },
      { type: "text", text: " español." },
    ],
    mode: "type",
  }),
);

test("the server's validation messages appear next to the fields they are about, and nothing is lost", async () => {
  const created: unknown[] = [];
  server.use(
    http.post(`${API}/question-banks/3/questions`, async ({ request }) => {
      created.push(await request.json());
      return HttpResponse.json(
        {
          status: 400,
          code: "invalid",
          message: "Check the highlighted fields.",
          fields: {
            title: ["Ensure this field has no more than 255 characters."],
            data: ["A single-choice question needs exactly one right answer."],
          },
        },
        { status: 400 },
      );
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<QuestionCreatePage />, {
    path: "/teach/banks/3/new?type=single_choice",
    route: "/teach/banks/:id/new",
  });

  expect(screen.getByRole("heading", { name: "Single choice" })).toBeInTheDocument();
  await user.type(screen.getByLabelText("Title"), "Ser o estar");
  await user.type(screen.getByLabelText("Answer 1"), "soy");
  await user.type(screen.getByLabelText("Answer 2"), "estoy");
  await user.click(screen.getByRole("button", { name: "Save" }));

  expect(await screen.findByText("Check the highlighted fields.")).toBeInTheDocument();
  expect(screen.getByLabelText("Title")).toHaveAccessibleDescription(
    "Ensure this field has no more than 255 characters.",
  );
  expect(screen.getByLabelText("Title")).toHaveAttribute("aria-invalid", "true");
  expect(
    screen.getByText("A single-choice question needs exactly one right answer."),
  ).toBeInTheDocument();
  expect(screen.getByLabelText("Answer 1")).toHaveValue("soy");
  expect(created).toEqual([
    {
      type: "single_choice",
      title: "Ser o estar",
      text: "",
      text_format: "markdown",
      general_feedback: "",
      data: {
        answers: [
          { id: "a1", text: "soy", fraction: 1, feedback: "" },
          { id: "a2", text: "estoy", fraction: 0, feedback: "" },
        ],
      },
    },
  ]);
});

test("a dictation's preview is the learner's: the same player with its speed, an answer box and no word count", async () => {
  const dictation: AuthoringQuestion = {
    ...gapFill,
    id: 41,
    type: "dictation",
    title: "El tren",
    text: "Write what you hear.",
    data: { text: "El tren sale.", case_sensitive: false, punctuation: false },
  };
  const audio: MediaSummary = {
    id: 7,
    kind: "audio",
    status: "ready",
    error: "",
    duration: 3,
    original_name: "tren.mp3",
    sources: [{ url: "/media/tren.mp3", type: "audio/mpeg", label: "MP3" }],
    poster_url: null,
    width: null,
    height: null,
  };
  server.use(
    limitsHandler,
    markdownHandler,
    http.get(`${API}/questions/41`, () => HttpResponse.json(dictation)),
    http.get(`${API}/questions/41/preview`, () =>
      HttpResponse.json({
        id: 41,
        type: "dictation",
        title: "El tren",
        text_html: "<p>Write what you hear.</p>",
        media: audio,
        word_count: 3,
      }),
    ),
  );
  signIn(teacher);
  const { user } = renderPage(<QuestionEditorPage />, {
    path: "/teach/questions/41",
    route: "/teach/questions/:id",
  });

  const preview = await screen.findByRole("region", { name: "As a learner sees it" });
  const player = await within(preview).findByRole("group", {
    name: "Audio player: Recording for question 1",
  });
  expect(within(player).getByRole("button", { name: "Play" })).toBeInTheDocument();
  expect(within(player).getByRole("combobox", { name: "Speed" })).toBeInTheDocument();
  const answer = within(preview).getByRole("textbox", { name: "What you hear (question 1)" });
  expect(answer).toHaveAttribute("spellcheck", "false");
  await user.type(answer, "el tren");
  expect(answer).toHaveValue("el tren");
  // The learner is not told how many words to write, so the teacher is not shown it either.
  expect(within(preview).queryByText(/\bwords?\b/i)).not.toBeInTheDocument();
  expect(within(preview).queryByRole("button", { name: "Check answers" })).not.toBeInTheDocument();
});

test("a gap-fill question gets one answer field per [[gap]], and the preview shows what a learner sees", async () => {
  const saved: { data: Record<string, unknown>; version: number }[] = [];
  let current = gapFill;
  server.use(
    markdownHandler,
    previewHandler,
    http.get(`${API}/questions/40`, () => HttpResponse.json(current)),
    http.patch(`${API}/questions/40`, async ({ request }) => {
      const body = (await request.json()) as (typeof saved)[number];
      saved.push(body);
      current = { ...current, data: body.data, version: body.version + 1 };
      return HttpResponse.json(current);
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<QuestionEditorPage />, {
    path: "/teach/questions/40",
    route: "/teach/questions/:id",
  });

  const preview = await screen.findByRole("region", { name: "As a learner sees it" });
  expect(await within(preview).findByText("Fill in the verb.")).toBeInTheDocument();
  expect(
    within(preview).getByRole("textbox", { name: "Gap 1 of 1 in question 1" }),
  ).toBeInTheDocument();
  expect(within(preview).queryByText("hablo")).not.toBeInTheDocument();

  expect(screen.getByLabelText("Accepted answers for gap g1")).toHaveValue("hablo");
  await user.click(screen.getByRole("button", { name: "Add gap" }));
  await user.type(screen.getByLabelText("Accepted answers for gap g2"), "muy{Enter}bien");
  await user.click(screen.getByRole("button", { name: "Save" }));

  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0]).toMatchObject({
    version: 2,
    data: {
      text: "Yo [[g1]] español. [[g2]]",
      gaps: [
        { id: "g1", answers: ["hablo"] },
        { id: "g2", answers: ["muy", "bien"] },
      ],
    },
  });
  expect(await screen.findByText("Saved.")).toBeInTheDocument();
});

test("a question someone else saved first is not overwritten; Reload shows their version", async () => {
  const theirs = { ...gapFill, title: "Hablar (theirs)", version: 3 };
  let current = gapFill;
  server.use(
    markdownHandler,
    previewHandler,
    http.get(`${API}/questions/40`, () => HttpResponse.json(current)),
    http.patch(`${API}/questions/40`, () => {
      current = theirs;
      return HttpResponse.json(
        {
          status: 409,
          code: "version_conflict",
          message: "Someone else changed this question. Reload to see their changes.",
          fields: {},
          current: theirs,
        },
        { status: 409 },
      );
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<QuestionEditorPage />, {
    path: "/teach/questions/40",
    route: "/teach/questions/:id",
  });

  const title = await screen.findByLabelText("Title");
  await user.clear(title);
  await user.type(title, "Mine");
  await user.click(screen.getByRole("button", { name: "Save" }));

  expect(
    await screen.findByText("Someone else changed this question. Reload to see their changes."),
  ).toBeInTheDocument();
  expect(screen.getByLabelText("Title")).toHaveValue("Mine");
  await user.click(screen.getByRole("button", { name: "Reload their version" }));
  await waitFor(() => expect(screen.getByLabelText("Title")).toHaveValue("Hablar (theirs)"));
});

const created = { path: "/teach/banks/3/new", route: "/teach/banks/:id/new" };

test("an ordering question is typed in its right order; the server's reason shows under the items", async () => {
  const sent: unknown[] = [];
  server.use(
    http.post(`${API}/question-banks/3/questions`, async ({ request }) => {
      const body = (await request.json()) as { data: { items: unknown[] } };
      sent.push(body);
      if (body.data.items.length < 2) {
        return HttpResponse.json(
          errorBody(400, "invalid", "Check the highlighted fields.", {
            data: ["An ordering question needs between 2 and 20 items."],
          }),
          { status: 400 },
        );
      }
      return HttpResponse.json({ ...body, id: 41, bank_id: 3, version: 1 }, { status: 201 });
    }),
  );
  signIn(teacher);
  const { user, router } = renderPage(<QuestionCreatePage />, {
    ...created,
    path: `${created.path}?type=ordering`,
  });

  expect(screen.getByRole("heading", { name: "Ordering" })).toBeInTheDocument();
  await user.type(screen.getByLabelText("Title"), "Orden de palabras");
  await user.selectOptions(screen.getByLabelText("Learners put in order"), "Sentences");
  const items = screen.getByLabelText("Items in the right order");
  expect(items).toHaveValue("");
  await user.type(items, "Me levanto a las siete.");
  await user.click(screen.getByRole("button", { name: "Save" }));

  expect(await screen.findByText("Check the highlighted fields.")).toBeInTheDocument();
  expect(screen.getByText("An ordering question needs between 2 and 20 items.")).toHaveRole(
    "alert",
  );
  expect(items).toHaveValue("Me levanto a las siete.");
  expect(router.state.location.pathname).toBe("/teach/banks/3/new");

  await user.type(items, "{Enter}Desayuno café.{Enter}{Enter}Salgo de casa.");
  await user.click(screen.getByRole("button", { name: "Save" }));

  await waitFor(() => expect(router.state.location.pathname).toBe("/teach/questions/41"));
  expect(sent.at(-1)).toEqual({
    type: "ordering",
    title: "Orden de palabras",
    text: "",
    text_format: "markdown",
    general_feedback: "",
    data: {
      unit: "sentence",
      items: [
        { id: "i1", text: "Me levanto a las siete." },
        { id: "i2", text: "Desayuno café." },
        { id: "i3", text: "Salgo de casa." },
      ],
    },
  });
});

test("an ordering question's preview shows its items as the learner gets them, shuffled", async () => {
  const ordering: AuthoringQuestion = {
    id: 40,
    bank_id: 3,
    type: "ordering",
    title: "Orden",
    text: "Put the words in order.",
    general_feedback: "",
    data: {
      unit: "word",
      items: [
        { id: "i1", text: "Yo" },
        { id: "i2", text: "hablo" },
        { id: "i3", text: "español" },
      ],
    },
    version: 1,
  };
  server.use(
    markdownHandler,
    http.get(`${API}/questions/40`, () => HttpResponse.json(ordering)),
    http.get(`${API}/questions/40/preview`, () =>
      HttpResponse.json({
        id: 40,
        type: "ordering",
        title: "Orden",
        text_html: "<p>Put the words in order.</p>",
        unit: "word",
        items: [
          { id: "x7", text: "español" },
          { id: "x2", text: "Yo" },
          { id: "x5", text: "hablo" },
        ],
      }),
    ),
  );
  signIn(teacher);
  renderPage(<QuestionEditorPage />, {
    path: "/teach/questions/40",
    route: "/teach/questions/:id",
  });

  expect(await screen.findByLabelText("Items in the right order")).toHaveValue(
    "Yo\nhablo\nespañol",
  );
  expect(screen.getByLabelText("Learners put in order")).toHaveValue("word");
  const preview = screen.getByRole("region", { name: "As a learner sees it" });
  const handles = await within(preview).findAllByRole("button", { name: /^Pick up/ });
  expect(handles.map((handle) => handle.getAttribute("aria-label"))).toEqual([
    "Pick up “español” to move it",
    "Pick up “Yo” to move it",
    "Pick up “hablo” to move it",
  ]);
});

const recording: EditorAsset = {
  id: 31,
  kind: "audio",
  status: "ready",
  error: "",
  duration: 4,
  original_name: "pregunta.mp3",
  sources: [{ url: "/media/pregunta.m4a", type: "audio/mp4", label: "AAC" }],
  poster_url: null,
  width: null,
  height: null,
  course_id: null,
  container: "mp3",
  codecs: ["mp3"],
  size: 3000,
  sha256: "",
  attempts: 1,
  renditions: [],
  created_at: "2026-01-01T10:00:00Z",
  updated_at: "2026-01-01T10:00:00Z",
};

const limitsHandler = http.get(`${API}/media/limits`, () =>
  HttpResponse.json({
    video_max_bytes: 2 * 1024 ** 3,
    audio_max_bytes: 200 * 1024 ** 2,
    video_types: [".mp4"],
    audio_types: [".mp3"],
    upload_chunk_bytes: 1024 ** 2,
  }),
);

test("a listening choice needs its audio prompt: without one the server's reason shows there, with one it saves", async () => {
  transfer.calls.length = 0;
  const sent: { media_id: number | null }[] = [];
  server.use(
    limitsHandler,
    http.post(`${API}/media/assets`, () =>
      HttpResponse.json({ ...recording, status: "queued" }, { status: 201 }),
    ),
    http.get(`${API}/media/assets/31`, () => HttpResponse.json(recording)),
    http.post(`${API}/question-banks/3/questions`, async ({ request }) => {
      const body = (await request.json()) as (typeof sent)[number];
      sent.push(body);
      if (body.media_id === null) {
        return HttpResponse.json(
          errorBody(400, "invalid", "Check the highlighted fields.", {
            media_id: ["This type of question needs an audio recording."],
          }),
          { status: 400 },
        );
      }
      return HttpResponse.json({ ...body, id: 42, bank_id: 3, version: 1 }, { status: 201 });
    }),
  );
  signIn(teacher);
  const { user, router } = renderPage(<QuestionCreatePage />, {
    ...created,
    path: `${created.path}?type=listening_choice`,
  });

  expect(screen.getByRole("heading", { name: "Listening choice" })).toBeInTheDocument();
  expect(screen.getByText("No file yet.")).toBeInTheDocument();
  await user.type(screen.getByLabelText("Title"), "¿Qué hora es?");
  await user.type(screen.getByLabelText("Answer 1"), "Son las dos.");
  await user.type(screen.getByLabelText("Answer 2"), "Son las tres.");
  await user.click(screen.getByLabelText("Answer 2 is right"));
  await user.click(screen.getByRole("button", { name: "Save" }));

  expect(
    await screen.findByText("This type of question needs an audio recording."),
  ).toBeInTheDocument();
  expect(screen.getByLabelText("Answer 2")).toHaveValue("Son las tres.");
  expect(screen.getByLabelText("Answer 2 is right")).toBeChecked();

  // The prompt takes audio only, and choosing the file uploads it: no second button to find.
  await screen.findByText("Audio up to 200 MB.");
  const input = screen.getByLabelText("Audio file");
  expect(input).toHaveAttribute("accept", ".mp3");
  await user.upload(input, new File(["x"], "pregunta.mp3", { type: "audio/mpeg" }));
  act(() => transfer.calls[0]!.onSuccess("5f0c6a52-0000-4000-8000-000000000002"));
  expect(await screen.findByText("File: pregunta.mp3")).toBeInTheDocument();
  // Ready once, not once for the slot and again for the upload, with a player to check it by.
  expect(await screen.findByLabelText("Play pregunta.mp3")).toContainHTML(
    '<source src="/media/pregunta.m4a" type="audio/mp4">',
  );
  expect(screen.getAllByText("pregunta.mp3: ready to play.")).toHaveLength(1);
  await user.click(screen.getByRole("button", { name: "Save" }));

  await waitFor(() => expect(router.state.location.pathname).toBe("/teach/questions/42"));
  expect(sent).toHaveLength(2);
  expect(sent[1]).toEqual({
    type: "listening_choice",
    title: "¿Qué hora es?",
    text: "",
    text_format: "markdown",
    general_feedback: "",
    media_id: 31,
    data: {
      answers: [
        { id: "a1", text: "Son las dos.", fraction: 0, feedback: "" },
        { id: "a2", text: "Son las tres.", fraction: 1, feedback: "" },
      ],
    },
  });
});

test("a listening choice's preview plays its audio in the learner's player and offers the answers to try, without the right one", async () => {
  const media: MediaSummary = {
    id: 31,
    kind: "audio",
    status: "ready",
    error: "",
    duration: 4,
    original_name: "pregunta.mp3",
    sources: recording.sources,
    poster_url: null,
    width: null,
    height: null,
  };
  const listening: AuthoringQuestion = {
    id: 40,
    bank_id: 3,
    type: "listening_choice",
    title: "¿Qué hora es?",
    text: "",
    general_feedback: "",
    media,
    data: {
      answers: [
        { id: "a1", text: "Son las dos.", fraction: 0, feedback: "" },
        { id: "a2", text: "Son las tres.", fraction: 1, feedback: "" },
      ],
    },
    version: 1,
  };
  server.use(
    limitsHandler,
    markdownHandler,
    http.get(`${API}/media/assets/31`, () => HttpResponse.json(recording)),
    http.get(`${API}/questions/40`, () => HttpResponse.json(listening)),
    http.get(`${API}/questions/40/preview`, () =>
      HttpResponse.json({
        id: 40,
        type: "listening_choice",
        title: "¿Qué hora es?",
        text_html: "",
        media,
        options: [
          { id: "a2", text_html: "Son las tres." },
          { id: "a1", text_html: "Son las dos." },
        ],
      }),
    ),
  );
  signIn(teacher);
  const { user } = renderPage(<QuestionEditorPage />, {
    path: "/teach/questions/40",
    route: "/teach/questions/:id",
  });

  expect(await screen.findByText("File: pregunta.mp3")).toBeInTheDocument();
  expect(screen.getByLabelText("Answer 2 is right")).toBeChecked();
  const preview = screen.getByRole("region", { name: "As a learner sees it" });
  const player = await within(preview).findByRole("group", {
    name: "Audio player: Recording for question 1",
  });
  const audio = within(player).getByTestId("audio-element");
  // eslint-disable-next-line testing-library/no-node-access -- the <source> a browser plays.
  expect(audio.querySelector("source")).toHaveAttribute("src", "/media/pregunta.m4a");
  expect(within(preview).getAllByRole("radio")).toHaveLength(2);
  expect(within(preview).getByRole("radio", { name: "Son las dos." })).not.toBeChecked();
  await user.click(within(preview).getByRole("radio", { name: "Son las tres." }));
  expect(within(preview).getByRole("radio", { name: "Son las tres." })).toBeChecked();
  expect(within(preview).queryByText(/right/i)).not.toBeInTheDocument();
});
