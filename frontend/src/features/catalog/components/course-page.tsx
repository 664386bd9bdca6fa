import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useCourse } from "@/features/catalog/api/get-course";
import { EnrollButton } from "@/features/catalog/components/enroll-button";
import { useDocumentTitle } from "@/lib/use-document-title";

export function CoursePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const course = useCourse(id);
  useDocumentTitle(course.data?.title ?? t("catalog.course"));

  if (course.isPending) return <Spinner />;
  if (!course.data) return <FormErrors error={course.error} />;
  const data = course.data;
  const done = data.lessons.filter((lesson) => lesson.is_completed).length;

  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/courses">{t("catalog.title")}</Link>
      </p>
      <h1>{data.title}</h1>
      <p className="course-card__meta">
        <span className="badge">{data.level}</span> {data.language_name}
        {data.author ? ` · ${t("catalog.by", { name: data.author.display_name })}` : null}
      </p>
      <EnrollButton courseId={data.id} enrolled={data.is_enrolled} />
      {/* Sanitised on the server (Markdown rendered, then cleaned with an allow-list). */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: data.description_html }} />
      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t("catalog.lessonsTitle")}</h2>
        {data.is_enrolled ? (
          <p className="muted">{t("catalog.progress", { done, count: data.lessons.length })}</p>
        ) : null}
        <ol className="lesson-list">
          {data.lessons.map((lesson) => (
            <li
              key={lesson.id}
              className={lesson.is_completed ? "lesson-list__item--done" : undefined}
            >
              {data.is_enrolled ? (
                <Link to={`/lessons/${lesson.id}`}>{lesson.title}</Link>
              ) : (
                <span>{lesson.title}</span>
              )}
              {lesson.is_completed ? (
                <span className="badge badge--success">{t("catalog.completed")}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
