import { useTranslation } from "react-i18next";

import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import { text } from "@/features/authoring/utils/question-data";

export function TrueFalseEditor({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t("authoring.question.rightAnswer")}
        value={data.answer === false ? "false" : "true"}
        options={[
          { value: "true", label: t("authoring.question.true") },
          { value: "false", label: t("authoring.question.false") },
        ]}
        onChange={(e) => onChange({ ...data, answer: e.target.value === "true" })}
      />
      <TextField
        label={t("authoring.question.feedbackCorrect")}
        value={text(data.feedback_correct)}
        onChange={(e) => onChange({ ...data, feedback_correct: e.target.value })}
      />
      <TextField
        label={t("authoring.question.feedbackIncorrect")}
        value={text(data.feedback_incorrect)}
        onChange={(e) => onChange({ ...data, feedback_incorrect: e.target.value })}
      />
    </>
  );
}
