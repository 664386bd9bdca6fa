import { answerText } from "@/features/exercises/utils/answer-text";
import type { Question } from "@/lib/api-types";
import { i18n } from "@/lib/i18n";

const base = { id: 1, title: "", text_html: "", points: 1 };

test.each<[string, Question, Parameters<typeof answerText>[1], string | null]>([
  [
    "single choice",
    { ...base, type: "single_choice", options: [{ id: "a", text_html: "<b>Hola</b>" }] },
    { choice: "a" },
    "Hola",
  ],
  ["true/false", { ...base, type: "true_false" }, { value: false }, "False"],
  ["numerical", { ...base, type: "numerical" }, { text: " 2,5 " }, "2,5"],
  [
    "matching",
    {
      ...base,
      type: "matching",
      prompts: [
        { id: "p1", text_html: "cat" },
        { id: "p2", text_html: "dog" },
      ],
      choices: [{ id: "c1", text: "gato" }],
    },
    { pairs: { p1: "c1" } },
    "cat → gato",
  ],
  ["blank short answer", { ...base, type: "short_answer" }, { text: "  " }, null],
  ["unanswered", { ...base, type: "single_choice", options: [] }, undefined, null],
])("%s", (_, question, draft, text) => {
  expect(answerText(question, draft, i18n.t)).toBe(text);
});
