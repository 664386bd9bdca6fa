/*
 * What `python -m glossa load_demo` creates (backend/glossa/demo); the e2e server loads it.
 * Course and question titles are content, the same in both interface languages.
 */
export const DEMO_PASSWORD = process.env.GLOSSA_DEMO_PASSWORD ?? "glossa-demo-2026";
export const DEMO_TEACHER = "teacher@glossa.local";
export const DEMO_LEARNER = "learner@glossa.local";

export const ENGLISH_COURSE = "Английский A1 для русскоговорящих";
export const SPANISH_COURSE = "Español A1: первые шаги";
export const SPANISH_COURSE_LANGUAGE = "es";
