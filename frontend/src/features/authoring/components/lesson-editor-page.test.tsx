import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { AuthoringBlock, AuthoringLesson } from "@/features/authoring/api/types";
import { LessonEditorPage } from "@/features/authoring/components/lesson-editor-page";
import {
  courseDetail,
  layOutRows,
  page,
  ROW_HEIGHT,
  teacher,
} from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const route = { path: "/teach/lessons/5", route: "/teach/lessons/:id" };

function block(overrides: Partial<AuthoringBlock>): AuthoringBlock {
  return {
    id: 1,
    lesson_id: 5,
    type: "text",
    position: 0,
    version: 1,
    title: "",
    markdown: "",
    html: "",
    media: null,
    speech_voices: [],
    ...overrides,
  };
}

function lesson(blocks: AuthoringBlock[]): AuthoringLesson {
  return { id: 5, course_id: 1, title: "Hola", position: 0, version: 1, blocks };
}

const common = [
  http.get(`${API}/authoring/courses/1`, () => HttpResponse.json(courseDetail())),
  http.get(`${API}/speech/voices`, ({ request }) =>
    HttpResponse.json(
      new URL(request.url).searchParams.get("language") === "es"
        ? [
            { id: "es", language: "es", label: "Spanish (Spain)" },
            { id: "es-419", language: "es", label: "Spanish (Latin America)" },
          ]
        : [],
    ),
  ),
  http.post(`${API}/authoring/markdown/preview`, () => HttpResponse.json({ html: "<p>ok</p>" })),
  http.get(`${API}/speech/blocks/:id`, ({ params }) =>
    HttpResponse.json({ block_id: Number(params.id), version: 1, voices: [], items: [] }),
  ),
  // Texts and dialogue lines take a recording: the upload field shows the audio limit.
  http.get(`${API}/media/limits`, () =>
    HttpResponse.json({
      video_max_bytes: 2 * 1024 ** 3,
      audio_max_bytes: 200 * 1024 ** 2,
      video_types: [".mp4"],
      audio_types: [".mp3"],
      upload_chunk_bytes: 1024 ** 2,
    }),
  ),
];

test("a teacher adds a text block, writes it and picks the accents it is read in", async () => {
  let blocks: AuthoringBlock[] = [];
  const patches: unknown[] = [];
  server.use(
    ...common,
    http.get(`${API}/authoring/lessons/5`, () => HttpResponse.json(lesson(blocks))),
    http.post(`${API}/authoring/lessons/5/blocks`, async ({ request }) => {
      const { type } = (await request.json()) as { type: "text" };
      blocks = [block({ id: 8, type })];
      return HttpResponse.json(blocks[0], { status: 201 });
    }),
    http.patch(`${API}/authoring/blocks/8`, async ({ request }) => {
      const body = (await request.json()) as { markdown: string };
      patches.push(body);
      blocks = [block({ id: 8, markdown: body.markdown, version: 2 })];
      return HttpResponse.json(blocks[0]);
    }),
    http.post(`${API}/speech/blocks/8`, async ({ request }) => {
      const body = (await request.json()) as { voices: string[] };
      patches.push(body);
      blocks = [block({ ...blocks[0], speech_voices: body.voices, version: 3 })];
      return HttpResponse.json({ block_id: 8, version: 3, voices: [], items: [] });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  await user.click(await screen.findByRole("button", { name: "Add text" }));
  const editor = await screen.findByRole("article", { name: "Text" });
  await user.type(within(editor).getByLabelText("Text"), "¡Hola!");
  await user.click(
    await within(editor).findByRole("checkbox", { name: "Spanish (Latin America)" }),
  );
  await user.click(within(editor).getByRole("button", { name: "Save" }));

  expect(await within(editor).findByText("Saved.")).toBeInTheDocument();
  // The text through the authoring API, then the voices through the speech API (which makes
  // the clips), each claiming the version the one before returned.
  expect(patches).toEqual([
    { version: 1, markdown: "¡Hola!" },
    { version: 2, voices: ["es-419"] },
  ]);
});

test("a dialogue is built line by line", async () => {
  let lines: NonNullable<AuthoringBlock["lines"]> = [];
  const added: unknown[] = [];
  server.use(
    ...common,
    http.get(`${API}/authoring/lessons/5`, () =>
      HttpResponse.json(lesson([block({ id: 9, type: "dialogue", title: "En el café", lines })])),
    ),
    http.post(`${API}/authoring/blocks/9/lines`, async ({ request }) => {
      const body = (await request.json()) as { speaker: string; text: string; translation: string };
      added.push(body);
      lines = [...lines, { id: 20 + lines.length, position: lines.length, version: 1, ...body }];
      return HttpResponse.json(lines.at(-1), { status: 201 });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const form = await screen.findByRole("form", { name: "Add line" });
  await user.type(within(form).getByLabelText("Speaker"), "Ana");
  await user.type(within(form).getByLabelText("Line"), "Un café, por favor.");
  await user.type(within(form).getByLabelText("Translation"), "A coffee, please.");
  await user.click(within(form).getByRole("button", { name: "Add line" }));

  expect(await screen.findByRole("form", { name: "Ana: Un café, por favor." })).toBeInTheDocument();
  expect(added).toEqual([
    { speaker: "Ana", text: "Un café, por favor.", translation: "A coffee, please." },
  ]);
  await waitFor(() => expect(within(form).getByLabelText("Speaker")).toHaveValue(""));
});

test("blocks move up by keyboard, and an exercise set takes questions from a bank", async () => {
  const exercise = block({
    id: 2,
    type: "exercise_set",
    position: 1,
    exercise_set: { id: 30, title: "", items: [] },
  });
  let blocks = [block({ id: 1, markdown: "Intro" }), exercise];
  const moves: unknown[] = [];
  const items: unknown[] = [];
  server.use(
    ...common,
    http.get(`${API}/authoring/lessons/5`, () => HttpResponse.json(lesson(blocks))),
    http.post(`${API}/authoring/blocks/2/move`, async ({ request }) => {
      moves.push(await request.json());
      blocks = [blocks[1]!, blocks[0]!];
      return HttpResponse.json({ blocks: [] });
    }),
    http.get(`${API}/question-banks`, () =>
      HttpResponse.json(page([{ id: 3, name: "Verbs", question_count: 1 }])),
    ),
    http.get(`${API}/question-banks/3/questions`, () =>
      HttpResponse.json(
        page([
          {
            id: 40,
            type: "dictation",
            title: "Dictado",
            text: "",
            general_feedback: "",
            data: {},
            version: 1,
          },
        ]),
      ),
    ),
    http.post(`${API}/authoring/exercise-sets/30/items`, async ({ request }) => {
      items.push(await request.json());
      return HttpResponse.json({}, { status: 201 });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const up = await screen.findByRole("button", { name: "Move up: Exercises" });
  up.focus();
  await user.keyboard("{Enter}");
  expect(moves).toEqual([{ position: 0 }]);
  expect(await screen.findByText("Moved Exercises to position 1 of 2.")).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText("Question bank"), "3");
  await user.selectOptions(
    await screen.findByRole("combobox", { name: "Question" }),
    await screen.findByRole("option", { name: "Dictado (Dictation)" }),
  );
  await user.clear(screen.getByLabelText("Points"));
  await user.type(screen.getByLabelText("Points"), "2,5");
  await user.click(screen.getByRole("button", { name: "Add question" }));

  await waitFor(() => expect(items).toEqual([{ question_id: 40, points: 2.5 }]));
});

test("dragging a block's handle with the mouse above the first block moves it to the top", async () => {
  layOutRows();
  const intro = block({ id: 1, title: "Intro", markdown: "¡Hola!" });
  const dialogue = block({ id: 3, type: "dialogue", title: "En el café", position: 1, lines: [] });
  let blocks = [intro, dialogue];
  const moves: unknown[] = [];
  server.use(
    ...common,
    http.get(`${API}/authoring/lessons/5`, () => HttpResponse.json(lesson(blocks))),
    http.post(`${API}/authoring/blocks/3/move`, async ({ request }) => {
      moves.push(await request.json());
      blocks = [dialogue, intro];
      return HttpResponse.json({ blocks: [] });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const handle = await screen.findByRole("button", {
    name: "Drag to reorder: Dialogue: En el café",
  });
  await user.pointer([
    { keys: "[MouseLeft>]", target: handle, coords: { clientX: 20, clientY: 40 + ROW_HEIGHT } },
    { coords: { clientX: 20, clientY: 60 } },
    { coords: { clientX: 20, clientY: 40 } },
    { keys: "[/MouseLeft]" },
  ]);

  expect(
    await screen.findByText("Dropped Dialogue: En el café at position 1 of 2."),
  ).toBeInTheDocument();
  await waitFor(() => expect(moves).toEqual([{ position: 0 }]));
  const list = screen.getByRole("list", { name: "Blocks" });
  await waitFor(() =>
    expect(
      within(list)
        .getAllByRole("article")
        .map((article) => article.ariaLabel),
    ).toEqual(["Dialogue: En el café", "Text: Intro"]),
  );
});

test("a pointer press on a block's handle that ends where it began moves nothing", async () => {
  layOutRows();
  const moves: unknown[] = [];
  server.use(
    ...common,
    http.get(`${API}/authoring/lessons/5`, () =>
      HttpResponse.json(lesson([block({ id: 1, title: "Intro" }), block({ id: 2, position: 1 })])),
    ),
    http.post(`${API}/authoring/blocks/:id/move`, async ({ request }) => {
      moves.push(await request.json());
      return HttpResponse.json({ blocks: [] });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  const handle = await screen.findByRole("button", { name: "Drag to reorder: Text: Intro" });
  await user.pointer([
    { keys: "[MouseLeft>]", target: handle, coords: { clientX: 20, clientY: 40 } },
    { coords: { clientX: 20, clientY: 50 } },
    { keys: "[/MouseLeft]" },
  ]);

  expect(await screen.findByText("Dropped Text: Intro at position 1 of 2.")).toBeInTheDocument();
  expect(moves).toEqual([]);
});

test("Duplicate on a block asks the server for a copy and the copy shows right after it", async () => {
  const intro = block({ id: 1, title: "Intro", markdown: "¡Hola!" });
  const outro = block({ id: 2, title: "Adiós", markdown: "¡Adiós!", position: 1 });
  let blocks = [intro, outro];
  const copied: string[] = [];
  server.use(
    ...common,
    http.get(`${API}/authoring/lessons/5`, () => HttpResponse.json(lesson(blocks))),
    http.post(`${API}/authoring/blocks/:id/duplicate`, ({ params }) => {
      copied.push(String(params.id));
      const copy = { ...intro, id: 7, position: 1 };
      blocks = [intro, copy, outro];
      return HttpResponse.json(copy, { status: 201 });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<LessonEditorPage />, route);

  await user.click(await screen.findByRole("button", { name: "Duplicate Text: Intro" }));

  const list = screen.getByRole("list", { name: "Blocks" });
  await waitFor(() => expect(within(list).getAllByRole("article")).toHaveLength(3));
  const texts = within(list)
    .getAllByRole("article")
    .map((article) => within(article).getByLabelText<HTMLTextAreaElement>("Text").value);
  expect(texts).toEqual(["¡Hola!", "¡Hola!", "¡Adiós!"]);
  expect(copied).toEqual(["1"]);
});
