import "@/features/exercises/components/exercises.css";

import { useId } from "react";
import { useTranslation } from "react-i18next";

import {
  type LearnerQuestion,
  resultExtras,
  type WordResult,
} from "@/components/questions/question-types";
import type { QuestionResult } from "@/lib/api-types";

/** Word by word for a dictation, gap by gap for a gap fill: where exactly the answer went wrong. */
export function ResultDetails({
  item,
  question,
}: {
  item: QuestionResult;
  question?: LearnerQuestion;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { words, gaps } = resultExtras(item);

  if (words && words.length > 0) {
    return (
      <div className="result__words">
        <p id={id}>{t("exercises.dictation.byWord")}</p>
        <ol className="dictation-words" aria-labelledby={id}>
          {words.map((word, index) => (
            <li
              key={index}
              className={`dictation-words__word dictation-words__word--${word.status}`}
            >
              <WordText word={word} />
            </li>
          ))}
        </ol>
      </div>
    );
  }
  if (gaps && Object.keys(gaps).length > 0) {
    const order = (question?.segments ?? []).flatMap((s) => (s.type === "gap" ? [s.id] : []));
    const ids = order.length > 0 ? order.filter((id) => id in gaps) : Object.keys(gaps);
    return (
      <ol className="result__gaps">
        {ids.map((id, index) => (
          <li key={id} className={`result__gap result__gap--${gaps[id] ?? "incorrect"}`}>
            {t("exercises.gaps.result", {
              n: index + 1,
              status: t(`exercises.status.${gaps[id] ?? "incorrect"}`),
            })}
          </li>
        ))}
      </ol>
    );
  }
  return null;
}

/** A word with its verdict in words, not only in colour. */
function WordText({ word }: { word: WordResult }) {
  const { t } = useTranslation();
  switch (word.status) {
    case "correct":
      return <>{word.expected}</>;
    case "wrong":
      return (
        <>
          <del>{word.given}</del> <ins>{word.expected}</ins>{" "}
          <span className="dictation-words__status">{t("exercises.dictation.wrong")}</span>
        </>
      );
    case "missing":
      return (
        <>
          <ins>{word.expected}</ins>{" "}
          <span className="dictation-words__status">{t("exercises.dictation.missing")}</span>
        </>
      );
    case "extra":
      return (
        <>
          <del>{word.given}</del>{" "}
          <span className="dictation-words__status">{t("exercises.dictation.extra")}</span>
        </>
      );
  }
}
