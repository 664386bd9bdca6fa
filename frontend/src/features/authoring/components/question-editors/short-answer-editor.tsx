import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ComparisonOptions } from "@/features/authoring/components/question-editors/comparison-options";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import { choiceAnswers, nextId, type ShortAnswer } from "@/features/authoring/utils/question-data";

/** Accepted answers (`*` matches any run of characters), each with its share of the credit. */
export function ShortAnswerEditor({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  const answers: ShortAnswer[] = choiceAnswers(data);

  function write(next: ShortAnswer[]) {
    onChange({ ...data, answers: next });
  }
  function patch(index: number, changes: Partial<ShortAnswer>) {
    write(answers.map((answer, i) => (i === index ? { ...answer, ...changes } : answer)));
  }

  return (
    <fieldset className="fieldset">
      <legend>{t("authoring.question.accepted")}</legend>
      <p className="field__hint">{t("authoring.question.wildcardHint")}</p>
      {answers.map((answer, index) => {
        const n = index + 1;
        return (
          <div key={answer.id} className="answer-row">
            <TextField
              label={t("authoring.question.answerText", { n })}
              value={answer.text}
              onChange={(e) => patch(index, { text: e.target.value })}
            />
            <TextField
              label={t("authoring.question.credit", { n })}
              className="input--compact"
              inputMode="decimal"
              value={String(Math.round(answer.fraction * 1000) / 10)}
              onChange={(e) =>
                patch(index, { fraction: Number(e.target.value.replace(",", ".")) / 100 || 0 })
              }
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
          write([...answers, { id: nextId("a", answers), text: "", fraction: 1, feedback: "" }])
        }
      >
        {t("authoring.question.addAnswer")}
      </Button>
      <ComparisonOptions data={data} onChange={onChange} />
    </fieldset>
  );
}
