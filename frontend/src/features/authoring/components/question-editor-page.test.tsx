import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { AuthoringQuestion } from "@/features/authoring/api/types";
import {
  QuestionCreatePage,
  QuestionEditorPage,
} from "@/features/authoring/components/question-editor-page";
import { teacher } from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

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
  expect(within(preview).getByLabelText("gap")).toBeInTheDocument();
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
