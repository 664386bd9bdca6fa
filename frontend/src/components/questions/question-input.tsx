import "@/components/questions/questions.css";

import { useId } from "react";
import { useTranslation } from "react-i18next";

import { ChoiceOptions } from "@/components/questions/choice-options";
import type { Draft } from "@/components/questions/draft";
import { GapFillInput } from "@/components/questions/gap-fill-input";
import { ListeningAudio } from "@/components/questions/listening-audio";
import { MatchingInput } from "@/components/questions/matching-input";
import { OrderingInput } from "@/components/questions/ordering-input";
import type { QuestionContent } from "@/components/questions/question-types";

interface QuestionInputProps {
  number: number;
  question: QuestionContent;
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
  const grouped = ["single_choice", "multiple_choice", "true_false", "matching"];
  if ([...grouped, "listening_choice", "ordering", "gap_fill"].includes(question.type)) {
    return (
      <fieldset className="question" aria-describedby={describedBy}>
        <legend className="question__legend">{heading}</legend>
        {text}
        {question.type === "listening_choice" ? (
          <ListeningAudio media={question.media} number={number} />
        ) : null}
        {question.type === "ordering" ? (
          <OrderingInput
            items={question.items ?? []}
            order={draft?.order}
            onChange={(order) => onChange({ order })}
          />
        ) : question.type === "gap_fill" ? (
          <GapFillInput
            question={question}
            number={number}
            gaps={draft?.gaps ?? {}}
            onChange={(gaps) => onChange({ gaps })}
          />
        ) : question.type === "matching" ? (
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
  const long = question.type === "essay" || question.type === "dictation";
  const common = {
    id: inputId,
    className: long ? "input input--textarea" : "input",
    value: draft?.text ?? "",
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className="question">
      <p className="question__legend">{heading}</p>
      {text}
      {question.type === "dictation" ? (
        <ListeningAudio media={question.media} number={number} />
      ) : null}
      <label className="field__label" htmlFor={inputId}>
        {t(answerLabel(question.type), { n: number })}
      </label>
      {long ? (
        <textarea
          {...common}
          rows={question.type === "dictation" ? 4 : 6}
          // A dictation is checked word by word: the browser must not "fix" the spelling.
          spellCheck={question.type === "dictation" ? false : undefined}
          onChange={(e) => onChange({ text: e.target.value })}
        />
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

function answerLabel(type: string): string {
  if (type === "numerical") return "exercises.numberAnswer";
  return type === "dictation" ? "exercises.dictationAnswer" : "exercises.yourAnswer";
}
