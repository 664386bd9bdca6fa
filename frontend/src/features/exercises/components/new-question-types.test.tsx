import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { ExerciseSetView } from "@/features/exercises/components/exercise-set-view";
import type { AttemptInput, ExerciseSet } from "@/lib/api-types";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const audio = {
  id: 9,
  kind: "audio",
  status: "ready",
  error: "",
  duration: 4,
  original_name: "frase.mp3",
  sources: [{ url: "/media/9/audio.m4a", type: "audio/mp4", label: "AAC" }],
  poster_url: null,
  width: null,
  height: null,
};

const base = { text_html: "", points: 1 };

// The newer types carry fields the generated schema does not know yet; MSW and the view
// take them as the server sends them.
const exerciseSet = {
  id: 5,
  title: "Listen and write",
  questions: [
    {
      ...base,
      id: 1,
      type: "ordering",
      title: "Order",
      unit: "word",
      items: [
        { id: "b", text: "español" },
        { id: "a", text: "hablo" },
        { id: "c", text: "bien" },
      ],
    },
    {
      ...base,
      id: 2,
      type: "gap_fill",
      title: "Typed gaps",
      mode: "type",
      segments: [
        { type: "text", text: "Yo " },
        { type: "gap", id: "g1" },
        { type: "text", text: " en " },
        { type: "gap", id: "g2" },
        { type: "text", text: "." },
      ],
    },
    {
      ...base,
      id: 3,
      type: "gap_fill",
      title: "Word bank",
      mode: "drag",
      word_bank: ["vivo", "como"],
      segments: [
        { type: "text", text: "Yo " },
        { type: "gap", id: "g1" },
        { type: "text", text: " en Madrid." },
      ],
    },
    { ...base, id: 4, type: "dictation", title: "Dictation", media: audio, word_count: 3 },
    {
      ...base,
      id: 5,
      type: "listening_choice",
      title: "Listen",
      media: audio,
      options: [
        { id: "x", text_html: "At a station" },
        { id: "y", text_html: "At a market" },
      ],
    },
  ],
} as unknown as ExerciseSet;

const result = (id: number, type: string, extra: object = {}) => ({
  question_id: id,
  type,
  status: "incorrect",
  credit: 0,
  points: 0,
  max_points: 1,
  expected: "",
  feedback_html: "",
  ...extra,
});

function mockAttemptApi() {
  const received: AttemptInput[] = [];
  server.use(
    http.get(`${API}/exercise-sets/5/attempts`, () =>
      HttpResponse.json({ count: 0, next: null, previous: null, results: [] }),
    ),
    http.post(`${API}/exercise-sets/5/attempts`, async ({ request }) => {
      received.push((await request.json()) as AttemptInput);
      return HttpResponse.json(
        {
          id: 1,
          submission_id: received.at(-1)?.submission_id,
          submitted_at: "2026-01-01T10:00:00Z",
          score: 1,
          max_score: 5,
          percent: 20,
          questions: [
            result(1, "ordering", { status: "correct", expected: "hablo español bien" }),
            result(2, "gap_fill", { status: "partial", gaps: { g1: "correct", g2: "incorrect" } }),
            result(4, "dictation", {
              words: [
                { expected: "el", given: "el", status: "correct" },
                { expected: "tren", given: "tran", status: "wrong" },
                { expected: "sale", given: null, status: "missing" },
                { expected: null, given: "ya", status: "extra" },
              ],
            }),
          ],
        },
        { status: 201 },
      );
    }),
  );
  return received;
}

function renderSet() {
  mockAttemptApi();
  signIn();
  return renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);
}

test("ordering by keyboard alone: move buttons reorder and the order is sent", async () => {
  const received = mockAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);
  const group = screen.getByRole("group", { name: "Question 1: Order" });

  within(group).getByRole("button", { name: "Move “hablo” up" }).focus();
  await user.keyboard("{Enter}");

  const words = within(group)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
  expect(words.map((text) => text.replace(/[^a-zñ]/g, ""))).toEqual(["hablo", "español", "bien"]);
  expect(within(group).getByText("“hablo” is now 1 of 3.")).toBeInTheDocument();
  // Focus stays on the moved word's button: at the top now, it cannot go further up.
  const up = within(group).getByRole("button", { name: "Move “hablo” up" });
  expect(up).toHaveFocus();
  expect(up).toHaveAttribute("aria-disabled", "true");
  await user.keyboard("{Enter}");
  expect(within(group).getAllByRole("listitem")[0]).toHaveTextContent("hablo");

  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));
  await screen.findByRole("heading", { name: /Score/ });
  expect(received[0]?.answers[0]).toEqual({ question_id: 1, response: { order: ["a", "b", "c"] } });
});

test("gap fill: typed gaps and a word placed from the bank are submitted by gap", async () => {
  const received = mockAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  await user.type(screen.getByRole("textbox", { name: "Gap 1 of 2 in question 2" }), "vivo");
  await user.type(screen.getByRole("textbox", { name: "Gap 2 of 2 in question 2" }), "Lima");
  const bank = screen.getByRole("list", { name: "Word bank for question 3" });
  await user.click(within(bank).getByRole("button", { name: "vivo" }));
  expect(within(bank).getByRole("button", { name: "vivo" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await user.click(screen.getByRole("button", { name: "Gap 1 of 1 in question 3: empty" }));

  expect(
    screen.getByRole("button", { name: "Gap 1 of 1 in question 3: vivo" }),
  ).toBeInTheDocument();
  expect(within(bank).queryByRole("button", { name: "vivo" })).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));

  await screen.findByRole("heading", { name: /Score/ });
  expect(received[0]?.answers).toEqual([
    { question_id: 2, response: { gaps: { g1: "vivo", g2: "Lima" } } },
    { question_id: 3, response: { gaps: { g1: "vivo" } } },
  ]);
  expect(screen.getByText("Gap 1: Correct")).toBeInTheDocument();
  expect(screen.getByText("Gap 2: Incorrect")).toBeInTheDocument();
});

test("a placed word goes back to the bank when its gap is pressed", async () => {
  const { user } = renderSet();
  const bank = screen.getByRole("list", { name: "Word bank for question 3" });
  await user.click(within(bank).getByRole("button", { name: "como" }));
  await user.click(screen.getByRole("button", { name: "Gap 1 of 1 in question 3: empty" }));

  await user.click(screen.getByRole("button", { name: "Gap 1 of 1 in question 3: como" }));

  expect(
    screen.getByRole("button", { name: "Gap 1 of 1 in question 3: empty" }),
  ).toBeInTheDocument();
  expect(within(bank).getByRole("button", { name: "como" })).toBeInTheDocument();
});

test("dictation: the learner listens, types, and sees which words were wrong, missing or extra", async () => {
  const received = mockAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);

  expect(
    screen.getByRole("group", { name: "Audio player: Recording for question 4" }),
  ).toBeInTheDocument();
  const answer = screen.getByRole("textbox", { name: "What you hear (question 4)" });
  expect(answer).toHaveAttribute("spellcheck", "false");
  await user.type(answer, "el tran ya");
  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));

  await screen.findByRole("heading", { name: /Score/ });
  expect(received[0]?.answers).toContainEqual({ question_id: 4, response: { text: "el tran ya" } });
  const words = screen.getByRole("list", { name: "Word by word:" });
  expect(
    within(words)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  ).toEqual(["el", "tran tren (wrong)", "sale (missing)", "ya (extra)"]);
});

test("listening choice: a recording, then the options to choose from", async () => {
  const received = mockAttemptApi();
  signIn();
  const { user } = renderPage(<ExerciseSetView exerciseSet={exerciseSet} />);
  const group = screen.getByRole("group", { name: "Question 5: Listen" });

  expect(within(group).getByTestId("audio-element")).toHaveAttribute("preload", "none");
  await user.click(within(group).getByRole("radio", { name: "At a market" }));
  await user.click(screen.getByRole("button", { name: "Check answers" }));
  await user.click(await screen.findByRole("button", { name: "Check anyway" }));

  await screen.findByRole("heading", { name: /Score/ });
  expect(received[0]?.answers).toContainEqual({ question_id: 5, response: { choice: "y" } });
});
