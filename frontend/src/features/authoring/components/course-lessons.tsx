import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import {
  useCreateLesson,
  useDeleteLesson,
  useDuplicateLesson,
  useMoveLesson,
} from "@/features/authoring/api/lessons";
import type { AuthoringCourseDetail } from "@/features/authoring/api/types";
import { ConfirmButton } from "@/features/authoring/components/confirm-button";
import { LessonRename } from "@/features/authoring/components/lesson-rename";
import { SortableList } from "@/features/authoring/components/sortable-list";
import { fieldMessage } from "@/lib/api-error";

export function CourseLessons({ course }: { course: AuthoringCourseDetail }) {
  const { t } = useTranslation();
  const create = useCreateLesson(course.id);
  const move = useMoveLesson(course.id);
  const remove = useDeleteLesson(course.id);
  const duplicate = useDuplicateLesson(course.id);
  const [title, setTitle] = useState("");
  const [missing, setMissing] = useState(false);

  function handleAdd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!title.trim());
    if (!title.trim()) return;
    create.mutate(title.trim(), { onSuccess: () => setTitle("") });
  }

  return (
    <section className="card" aria-labelledby="lessons">
      <h2 id="lessons">{t("authoring.lessons.title")}</h2>
      <FormErrors error={move.error ?? remove.error ?? duplicate.error} />
      {course.lessons.length === 0 ? <p className="muted">{t("authoring.lessons.none")}</p> : null}
      <SortableList
        items={course.lessons}
        label={t("authoring.lessons.title")}
        itemLabel={(lesson) => lesson.title}
        onMove={(id, position) => move.mutate({ id, position })}
      >
        {(lesson) => (
          <div className="authoring-row">
            <div className="authoring-row__main">
              <Link className="authoring-row__title" to={`/teach/lessons/${lesson.id}`}>
                {lesson.title}
              </Link>
              <p className="muted">
                {t("authoring.lessons.blocks", { count: lesson.block_count })}
              </p>
            </div>
            <div className="authoring-row__actions">
              <LessonRename courseId={course.id} lesson={lesson} />
              <Link
                className="btn btn--secondary"
                to={`/lessons/${lesson.id}`}
                aria-label={t("authoring.previewNamed", { title: lesson.title })}
              >
                {t("authoring.preview")}
              </Link>
              <Button
                variant="secondary"
                aria-label={t("authoring.duplicateNamed", { title: lesson.title })}
                busy={duplicate.isPending && duplicate.variables === lesson.id}
                onClick={() => duplicate.mutate(lesson.id)}
              >
                {t("authoring.duplicate")}
              </Button>
              <ConfirmButton
                label={t("authoring.delete")}
                accessibleLabel={t("authoring.deleteNamed", { title: lesson.title })}
                question={t("authoring.lessons.confirmDelete", { title: lesson.title })}
                confirmLabel={t("authoring.moveToTrash")}
                onConfirm={() => remove.mutate(lesson.id)}
              />
            </div>
          </div>
        )}
      </SortableList>
      <form className="form__row" onSubmit={handleAdd} noValidate>
        <TextField
          label={t("authoring.lessons.newTitle")}
          value={title}
          error={missing ? t("authoring.required") : fieldMessage(create.error, "title")}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Button type="submit" busy={create.isPending}>
          {t("authoring.lessons.add")}
        </Button>
      </form>
    </section>
  );
}
