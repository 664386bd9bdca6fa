import { useId } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import { type ChoiceAnswer, choiceAnswers, nextId } from "@/features/authoring/utils/question-data";

/**
 * Answers of a choice question. One right answer (single and listening choice) is picked with a
 * radio button; multiple choice gives each answer a share of the credit, in percent.
 */
export function ChoiceEditor({
  data,
  onChange,
  multiple,
}: DataEditorProps & { multiple: boolean }) {
  const { t } = useTranslation();
  const group = useId();
  const answers = choiceAnswers(data);

  function write(next: ChoiceAnswer[]) {
    onChange({ ...data, answers: next });
  }
  function patch(index: number, changes: Partial<ChoiceAnswer>) {
    write(answers.map((answer, i) => (i === index ? { ...answer, ...changes } : answer)));
  }

  return (
    <fieldset className="fieldset">
      <legend>{t("authoring.question.answers")}</legend>
      {answers.map((answer, index) => {
        const n = index + 1;
        return (
          <div key={answer.id} className="answer-row">
            <TextField
              label={t("authoring.question.answerText", { n })}
              value={answer.text}
              onChange={(e) => patch(index, { text: e.target.value })}
            />
            {multiple ? (
              <TextField
                label={t("authoring.question.credit", { n })}
                className="input--compact"
                inputMode="decimal"
                value={String(Math.round(answer.fraction * 1000) / 10)}
                onChange={(e) =>
                  patch(index, { fraction: Number(e.target.value.replace(",", ".")) / 100 || 0 })
                }
              />
            ) : (
              <div className="checkbox">
                <input
                  type="radio"
                  id={`${group}-${answer.id}`}
                  name={group}
                  checked={answer.fraction === 1}
                  onChange={() =>
                    write(answers.map((a, i) => ({ ...a, fraction: i === index ? 1 : 0 })))
                  }
                />
                <label htmlFor={`${group}-${answer.id}`}>
                  {t("authoring.question.correct", { n })}
                </label>
              </div>
            )}
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
          write([...answers, { id: nextId("a", answers), text: "", fraction: 0, feedback: "" }])
        }
      >
        {t("authoring.question.addAnswer")}
      </Button>
    </fieldset>
  );
}
