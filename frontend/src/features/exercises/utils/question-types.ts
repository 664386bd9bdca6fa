import type { MediaAsset } from "@/components/media/types";
import type { Question, QuestionResult } from "@/lib/api-types";

/*
 * What the newer question types (ordering, gap fill, dictation, listening choice) add to a
 * question and to its result, per docs/api.md; optional, so older payloads still type-check.
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

export type WordStatus = "correct" | "wrong" | "missing" | "extra";

export interface WordResult {
  expected: string | null;
  given: string | null;
  status: WordStatus;
}

export interface ResultExtras {
  words?: WordResult[];
  gaps?: Record<string, "correct" | "incorrect">;
  expected_order?: string[];
}

/** A result's per-word or per-gap detail, at the top level or under `detail`. */
export function resultExtras(item: QuestionResult): ResultExtras {
  const extended: QuestionResult & ResultExtras & { detail?: ResultExtras } = item;
  return {
    words: extended.words ?? extended.detail?.words,
    gaps: extended.gaps ?? extended.detail?.gaps,
    expected_order: extended.expected_order ?? extended.detail?.expected_order,
  };
}

/** The ids of a gap-fill text's gaps, in reading order. */
export function gapIds(question: LearnerQuestion): string[] {
  return (question.segments ?? []).flatMap((segment) =>
    segment.type === "gap" ? [segment.id] : [],
  );
}
