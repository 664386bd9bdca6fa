/*
 * Names for the schema types the app uses, in one place: when the generated schema renames a
 * component, only this file changes.
 */
import type { components } from "@/types/api.gen";

type Schemas = components["schemas"];

export type User = Schemas["User"];
export type SessionData = Schemas["Session"];
export type Role = Schemas["RoleEnum"];
export type InterfaceLanguage = Schemas["InterfaceLanguageEnum"];
export type Level = Schemas["LevelEnum"];
export type Profile = Schemas["Profile"];
export type ProfileInput = Schemas["PatchedProfileUpdateInputRequest"];
export type TargetLanguage = Schemas["TargetLanguage"];
export type Language = Schemas["Language"];
export type Course = Schemas["CourseListOutput"];
export type CoursePage = Schemas["PaginatedCourseListOutputList"];
export type CourseDetail = Schemas["CourseDetailOutput"];
export type Lesson = Schemas["LessonDetailOutput"];
export type Block = Schemas["LessonBlock"];
export type DialogueLine = Schemas["DialogueLine"];
export type ExerciseSet = Schemas["ExerciseSet"];
export type Question = Schemas["ExerciseQuestion"];
export type AttemptInput = Schemas["AttemptSubmitInputRequest"];
export type Attempt = Schemas["AttemptResult"];
export type QuestionResult = Schemas["AttemptQuestion"];
export type ImportSummary = Schemas["ImportOutput"];
export type ImportPreview = Schemas["ImportPreviewOutput"];
export type ImportError = Schemas["ImportError"];

export const LEVELS: readonly Level[] = ["A1", "A2", "B1", "B2", "C1", "C2"];
export const INTERFACE_LANGUAGES: readonly InterfaceLanguage[] = ["ru", "en"];
