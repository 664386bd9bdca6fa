import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import type { Course } from "@/lib/api-types";

export function CourseCard({ course }: { course: Course }) {
  const { t } = useTranslation();
  return (
    <article className="card course-card">
      <h2 className="course-card__title">
        <Link to={`/courses/${course.id}`}>{course.title}</Link>
      </h2>
      <p className="course-card__meta">
        <span className="badge">{course.level}</span> {course.language_name}
        {" · "}
        {t("catalog.lessons", { count: course.lesson_count })}
      </p>
      <p>{course.summary}</p>
      <p className="muted">
        {course.author ? t("catalog.by", { name: course.author.display_name }) : null}
      </p>
      {course.is_enrolled ? <p className="badge badge--success">{t("catalog.enrolled")}</p> : null}
    </article>
  );
}
