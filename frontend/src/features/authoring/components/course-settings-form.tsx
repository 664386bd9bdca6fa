import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useUpdateCourse } from "@/features/authoring/api/courses";
import type { AuthoringCourseDetail, CourseInput } from "@/features/authoring/api/types";
import { MarkdownEditor } from "@/features/authoring/components/markdown-editor";
import { SaveError } from "@/features/authoring/components/save-error";
import { fieldMessage } from "@/lib/api-error";
import { LEVELS } from "@/lib/api-types";
import { useLanguages } from "@/lib/reference-data";

const FIELDS = [
  "title",
  "summary",
  "description",
  "language",
  "level",
  "media_requires_enrollment",
];

interface CourseSettingsFormProps {
  course: AuthoringCourseDetail;
  /** The version this form's values were loaded from: the one a save claims to change. */
  baseVersion: number;
  onSaved: (course: AuthoringCourseDetail) => void;
  onReload: () => void;
}

function valuesOf(course: AuthoringCourseDetail): CourseInput {
  const { title, summary, description, language, level, media_requires_enrollment } = course;
  return { title, summary, description, language, level, media_requires_enrollment };
}

export function CourseSettingsForm({
  course,
  baseVersion,
  onSaved,
  onReload,
}: CourseSettingsFormProps) {
  const { t } = useTranslation();
  const languages = useLanguages();
  const update = useUpdateCourse(course.id);
  const [values, setValues] = useState(() => valuesOf(course));

  function set<K extends keyof CourseInput>(name: K, value: CourseInput[K]) {
    setValues((current) => ({ ...current, [name]: value }));
    if (update.isSuccess) update.reset();
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ ...values, version: baseVersion }, { onSuccess: onSaved });
  }

  return (
    <form className="form card" onSubmit={handleSubmit} noValidate aria-labelledby="settings">
      <h2 id="settings">{t("authoring.course.settings")}</h2>
      <SaveError error={update.error} shownFields={FIELDS} onReload={onReload} />
      <TextField
        label={t("authoring.course.title")}
        value={values.title}
        required
        error={fieldMessage(update.error, "title")}
        onChange={(e) => set("title", e.target.value)}
      />
      <TextAreaField
        label={t("authoring.course.summary")}
        value={values.summary}
        rows={2}
        error={fieldMessage(update.error, "summary")}
        onChange={(e) => set("summary", e.target.value)}
      />
      <MarkdownEditor
        label={t("authoring.course.description")}
        value={values.description}
        error={fieldMessage(update.error, "description")}
        onChange={(value) => set("description", value)}
      />
      <div className="form__row">
        <SelectField
          label={t("authoring.course.language")}
          value={values.language}
          options={(languages.data ?? [{ code: values.language, name: values.language }]).map(
            (l) => ({ value: l.code, label: l.name }),
          )}
          error={fieldMessage(update.error, "language")}
          onChange={(e) => set("language", e.target.value)}
        />
        <SelectField
          label={t("authoring.course.level")}
          value={values.level}
          options={LEVELS.map((value) => ({ value, label: value }))}
          error={fieldMessage(update.error, "level")}
          onChange={(e) => set("level", LEVELS.find((v) => v === e.target.value) ?? values.level)}
        />
      </div>
      <Checkbox
        label={t("authoring.course.mediaRequiresEnrollment")}
        hint={t("authoring.course.mediaRequiresEnrollmentHint")}
        checked={values.media_requires_enrollment}
        onChange={(e) => set("media_requires_enrollment", e.target.checked)}
      />
      <Button type="submit" busy={update.isPending}>
        {t("authoring.save")}
      </Button>
      {update.isSuccess ? <Alert tone="success">{t("authoring.saved")}</Alert> : null}
    </form>
  );
}
