import "@/features/exercises/components/exercises.css";

import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";

interface UnansweredNoticeProps {
  count: number;
  onCheck: () => void;
  onKeepAnswering: () => void;
}

/**
 * Asks before grading a set with questions left unanswered. It takes the focus when it shows,
 * so a screen reader reads the question out and the keyboard is at its two answers.
 */
export function UnansweredNotice({ count, onCheck, onKeepAnswering }: UnansweredNoticeProps) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [count]);

  return (
    <div
      ref={ref}
      className="alert alert--info unanswered-notice"
      role="group"
      aria-labelledby={id}
      tabIndex={-1}
    >
      <p id={id} className="alert__title">
        {t("exercises.unanswered.message", { count })}
      </p>
      <div className="unanswered-notice__actions">
        <Button onClick={onCheck}>{t("exercises.unanswered.check")}</Button>
        <Button variant="secondary" onClick={onKeepAnswering}>
          {t("exercises.unanswered.keepAnswering")}
        </Button>
      </div>
    </div>
  );
}
