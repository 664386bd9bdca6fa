import { act, screen, within } from "@testing-library/react";
import { delay, http, HttpResponse } from "msw";

import { ExerciseSetView } from "@/features/exercises/components/exercise-set-view";
import type { Attempt, AttemptInput, ExerciseSet } from "@/lib/api-types";
import { i18n } from "@/lib/i18n";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const exerciseSet: ExerciseSet = {
  id: 5,
  title: "Check yourself",
  questions: [
    {
      id: 1,
      type: "single_choice",
      title: "Capital",
      text_html: "<p>The capital of Spain?</p>",
      points: 1,
      options: [
        { id: "a", text_html: "Madrid" },
        { id: "b", text_html: "Lisbon" },
      ],
    },
    {
      id: 2,
      type: "multiple_choice",
      title: "Colours",
      text_html: "<p>Which are colours?</p>",
      points: 1,
      options: [
        { id: "r", text_html: "rojo" },
        { id: "p", text_html: "perro" },
        { id: "v", text_html: "verde" },
      ],
    },
    { id: 3, type: "true_false", title: "Truth", text_html: "<p>1+1=2</p>", points: 1 },
    {
      id: 4,
      type: "short_answer",
      title: "Word",
      text_html: "<p>Hello in Spanish?</p>",
      points: 1,
    },
    { id: 5, type: "numerical", title: "Number", text_html: "<p>Half of five?</p>", points: 1 },
    {
      id: 6,
      type: "matching",
      title: "Pairs",
      text_html: "<p>Match the words.</p>",
      points: 1,
      prompts: [
        { id: "p1", text_html: "cat" },
        { id: "p2", text_html: "dog" },
      ],
      choices: [
        { id: "c1", text: "gato" },
        { id: "c2", text: "perro" },
      ],
    },
    { id: 7, type: "essay", title: "Essay", text_html: "<p>Describe your town.</p>", points: 1 },
    {
      id: 8,
      type: "description",
      title: "",
      text_html: "<p>Read carefully before answering.</p>",
      points: 0,
    },
  ],
};

const attempt: Attempt = {
  id: 11,
  submission_id: "ignored",
  submitted_at: "2026-01-01T10:00:00Z",
  score: 5.5,
  max_score: 7,
  percent: 78.57,
  questions: [
    {
      question_id: 1,
      type: "single_choice",
      status: "correct",
      credit: 1,
      points: 1,
      max_points: 1,
      expected: "Madrid",
      feedback_html: "<div>Well <strong>done</strong>.</div><div>Next time, too.</div>",
      expected_order: null,
      gaps: null,
    },
    {
      question_id: 2,
      type: "multiple_choice",
      status: "partial",
      credit: 0.5,
      points: 0.5,
      max_points: 1,
      expected: "rojo, verde",
      feedback_html: "",
      expected_order: null,
      gaps: null,
    },
    {
      question_id: 4,
      type: "short_answer",
      status: "incorrect",
      credit: 0,
      points: 0,
      max_points: 1,
      expected: "hola",
      feedback_html: "Hola means hello.",
      expected_order: null,
      gaps: null,
    },
    {
      question_id: 7,
      type: "essay",
      status: "pending",
      credit: 0,
      points: 0,
      max_points: 1,
      expected: "",
      feedback_html: "",
      expected_order: null,
      gaps: null,
    },
    {
      question_id: 8,
      type: "description",
      status: "ungraded",
      credit: 0,
      points: 0,
      max_points: 0,
      expected: "",
      feedback_html: "",
      expected_order: null,
      gaps: null,
    },
  ],
};

function useAttemptApi() {
  const received: AttemptInput[] = [];
  server.use(
    http.get(`${API}/exercise-sets/5/attempts`, () =>
      HttpResponse.json({ count: 0, next: null, previous: null, results: [] }),
    ),
    http.post(`${API}/exercise-sets/5/attempts`, async ({ request }) => {
      received.push((await request.json()) as AttemptInput);
      await delay(50);
      return HttpResponse.json(
        { ...attempt, submission_id: received.at(-1)?.submission_id },
        { status: 201 },
      );
    }),
  );
  return received;
}

test("renders every question type with a labelled control", () => {
  useAttemptApi();
  signIn();
  renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  const single = screen.getByRole("group", { name: "Question 1: Capital" });
  expect(within(single).getAllByRole("radio")).toHaveLength(2);
  const multiple = screen.getByRole("group", { name: "Question 2: Colours" });
  expect(within(multiple).getAllByRole("checkbox")).toHaveLength(3);
  const truth = screen.getByRole("group", { name: "Question 3: Truth" });
  expect(within(truth).getByRole("radio", { name: "True" })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Answer to question 4" })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Answer to question 5 (a number)" })).toHaveAttribute(
    "inputmode",
    "decimal",
  );
  expect(screen.getByRole("combobox", { name: "cat" })).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "dog" })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Answer to question 7" }).tagName).toBe("TEXTAREA");
  expect(screen.getByText("Read carefully before answering.")).toBeInTheDocument();
});

test("a double click submits once, with one submission id and every answer as typed", async () => {
  const received = useAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.click(screen.getByRole("radio", { name: "Madrid" }));
  await user.click(screen.getByRole("checkbox", { name: "rojo" }));
  await user.click(screen.getByRole("checkbox", { name: "verde" }));
  await user.click(screen.getByRole("radio", { name: "True" }));
  await user.type(screen.getByRole("textbox", { name: "Answer to question 4" }), "ola");
  await user.type(screen.getByRole("textbox", { name: "Answer to question 5 (a number)" }), "2,5");
  await user.selectOptions(screen.getByRole("combobox", { name: "cat" }), "gato");
  await user.type(screen.getByRole("textbox", { name: "Answer to question 7" }), "Es bonita.");
  await user.dblClick(screen.getByRole("button", { name: "Check answers" }));

  expect(await screen.findByRole("heading", { name: "Score: 5.5 of 7 (79%)" })).toBeInTheDocument();
  expect(received).toHaveLength(1);
  expect(received[0]?.submission_id).toMatch(/^[0-9a-f-]{36}$/);
  expect(received[0]?.answers).toEqual([
    { question_id: 1, response: { choice: "a" } },
    { question_id: 2, response: { choices: ["r", "v"] } },
    { question_id: 3, response: { value: true } },
    { question_id: 4, response: { text: "ola" } },
    { question_id: 5, response: { value: 2.5 } },
    { question_id: 6, response: { pairs: { p1: "c1" } } },
    { question_id: 7, response: { text: "Es bonita." } },
  ]);
  expect(screen.queryByText(/not answered yet/)).not.toBeInTheDocument();
  // The result puts the learner's own answer next to the expected one.
  const items = screen.getAllByRole("listitem");
  expect(items[0]).toHaveTextContent("Your answer: Madrid");
  expect(items[1]).toHaveTextContent("Your answer: rojo, verde");
  expect(items[2]).toHaveTextContent("Your answer: ola");
  expect(items[3]).toHaveTextContent("Your answer: Es bonita.");
});

test("the result shows each question's status, the expected answer and the feedback", async () => {
  useAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));

  const items = await screen.findAllByRole("listitem");
  expect(items[0]).toHaveTextContent("Capital — Correct");
  expect(items[0]).toHaveTextContent("Expected answer: Madrid");
  expect(within(items[0] as HTMLElement).getByText("done").tagName).toBe("STRONG");
  expect(within(items[0] as HTMLElement).getByText(/Next time, too/)).toBeInTheDocument();
  expect(items[1]).toHaveTextContent("Partly correct");
  expect(items[1]).toHaveTextContent("0.5 of 1 points");
  expect(items[2]).toHaveTextContent("Incorrect");
  expect(items[2]).toHaveTextContent("Hola means hello.");
  expect(items[3]).toHaveTextContent("Waiting for a teacher's review");
  // An essay waiting for its teacher has no points yet; a description is not a result.
  expect(items[3]).not.toHaveTextContent("points");
  expect(items).toHaveLength(4);
  expect(screen.queryByText("Not graded")).not.toBeInTheDocument();
});

test("in Russian, scores use a decimal comma and a wrong answer is not called 'Неверно'", async () => {
  useAttemptApi();
  signIn();
  await i18n.changeLanguage("ru");
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.click(screen.getByRole("button", { name: "Проверить ответы" }));
  await user.click(await screen.findByRole("button", { name: "Проверить всё равно" }));

  expect(
    await screen.findByRole("heading", { name: "Результат: 5,5 из 7 (79%)" }),
  ).toBeInTheDocument();
  const items = screen.getAllByRole("listitem");
  expect(items[1]).toHaveTextContent("Баллы: 0,5 из 1");
  expect(items[2]).toHaveTextContent("Ошибка");
  expect(items[2]).not.toHaveTextContent("Неверно");
});

test("a retry after a failure reuses the submission id; Try again starts a new one", async () => {
  const ids: string[] = [];
  let fail = true;
  server.use(
    http.get(`${API}/exercise-sets/5/attempts`, () =>
      HttpResponse.json({ count: 0, next: null, previous: null, results: [] }),
    ),
    http.post(`${API}/exercise-sets/5/attempts`, async ({ request }) => {
      ids.push(((await request.json()) as AttemptInput).submission_id);
      if (fail) {
        fail = false;
        return HttpResponse.json(
          { status: 503, code: "unavailable", message: "Try later.", fields: {} },
          { status: 503 },
        );
      }
      return HttpResponse.json(attempt, { status: 201 });
    }),
  );
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Try later.");
  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));
  await user.click(await screen.findByRole("button", { name: "Try again" }));
  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));
  await screen.findByRole("button", { name: "Try again" });

  expect(ids).toHaveLength(3);
  expect(ids[1]).toBe(ids[0]);
  expect(ids[2]).not.toBe(ids[0]);
});

test("a number that is not a number is refused before sending", async () => {
  const received = useAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.type(screen.getByRole("textbox", { name: "Answer to question 5 (a number)" }), "two");
  await user.click(screen.getByRole("button", { name: "Check answers" }));

  expect(
    screen.getByRole("textbox", { name: "Answer to question 5 (a number)" }),
  ).toHaveAccessibleDescription(expect.stringContaining("Enter a number"));
  expect(received).toHaveLength(0);
});

test("an answer the server refuses is reported next to its question", async () => {
  server.use(
    http.get(`${API}/exercise-sets/5/attempts`, () =>
      HttpResponse.json({ count: 0, next: null, previous: null, results: [] }),
    ),
    http.post(`${API}/exercise-sets/5/attempts`, () =>
      HttpResponse.json(
        {
          status: 400,
          code: "invalid",
          message: "Some answers are not valid. Check them and try again.",
          fields: { "answers.1.response": ["This answer does not fit the question."] },
        },
        { status: 400 },
      ),
    ),
  );
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.click(screen.getByRole("radio", { name: "Madrid" }));
  await user.type(screen.getByRole("textbox", { name: "Answer to question 4" }), "hola");
  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));

  expect(await screen.findByRole("alert")).toHaveTextContent("Some answers are not valid.");
  expect(screen.getByRole("textbox", { name: "Answer to question 4" })).toHaveAccessibleDescription(
    expect.stringContaining("This answer does not fit the question."),
  );
});

test("a description is not numbered: the question after it is question 1", () => {
  useAttemptApi();
  signIn();
  const [description, ...rest] = [...exerciseSet.questions].reverse();
  const questions = description ? [description, ...rest.reverse()] : rest;
  renderPage(<ExerciseSetView exerciseSet={{ ...exerciseSet, questions }} />);

  expect(screen.getByText("Read carefully before answering.")).toBeInTheDocument();
  expect(screen.getByRole("group", { name: "Question 1: Capital" })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Answer to question 7" })).toBeInTheDocument();
});

test("Check answers with questions left asks first; Keep answering goes back to the first of them and sends nothing", async () => {
  const received = useAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.click(screen.getByRole("radio", { name: "Madrid" }));
  await user.click(screen.getByRole("button", { name: "Check answers" }));

  const notice = screen.getByRole("group", {
    name: "6 questions are not answered yet. Check anyway?",
  });
  expect(notice).toHaveFocus();
  expect(within(notice).getByRole("button", { name: "Check anyway" })).toBeInTheDocument();
  await user.click(within(notice).getByRole("button", { name: "Keep answering" }));

  expect(notice).not.toBeInTheDocument();
  // Question 1 is answered: question 2 is the first one left.
  expect(screen.getByRole("checkbox", { name: "rojo" })).toHaveFocus();
  expect(received).toHaveLength(0);
  expect(screen.queryByRole("heading", { name: /Score/ })).not.toBeInTheDocument();
});

test("Check anyway grades what is answered at once", async () => {
  const received = useAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.click(screen.getByRole("radio", { name: "Madrid" }));
  await user.click(screen.getByRole("button", { name: "Check answers" }));
  expect(received).toHaveLength(0);
  await user.click(screen.getByRole("button", { name: "Check anyway" }));

  expect(await screen.findByRole("heading", { name: "Score: 5.5 of 7 (79%)" })).toBeInTheDocument();
  expect(received).toHaveLength(1);
  expect(received[0]?.answers).toEqual([{ question_id: 1, response: { choice: "a" } }]);
});

test("the count of questions left takes the plural each language needs", async () => {
  useAttemptApi();
  signIn();
  await i18n.changeLanguage("ru");
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);
  const check = () => user.click(screen.getByRole("button", { name: "Проверить ответы" }));

  await check();
  expect(screen.getByText("7 вопросов пока без ответа. Всё равно проверить?")).toBeInTheDocument();
  await user.click(screen.getByRole("radio", { name: "Madrid" }));
  await user.click(screen.getByRole("checkbox", { name: "rojo" }));
  await user.click(screen.getByRole("radio", { name: "Верно" }));
  await user.type(screen.getByRole("textbox", { name: "Ответ на вопрос 4" }), "hola");
  await check();
  expect(screen.getByText("3 вопроса пока без ответа. Всё равно проверить?")).toBeInTheDocument();
  await user.type(screen.getByRole("textbox", { name: "Ответ на вопрос 5 (число)" }), "2,5");
  await user.selectOptions(screen.getByRole("combobox", { name: "cat" }), "gato");
  await check();
  expect(screen.getByText("1 вопрос пока без ответа. Всё равно проверить?")).toBeInTheDocument();

  await act(() => i18n.changeLanguage("en"));
  expect(screen.getByText("1 question is not answered yet. Check anyway?")).toBeInTheDocument();
});
