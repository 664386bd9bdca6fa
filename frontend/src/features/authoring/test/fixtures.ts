import { http, HttpResponse } from "msw";

import type { AuthoringCourse, AuthoringCourseDetail, Page } from "@/features/authoring/api/types";
import type { User } from "@/lib/api-types";
import { API } from "@/test/render";

export const teacher: User = {
  id: 2,
  email: "teacher@example.com",
  display_name: "Tanya",
  role: "teacher",
  email_verified: true,
  interface_language: "en",
};

export function page<T>(results: T[]): Page<T> {
  return { count: results.length, next: null, previous: null, results };
}

export function course(overrides: Partial<AuthoringCourse> = {}): AuthoringCourse {
  return {
    id: 1,
    slug: "espanol-a1",
    title: "Español A1",
    summary: "",
    language: "es",
    level: "A1",
    status: "draft",
    version: 1,
    lesson_count: 0,
    authors: [{ id: 2, display_name: "Tanya", role: "owner" }],
    updated_at: "2026-12-01T10:00:00Z",
    position: 0,
    ...overrides,
  };
}

export function courseDetail(
  overrides: Partial<AuthoringCourseDetail> = {},
): AuthoringCourseDetail {
  return {
    ...course(),
    description: "",
    description_html: "",
    media_requires_enrollment: false,
    lessons: [],
    ...overrides,
  };
}

export const languagesHandler = http.get(`${API}/languages`, () =>
  HttpResponse.json([
    { code: "es", name: "Spanish" },
    { code: "fr", name: "French" },
  ]),
);

export function conflictBody(current: unknown) {
  return {
    status: 409,
    code: "version_conflict",
    message: "Someone else changed this course. Reload to see their changes.",
    fields: {},
    current,
  };
}

/** The height of a row in a sortable list laid out by `layOutRows`, gap included. */
export const ROW_HEIGHT = 100;

/**
 * jsdom lays nothing out: give each row of a sortable list a 90 px slot, one under the other,
 * so dnd-kit can tell which row a dragged one is over.
 */
export function layOutRows(): void {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement,
  ) {
    const row = this.closest("li");
    const index = row?.parentElement ? [...row.parentElement.children].indexOf(row) : 0;
    return DOMRect.fromRect({ x: 0, y: index * ROW_HEIGHT, width: 300, height: 90 });
  });
}
