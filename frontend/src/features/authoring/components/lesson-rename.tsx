import { useQueryClient } from "@tanstack/react-query";
import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authoringKeys } from "@/features/authoring/api/keys";
import { useRenameLesson } from "@/features/authoring/api/lessons";
import type { LessonSummary } from "@/features/authoring/api/types";
import { SaveError } from "@/features/authoring/components/save-error";
import { fieldMessage } from "@/lib/api-error";

interface LessonRenameProps {
  courseId: number;
  lesson: LessonSummary;
}

/** Rename a lesson in place; the new title is kept on a conflict until the teacher reloads. */
export function LessonRename({ courseId, lesson }: LessonRenameProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rename = useRenameLesson(courseId);
  const [title, setTitle] = useState<string | null>(null);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title === null) return;
    rename.mutate(
      { id: lesson.id, title: title.trim(), version: lesson.version },
      { onSuccess: () => setTitle(null) },
    );
  }

  function handleReload() {
    rename.reset();
    setTitle(null);
    void queryClient.invalidateQueries({ queryKey: authoringKeys.course(courseId) });
  }

  if (title === null) {
    return (
      <Button
        variant="secondary"
        aria-label={t("authoring.renameNamed", { title: lesson.title })}
        onClick={() => setTitle(lesson.title)}
      >
        {t("authoring.rename")}
      </Button>
    );
  }
  return (
    <form className="form inline-form" onSubmit={handleSubmit} noValidate>
      <SaveError error={rename.error} shownFields={["title"]} onReload={handleReload} />
      <TextField
        label={t("authoring.lessons.rename", { title: lesson.title })}
        value={title}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the teacher just asked to rename.
        autoFocus
        error={fieldMessage(rename.error, "title")}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="form__row">
        <Button type="submit" busy={rename.isPending}>
          {t("authoring.save")}
        </Button>
        <Button variant="secondary" onClick={() => setTitle(null)}>
          {t("authoring.cancel")}
        </Button>
      </div>
    </form>
  );
}
