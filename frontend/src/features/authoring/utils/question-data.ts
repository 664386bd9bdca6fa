/*
 * Typed views of a question's `data` (questions/models.py gives the shape by type). The editor
 * reads the stored JSON through these, with defaults for anything missing, and writes it back.
 */
import type { QuestionType } from "@/features/authoring/api/types";

export interface ChoiceAnswer {
  id: string;
  text: string;
  fraction: number;
  feedback: string;
}
export interface ShortAnswer {
  id: string;
  text: string;
  fraction: number;
  feedback: string;
}
export interface NumericAnswer {
  id: string;
  value: number | string;
  tolerance: number | string;
  fraction: number;
  feedback: string;
}
export interface Pair {
  id: string;
  left: string;
  right: string;
}
export interface OrderingItem {
  id: string;
  text: string;
}
export interface Gap {
  id: string;
  answers: string[];
}
export type Accents = "strict" | "accept" | "partial";
export const ACCENT_RULES: readonly Accents[] = ["strict", "accept", "partial"];

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function records(value: unknown): Data[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

export function number(value: unknown, fallback = 0): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [];
}

export function accents(value: unknown): Accents {
  return ACCENT_RULES.find((rule) => rule === value) ?? "strict";
}

/** The next free id with a prefix: "a1", "a2", … as the importers number them. */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  let n = taken.length + 1;
  while (taken.some((item) => item.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function choiceAnswers(data: Data): ChoiceAnswer[] {
  return records(data.answers).map((answer, index) => ({
    id: text(answer.id) || `a${index + 1}`,
    text: text(answer.text),
    fraction: number(answer.fraction),
    feedback: text(answer.feedback),
  }));
}

export function defaultData(type: QuestionType): Data {
  switch (type) {
    case "single_choice":
    case "listening_choice":
      return {
        answers: [
          { id: "a1", text: "", fraction: 1, feedback: "" },
          { id: "a2", text: "", fraction: 0, feedback: "" },
        ],
      };
    case "multiple_choice":
      return {
        answers: [
          { id: "a1", text: "", fraction: 0.5, feedback: "" },
          { id: "a2", text: "", fraction: 0.5, feedback: "" },
          { id: "a3", text: "", fraction: 0, feedback: "" },
        ],
      };
    case "true_false":
      return { answer: true, feedback_correct: "", feedback_incorrect: "" };
    case "short_answer":
      return {
        answers: [{ id: "a1", text: "", fraction: 1, feedback: "" }],
        case_sensitive: false,
        accents: "strict",
      };
    case "numerical":
      return { answers: [{ id: "a1", value: 0, tolerance: 0, fraction: 1, feedback: "" }] };
    case "matching":
      return {
        pairs: [
          { id: "p1", left: "", right: "" },
          { id: "p2", left: "", right: "" },
        ],
        distractors: [],
      };
    case "ordering":
      // Typed one a line: blank placeholder items would show as blank lines in the box.
      return { items: [], unit: "word" };
    case "gap_fill":
      return {
        text: "",
        gaps: [],
        mode: "type",
        distractors: [],
        case_sensitive: false,
        accents: "strict",
      };
    case "dictation":
      return { text: "", ignore_punctuation: true, case_sensitive: false, accents: "accept" };
    case "essay":
    case "description":
      return {};
  }
}

const GAP = /\[\[(\w+)\]\]/g;

/** The gap ids marked `[[id]]` in a gap-fill text, in order. */
export function gapIds(source: string): string[] {
  return [...source.matchAll(GAP)].map((match) => match[1] ?? "");
}

/** The gaps for a text: one per marker, keeping the answers already typed for each id. */
export function syncGaps(source: string, gaps: readonly Gap[]): Gap[] {
  return gapIds(source).map((id) => gaps.find((gap) => gap.id === id) ?? { id, answers: [] });
}

/** Split a list typed one entry a line; blank lines dropped. */
export function splitList(value: string): string[] {
  return value
    .split("\n")
    .map((part) => part.trim())
    .filter(Boolean);
}
