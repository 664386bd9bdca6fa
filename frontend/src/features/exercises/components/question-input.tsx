import { useId } from "react";
import { useTranslation } from "react-i18next";

import { ChoiceOptions } from "@/features/exercises/components/choice-options";
import { MatchingInput } from "@/features/exercises/components/matching-input";
import type { Draft } from "@/features/exercises/utils/responses";
import type { Question } from "@/lib/api-types";

interface QuestionInputProps {
  number: number;
  question: Question;
  draft: Draft | undefined;
  /** A message about this question's answer, from the browser's check or the server. */
  error: string | undefined;
  onChange: (draft: Draft) => void;
}

export function QuestionInput({ number, question, draft, error, onChange }: QuestionInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const describedBy = error ? `${id}-text ${errorId}` : `${id}-text`;
  const errorText = error ? (
    <p className="field__error" id={errorId}>
      {error}
    </p>
  ) : null;
  const heading = question.title
    ? t("exercises.questionTitled", { n: number, title: question.title })
    : t("exercises.question", { n: number });
  const text = (
    // Question text is rendered and sanitised on the server.
    <div
      className="question__text prose"
      id={`${id}-text`}
      dangerouslySetInnerHTML={{ __html: question.text_html }}
    />
  );

  if (question.type === "description") {
    return <div className="question question--description">{text}</div>;
  }
  if (["single_choice", "multiple_choice", "true_false", "matching"].includes(question.type)) {
    return (
      <fieldset className="question" aria-describedby={describedBy}>
        <legend className="question__legend">{heading}</legend>
        {text}
        {question.type === "matching" ? (
          <MatchingInput
            question={question}
            pairs={draft?.pairs ?? {}}
            onChange={(pairs) => onChange({ pairs })}
          />
        ) : (
          <ChoiceOptions question={question} draft={draft} onChange={onChange} />
        )}
        {errorText}
      </fieldset>
    );
  }

  const inputId = `${id}-input`;
  const common = {
    id: inputId,
    className: question.type === "essay" ? "input input--textarea" : "input",
    value: draft?.text ?? "",
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className="question">
      <p className="question__legend">{heading}</p>
      {text}
      <label className="field__label" htmlFor={inputId}>
        {t(question.type === "numerical" ? "exercises.numberAnswer" : "exercises.yourAnswer", {
          n: number,
        })}
      </label>
      {question.type === "essay" ? (
        <textarea {...common} rows={6} onChange={(e) => onChange({ text: e.target.value })} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={question.type === "numerical" ? "decimal" : undefined}
          autoComplete="off"
          onChange={(e) => onChange({ text: e.target.value })}
        />
      )}
      {errorText}
    </div>
  );
}
