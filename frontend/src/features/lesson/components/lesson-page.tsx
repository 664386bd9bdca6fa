import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useCompleteLesson } from "@/features/lesson/api/complete-lesson";
import { useLesson } from "@/features/lesson/api/get-lesson";
import { LessonBlock } from "@/features/lesson/components/lesson-block";
import { useOneAudioAtATime } from "@/features/lesson/hooks/use-one-audio-at-a-time";
import { isApiError } from "@/lib/api-error";
import type { ExerciseSet } from "@/lib/api-types";
import { useDocumentTitle } from "@/lib/use-document-title";

interface LessonPageProps {
  renderExerciseSet: (exerciseSet: ExerciseSet) => ReactNode;
}

export function LessonPage({ renderExerciseSet }: LessonPageProps) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const lesson = useLesson(id);
  const complete = useCompleteLesson(id);
  useDocumentTitle(lesson.data?.title ?? t("lesson.title"));
  useOneAudioAtATime();

  if (lesson.isPending) return <Spinner />;
  if (!lesson.data) {
    // 403 for a learner not enrolled: the server names the course, whose page has Enroll.
    const error = lesson.error;
    const courseId = isApiError(error) && error.status === 403 ? error.body.course_id : undefined;
    return (
      <div className="page">
        <FormErrors error={error} />
        {typeof courseId === "number" ? (
          <p>
            <Link to={`/courses/${courseId}`}>{t("lesson.toCourse")}</Link>
          </p>
        ) : null}
      </div>
    );
  }
  const data = lesson.data;
  const done = data.is_completed || complete.isSuccess;

  return (
    <article className="page lesson">
      <p className="breadcrumbs">
        <Link to={`/courses/${data.course.id}`}>{data.course.title}</Link>
      </p>
      <h1>{data.title}</h1>
      {[...data.blocks]
        .sort((a, b) => a.position - b.position)
        .map((block) => (
          <LessonBlock key={block.id} block={block} renderExerciseSet={renderExerciseSet} />
        ))}
      <div className="lesson__footer">
        <FormErrors error={complete.error} />
        {done ? (
          <p className="badge badge--success" role="status">
            {t("lesson.done")}
          </p>
        ) : (
          <Button busy={complete.isPending} onClick={() => complete.mutate()}>
            {t("lesson.markDone")}
          </Button>
        )}
        <nav className="lesson__nav" aria-label={t("lesson.navLabel")}>
          {data.previous_lesson_id ? (
            <Link to={`/lessons/${data.previous_lesson_id}`} rel="prev">
              ← {t("lesson.previous")}
            </Link>
          ) : (
            <span />
          )}
          {data.next_lesson_id ? (
            <Link to={`/lessons/${data.next_lesson_id}`} rel="next">
              {t("lesson.next")} →
            </Link>
          ) : null}
        </nav>
      </div>
    </article>
  );
}
