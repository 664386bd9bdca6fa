export const authoringKeys = {
  all: ["authoring"] as const,
  courses: () => ["authoring", "courses"] as const,
  course: (id: number) => ["authoring", "course", id] as const,
  lesson: (id: number) => ["authoring", "lesson", id] as const,
  trash: () => ["authoring", "trash"] as const,
  banks: () => ["authoring", "banks"] as const,
  questions: (bankId: number) => ["authoring", "bank", bankId, "questions"] as const,
  question: (id: number) => ["authoring", "question", id] as const,
  preview: (id: number, version: number) => ["authoring", "preview", id, version] as const,
  voices: (language: string) => ["speech", "voices", language] as const,
};
