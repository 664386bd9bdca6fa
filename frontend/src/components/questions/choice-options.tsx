import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { Draft } from "@/components/questions/draft";
import type { QuestionContent } from "@/components/questions/question-types";

interface ChoiceOptionsProps {
  question: QuestionContent;
  draft: Draft | undefined;
  onChange: (draft: Draft) => void;
}

/** Radio buttons (single choice, true/false) or checkboxes (multiple choice). */
export function ChoiceOptions({ question, draft, onChange }: ChoiceOptionsProps) {
  const { t } = useTranslation();
  const name = useId();

  if (question.type === "true_false") {
    return (
      <div className="options">
        {[true, false].map((value) => (
          <label key={String(value)} className="option">
            <input
              type="radio"
              name={name}
              checked={draft?.value === value}
              onChange={() => onChange({ value })}
            />
            <span>{value ? t("exercises.true") : t("exercises.false")}</span>
          </label>
        ))}
      </div>
    );
  }

  const multiple = question.type === "multiple_choice";
  const chosen = draft?.choices ?? [];
  return (
    <div className="options">
      {(question.options ?? []).map((option) => (
        <label key={option.id} className="option">
          {multiple ? (
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={(e) =>
                onChange({
                  choices: e.target.checked
                    ? [...chosen, option.id]
                    : chosen.filter((c) => c !== option.id),
                })
              }
            />
          ) : (
            <input
              type="radio"
              name={name}
              checked={draft?.choice === option.id}
              onChange={() => onChange({ choice: option.id })}
            />
          )}
          {/* Option text is rendered and sanitised on the server. */}
          <span dangerouslySetInnerHTML={{ __html: option.text_html }} />
        </label>
      ))}
    </div>
  );
}
