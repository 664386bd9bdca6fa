import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import type { Draft } from "@/components/questions/draft";
import { Button } from "@/components/ui/button";
import { ResultDetails } from "@/features/exercises/components/result-details";
import { answerText } from "@/features/exercises/utils/answer-text";
import { questionNumbers } from "@/features/exercises/utils/question-numbers";
import type { Attempt, Question } from "@/lib/api-types";
import { plainText } from "@/lib/plain-text";

interface AttemptResultProps {
  attempt: Attempt;
  questions: Question[];
  /** What the learner entered, shown next to the expected answer. */
  drafts: Record<number, Draft>;
  onRestart: () => void;
}

export function AttemptResult({ attempt, questions, drafts, onRestart }: AttemptResultProps) {
  const { t, i18n } = useTranslation();
  // "2,5 из 4" in Russian, "2.5 of 4" in English.
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const formatPoints = (value: number) => number.format(value);
  // A description is text to read, not a question: it gets no result line.
  const graded = attempt.questions.filter((item) => item.type !== "description");
  const heading = useRef<HTMLHeadingElement>(null);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const numbers = questionNumbers(questions);

  // Bring the result into view and to the screen reader as soon as it arrives.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="result">
      <h3 ref={heading} tabIndex={-1} className="result__score">
        {t("exercises.score", {
          score: formatPoints(attempt.score),
          max: formatPoints(attempt.max_score),
          percent: Math.round(attempt.percent),
        })}
      </h3>
      <ol className="result__list">
        {graded.map((item) => {
          const entry = byId.get(item.question_id);
          const given = entry ? answerText(entry, drafts[item.question_id], t) : null;
          return (
            <li key={item.question_id} className={`result__item result__item--${item.status}`}>
              <p className="result__title">
                {entry?.title || t("exercises.question", { n: numbers.get(item.question_id) ?? 0 })}
                {" — "}
                <strong>{t(`exercises.status.${item.status}`)}</strong>{" "}
                {/* An essay waiting for its teacher has no points yet, not zero points. */}
                {item.status === "pending" ? null : (
                  <span className="muted">
                    {t("exercises.points", {
                      points: formatPoints(item.points),
                      max: formatPoints(item.max_points),
                    })}
                  </span>
                )}
              </p>
              <p>
                {t("exercises.givenAnswer")}{" "}
                <span className="result__given">{given ?? t("exercises.noAnswer")}</span>
              </p>
              <ResultDetails item={item} question={entry} />
              {item.expected ? (
                <p>
                  {t("exercises.expected")}{" "}
                  <span className="result__expected">{plainText(item.expected)}</span>
                </p>
              ) : null}
              {item.feedback_html ? (
                // Sanitised on the server (glossa.common.richtext), so the author's formatting stays.
                <div
                  className="result__feedback prose"
                  dangerouslySetInnerHTML={{ __html: item.feedback_html }}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button onClick={onRestart}>{t("exercises.tryAgain")}</Button>
    </div>
  );
}
