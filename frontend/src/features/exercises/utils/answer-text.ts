import type { TFunction } from "i18next";

import type { Draft } from "@/components/questions/draft";
import { gapIds, type LearnerQuestion } from "@/components/questions/question-types";
import { plainText } from "@/lib/plain-text";

/** The learner's own answer as text, for the result; null when the question was left blank. */
export function answerText(
  question: LearnerQuestion,
  draft: Draft | undefined,
  t: TFunction,
): string | null {
  if (!draft) return null;
  const option = (id: string) => question.options?.find((item) => item.id === id);
  switch (question.type) {
    case "single_choice":
    case "listening_choice": {
      const chosen = draft.choice === undefined ? undefined : option(draft.choice);
      return chosen ? plainText(chosen.text_html) : null;
    }
    case "multiple_choice": {
      const chosen = (draft.choices ?? []).flatMap((id) => option(id) ?? []);
      return chosen.length > 0 ? chosen.map((item) => plainText(item.text_html)).join(", ") : null;
    }
    case "true_false":
      return draft.value === undefined
        ? null
        : t(draft.value ? "exercises.true" : "exercises.false");
    case "short_answer":
    case "numerical":
    case "essay":
    case "dictation":
      return draft.text?.trim() || null;
    case "ordering": {
      const text = (id: string) => question.items?.find((item) => item.id === id)?.text ?? "";
      const joiner = question.unit === "sentence" ? " / " : " ";
      return draft.order ? draft.order.map(text).join(joiner) : null;
    }
    case "gap_fill": {
      const given = gapIds(question).map((id) => draft.gaps?.[id]?.trim() || "…");
      return given.some((value) => value !== "…") ? given.join("; ") : null;
    }
    case "matching": {
      const pairs = (question.prompts ?? []).flatMap((prompt) => {
        const choice = question.choices?.find((item) => item.id === draft.pairs?.[prompt.id]);
        return choice ? [`${plainText(prompt.text_html)} → ${choice.text}`] : [];
      });
      return pairs.length > 0 ? pairs.join("; ") : null;
    }
    default:
      return null;
  }
}
