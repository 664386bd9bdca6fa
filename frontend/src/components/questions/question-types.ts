import type { MediaAsset } from "@/components/media/types";
import type { Question, QuestionResult } from "@/lib/api-types";

/*
 * What the newer question types (ordering, gap fill, dictation, listening choice) add to a
 * question, per docs/api.md, until the generated schema describes them; optional, so the
 * other types still type-check. Their results are in the schema already.
 */

export interface OrderingItem {
  id: string;
  text: string;
}

export type Segment = { type: "text"; text: string } | { type: "gap"; id: string };

export interface QuestionExtras {
  items?: OrderingItem[];
  unit?: "word" | "sentence";
  segments?: Segment[];
  mode?: "type" | "drag";
  word_bank?: string[];
  media?: MediaAsset | null;
  word_count?: number;
}

export type LearnerQuestion = Question & QuestionExtras;

/** What a question shows whoever answers it, without its points: a teacher's preview has none. */
export type QuestionContent = Omit<LearnerQuestion, "points">;

export type WordResult = NonNullable<QuestionResult["words"]>[number];

export type GapStatus = "correct" | "partial" | "incorrect";

export interface ResultExtras {
  words?: WordResult[];
  gaps?: Record<string, GapStatus>;
  expected_order?: string[];
}

/** A result's per-word or per-gap detail (absent for the other types). */
export function resultExtras(item: QuestionResult): ResultExtras {
  return {
    words: item.words ?? undefined,
    gaps: item.gaps ?? undefined,
    expected_order: item.expected_order ?? undefined,
  };
}

/** The ids of a gap-fill text's gaps, in reading order. */
export function gapIds(question: QuestionContent): string[] {
  return (question.segments ?? []).flatMap((segment) =>
    segment.type === "gap" ? [segment.id] : [],
  );
}
