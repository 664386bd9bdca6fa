import type { Question } from "@/lib/api-types";

/** Each question's number as the learner sees it: descriptions are text, not questions. */
export function questionNumbers(questions: Question[]): Map<number, number> {
  const numbers = new Map<number, number>();
  for (const question of questions) {
    if (question.type !== "description") numbers.set(question.id, numbers.size + 1);
  }
  return numbers;
}
