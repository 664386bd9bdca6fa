import { useId } from "react";
import { useTranslation } from "react-i18next";

import { GapWordBank } from "@/components/questions/gap-word-bank";
import { gapIds, type QuestionContent } from "@/components/questions/question-types";

interface GapFillInputProps {
  question: QuestionContent;
  number: number;
  gaps: Record<string, string>;
  onChange: (gaps: Record<string, string>) => void;
}

/** A text with blanks: typed into, or filled from a word bank (drag, or pick then place). */
export function GapFillInput({ question, number, gaps, onChange }: GapFillInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const order = gapIds(question);
  const count = order.length;

  if (question.mode === "drag") {
    return <GapWordBank question={question} number={number} gaps={gaps} onChange={onChange} />;
  }
  return (
    <p className="gap-text">
      {(question.segments ?? []).map((segment, index) =>
        segment.type === "text" ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <input
            key={segment.id}
            id={`${id}-${segment.id}`}
            className="input gap-text__input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-label={t("exercises.gaps.gap", {
              n: order.indexOf(segment.id) + 1,
              count,
              question: number,
            })}
            value={gaps[segment.id] ?? ""}
            onChange={(event) => onChange({ ...gaps, [segment.id]: event.target.value })}
          />
        ),
      )}
    </p>
  );
}
