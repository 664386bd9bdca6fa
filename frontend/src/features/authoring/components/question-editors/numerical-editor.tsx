import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import {
  nextId,
  number,
  type NumericAnswer,
  records,
  text,
} from "@/features/authoring/utils/question-data";

/** A typed number stays as typed until it parses, so "2," can become "2,5" while typing. */
function parsed(value: string): number | string {
  const n = Number(value.replace(",", "."));
  return value.trim() !== "" && Number.isFinite(n) ? n : value;
}

export function NumericalEditor({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  const answers: NumericAnswer[] = records(data.answers).map((answer, index) => ({
    id: text(answer.id) || `a${index + 1}`,
    value: typeof answer.value === "number" ? answer.value : text(answer.value),
    tolerance: typeof answer.tolerance === "number" ? answer.tolerance : text(answer.tolerance),
    fraction: number(answer.fraction, 1),
    feedback: text(answer.feedback),
  }));

  function write(next: NumericAnswer[]) {
    onChange({ ...data, answers: next });
  }
  function patch(index: number, changes: Partial<NumericAnswer>) {
    write(answers.map((answer, i) => (i === index ? { ...answer, ...changes } : answer)));
  }

  return (
    <fieldset className="fieldset">
      <legend>{t("authoring.question.accepted")}</legend>
      {answers.map((answer, index) => {
        const n = index + 1;
        return (
          <div key={answer.id} className="answer-row">
            <TextField
              label={t("authoring.question.value", { n })}
              inputMode="decimal"
              value={String(answer.value)}
              onChange={(e) => patch(index, { value: parsed(e.target.value) })}
            />
            <TextField
              label={t("authoring.question.tolerance", { n })}
              inputMode="decimal"
              value={String(answer.tolerance)}
              onChange={(e) => patch(index, { tolerance: parsed(e.target.value) })}
            />
            <TextField
              label={t("authoring.question.feedback", { n })}
              value={answer.feedback}
              onChange={(e) => patch(index, { feedback: e.target.value })}
            />
            <Button
              variant="secondary"
              aria-label={t("authoring.question.removeAnswer", { n })}
              onClick={() => write(answers.filter((_, i) => i !== index))}
            >
              {t("common.remove")}
            </Button>
          </div>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          write([
            ...answers,
            { id: nextId("a", answers), value: 0, tolerance: 0, fraction: 1, feedback: "" },
          ])
        }
      >
        {t("authoring.question.addAnswer")}
      </Button>
    </fieldset>
  );
}
