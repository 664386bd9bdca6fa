/*
 * Authoring resources as docs/api.md describes them. Typed here by hand while the back end
 * lands; once `make schema` lists these endpoints, these names become aliases of the schema.
 */
import type { Level } from "@/lib/api-types";

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export type CourseStatus = "draft" | "published";
export type AuthorRole = "owner" | "coauthor";

export interface Author {
  id: number;
  display_name: string;
  role: AuthorRole;
  email?: string;
}

export interface AuthoringCourse {
  id: number;
  slug: string;
  title: string;
  summary: string;
  language: string;
  level: Level;
  status: CourseStatus;
  version: number;
  lesson_count: number;
  authors: Author[];
  updated_at: string;
  position: number;
}

export interface LessonSummary {
  id: number;
  title: string;
  position: number;
  version: number;
  block_count: number;
}

export interface AuthoringCourseDetail extends AuthoringCourse {
  description: string;
  description_html: string;
  media_requires_enrollment: boolean;
  lessons: LessonSummary[];
}

export interface CourseInput {
  title: string;
  summary: string;
  description: string;
  language: string;
  level: Level;
  media_requires_enrollment: boolean;
}

export type BlockType = "text" | "audio" | "video" | "dialogue" | "exercise_set";

export interface MediaSource {
  url: string;
  type: string;
  label: string;
}

export interface MediaSummary {
  id: number;
  kind: "audio" | "video";
  status: "uploading" | "queued" | "processing" | "ready" | "failed";
  error: string;
  duration: number | null;
  original_name: string;
  sources: MediaSource[];
  poster_url: string | null;
  width: number | null;
  height: number | null;
}

export interface DialogueLine {
  id: number;
  position: number;
  version: number;
  speaker: string;
  text: string;
  translation: string;
  /** The teacher's own recording of the line, or null. */
  audio_url?: string | null;
}

export interface QuestionSummary {
  id: number;
  type: QuestionType;
  title: string;
}

export interface ExerciseSetItem {
  id: number;
  position: number;
  points: number;
  question: QuestionSummary;
}

export interface AuthoringExerciseSet {
  id: number;
  title: string;
  items: ExerciseSetItem[];
}

export interface AuthoringBlock {
  id: number;
  lesson_id: number;
  type: BlockType;
  position: number;
  version: number;
  title: string;
  markdown: string;
  html: string;
  /** Audio and video: the words spoken, shown to learners when there are no captions. */
  transcript?: string;
  media: MediaSummary | null;
  /** Text blocks: the teacher's own recording of the text, or null. */
  audio_url?: string | null;
  speech_voices: string[];
  lines?: DialogueLine[];
  exercise_set?: AuthoringExerciseSet | null;
}

export interface AuthoringLesson {
  id: number;
  course_id: number;
  title: string;
  position: number;
  version: number;
  blocks: AuthoringBlock[];
}

export type TrashKind = "course" | "lesson" | "block";

export interface TrashItem {
  kind: TrashKind;
  id: number;
  title: string;
  course_id: number | null;
  course_title: string;
  deleted_at: string;
  purge_at: string;
}

export interface Voice {
  id: string;
  language: string;
  label: string;
}

export const QUESTION_TYPES = [
  "single_choice",
  "multiple_choice",
  "true_false",
  "short_answer",
  "numerical",
  "matching",
  "essay",
  "description",
  "ordering",
  "gap_fill",
  "dictation",
  "listening_choice",
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionBank {
  id: number;
  name: string;
  question_count: number;
}

/** A question as its author edits it: `data` by type, as in questions/models.py. */
export interface AuthoringQuestion {
  id: number;
  bank_id?: number;
  type: QuestionType;
  title: string;
  text: string;
  text_format?: string;
  general_feedback: string;
  data: Record<string, unknown>;
  media?: MediaSummary | null;
  version: number;
}

export interface QuestionInput {
  type: QuestionType;
  title: string;
  text: string;
  text_format: string;
  general_feedback: string;
  data: Record<string, unknown>;
  media_id?: number | null;
}

/** A question as a learner sees it (GET questions/{id}/preview). */
export interface QuestionPreview {
  id: number;
  type: QuestionType;
  title: string;
  text_html: string;
  options?: { id: string; text_html: string }[];
  prompts?: { id: string; text_html: string }[];
  choices?: { id: string; text: string }[];
  items?: { id: string; text: string }[];
  unit?: "word" | "sentence";
  segments?: ({ type: "text"; text: string } | { type: "gap"; id: string })[];
  mode?: "type" | "drag";
  word_bank?: string[];
  media?: MediaSummary | null;
  word_count?: number;
}
