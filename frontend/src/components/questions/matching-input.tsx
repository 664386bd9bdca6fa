import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { QuestionContent } from "@/components/questions/question-types";

interface MatchingInputProps {
  question: QuestionContent;
  pairs: Record<string, string>;
  onChange: (pairs: Record<string, string>) => void;
}

/** One select per prompt; the prompt's text labels its select. */
export function MatchingInput({ question, pairs, onChange }: MatchingInputProps) {
  const { t } = useTranslation();
  const id = useId();

  function choose(promptId: string, value: string) {
    const others = Object.entries(pairs).filter(([key]) => key !== promptId);
    onChange(Object.fromEntries(value ? [...others, [promptId, value]] : others));
  }

  return (
    <div className="matching">
      {(question.prompts ?? []).map((prompt) => (
        <div key={prompt.id} className="matching__row">
          <span
            id={`${id}-${prompt.id}-label`}
            className="matching__prompt"
            // Prompt text is rendered and sanitised on the server.
            dangerouslySetInnerHTML={{ __html: prompt.text_html }}
          />
          <select
            id={`${id}-${prompt.id}`}
            aria-labelledby={`${id}-${prompt.id}-label`}
            className="input input--select"
            value={pairs[prompt.id] ?? ""}
            onChange={(e) => choose(prompt.id, e.target.value)}
          >
            <option value="">{t("exercises.chooseMatch")}</option>
            {(question.choices ?? []).map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
