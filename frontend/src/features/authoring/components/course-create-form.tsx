import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useCreateCourse } from "@/features/authoring/api/courses";
import { fieldMessage } from "@/lib/api-error";
import { type Level, LEVELS } from "@/lib/api-types";
import { useLanguages } from "@/lib/reference-data";

const FIELDS = ["title", "language", "level"];

export function CourseCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const languages = useLanguages();
  const create = useCreateCourse();
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState("");
  const [level, setLevel] = useState<Level>("A1");
  const [missing, setMissing] = useState<string[]>([]);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = [!title.trim() && "title", !language && "language"].filter(
      (name): name is string => Boolean(name),
    );
    setMissing(empty);
    if (empty.length > 0) return;
    create.mutate(
      { title: title.trim(), language, level },
      { onSuccess: (course) => void navigate(`/teach/courses/${course.id}`) },
    );
  }

  const required = (name: string) =>
    missing.includes(name) ? t("authoring.required") : fieldMessage(create.error, name);

  return (
    <form className="form card" onSubmit={handleSubmit} noValidate aria-labelledby="new-course">
      <h2 id="new-course">{t("authoring.courses.new")}</h2>
      <FormErrors error={create.error} shownFields={FIELDS} />
      <TextField
        label={t("authoring.course.title")}
        value={title}
        required
        maxLength={200}
        error={required("title")}
        onChange={(e) => setTitle(e.target.value)}
      />
      <SelectField
        label={t("authoring.course.language")}
        value={language}
        required
        placeholder={t("authoring.course.chooseLanguage")}
        options={(languages.data ?? []).map((l) => ({ value: l.code, label: l.name }))}
        error={required("language")}
        onChange={(e) => setLanguage(e.target.value)}
      />
      <SelectField
        label={t("authoring.course.level")}
        value={level}
        options={LEVELS.map((value) => ({ value, label: value }))}
        error={fieldMessage(create.error, "level")}
        onChange={(e) => setLevel(LEVELS.find((value) => value === e.target.value) ?? "A1")}
      />
      <Button type="submit" busy={create.isPending}>
        {t("authoring.courses.create")}
      </Button>
    </form>
  );
}
