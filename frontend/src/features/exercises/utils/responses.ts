import type { Draft } from "@/components/questions/draft";
import type { LearnerQuestion } from "@/components/questions/question-types";
import type { Question } from "@/lib/api-types";

export type Response = Record<string, unknown>;

/** Parse a decimal typed with a comma or a point ("2,5" and "2.5"); null when it is no number. */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** The API response for a question, or null when it has not been answered. */
export function toResponse(question: LearnerQuestion, draft: Draft | undefined): Response | null {
  // An order the learner never touched is no answer (the server never shows the right one).
  if (!draft) return null;
  switch (question.type) {
    case "single_choice":
    case "listening_choice":
      return draft.choice === undefined ? null : { choice: draft.choice };
    case "multiple_choice":
      return draft.choices && draft.choices.length > 0 ? { choices: draft.choices } : null;
    case "true_false":
      return draft.value === undefined ? null : { value: draft.value };
    case "short_answer":
    case "essay":
    case "dictation":
      return draft.text?.trim() ? { text: draft.text } : null;
    case "gap_fill": {
      const filled = Object.entries(draft.gaps ?? {}).filter(([, value]) => value.trim() !== "");
      return filled.length > 0 ? { gaps: Object.fromEntries(filled) } : null;
    }
    case "numerical": {
      const value = parseDecimal(draft.text ?? "");
      return value === null ? null : { value };
    }
    case "matching":
      return draft.pairs && Object.keys(draft.pairs).length > 0 ? { pairs: draft.pairs } : null;
    case "ordering":
      return draft.order ? { order: draft.order } : null;
    default:
      return null;
  }
}

/** Questions whose entry cannot be sent as typed (a number field holding no number). */
export function invalidQuestionIds(questions: Question[], drafts: Record<number, Draft>): number[] {
  return questions
    .filter((q) => q.type === "numerical" && (drafts[q.id]?.text ?? "").trim() !== "")
    .filter((q) => parseDecimal(drafts[q.id]?.text ?? "") === null)
    .map((q) => q.id);
}

/** Questions with nothing to send yet, in the set's order; a description asks nothing. */
export function unansweredQuestionIds(
  questions: LearnerQuestion[],
  drafts: Record<number, Draft>,
): number[] {
  return questions
    .filter((q) => q.type !== "description" && toResponse(q, drafts[q.id]) === null)
    .map((q) => q.id);
}
