import type { LearnerQuestion } from "@/components/questions/question-types";
import { parseDecimal, toResponse } from "@/features/exercises/utils/responses";

test.each([
  ["2.5", 2.5],
  ["2,5", 2.5],
  [" -0,75 ", -0.75],
  ["10", 10],
  [".5", 0.5],
  ["1e3", 1000],
  ["1 000", 1000],
])("parses %j as %d", (text, value) => {
  expect(parseDecimal(text)).toBe(value);
});

test.each(["", "two", "2,5,1", "1.2.3", "--1", "0x10"])("refuses %j", (text) => {
  expect(parseDecimal(text)).toBeNull();
});

const ordering = {
  id: 7,
  type: "ordering",
  title: "Order",
  text_html: "<p>Put in order.</p>",
  items: [
    { id: "w2", text: "llamo" },
    { id: "w1", text: "Me" },
  ],
  unit: "word",
} as unknown as LearnerQuestion;

test("an ordering the learner never touched is sent as no answer", () => {
  expect(toResponse(ordering, undefined)).toBeNull();
});

test("an ordering the learner moved is sent in the learner's order", () => {
  expect(toResponse(ordering, { order: ["w1", "w2"] })).toEqual({ order: ["w1", "w2"] });
});
