import { type SubmitEvent, useRef } from "react";
import { useTranslation } from "react-i18next";

import { QuestionInput } from "@/components/questions/question-input";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { AttemptHistory } from "@/features/exercises/components/attempt-history";
import { AttemptResult } from "@/features/exercises/components/attempt-result";
import { UnansweredNotice } from "@/features/exercises/components/unanswered-notice";
import { useExerciseAttempt } from "@/features/exercises/hooks/use-exercise-attempt";
import { questionErrors } from "@/features/exercises/utils/question-errors";
import { questionNumbers } from "@/features/exercises/utils/question-numbers";
import type { ExerciseSet } from "@/lib/api-types";

export function ExerciseSetView({ exerciseSet }: { exerciseSet: ExerciseSet }) {
  const { t } = useTranslation();
  const attempt = useExerciseAttempt(exerciseSet);
  const { drafts, setDraft, invalid, unanswered, restart, submit } = attempt;
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = `exercise-set-${exerciseSet.id}`;
  const server = questionErrors(submit.error, submit.variables);
  const numbers = questionNumbers(exerciseSet.questions);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    attempt.check();
  }

  function keepAnswering() {
    const first = unanswered[0];
    attempt.keepAnswering();
    formRef.current
      ?.querySelector<HTMLElement>(
        `[data-question="${first}"] :is(input, textarea, select, button)`,
      )
      ?.focus();
  }

  return (
    <section className="exercise-set card" aria-labelledby={titleId}>
      <h2 id={titleId}>{exerciseSet.title || t("exercises.title")}</h2>
      {submit.data ? (
        <AttemptResult
          attempt={submit.data}
          questions={exerciseSet.questions}
          drafts={drafts}
          onRestart={restart}
        />
      ) : (
        <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
          <FormErrors error={submit.error} shownFields={server.fields} />
          {exerciseSet.questions.map((question) => (
            <div key={question.id} data-question={question.id}>
              <QuestionInput
                number={numbers.get(question.id) ?? 0}
                question={question}
                draft={drafts[question.id]}
                error={
                  invalid.includes(question.id)
                    ? t("exercises.notANumber")
                    : server.byQuestion[question.id]
                }
                onChange={(draft) => setDraft(question.id, draft)}
              />
            </div>
          ))}
          {unanswered.length > 0 ? (
            <UnansweredNotice
              count={unanswered.length}
              onCheck={attempt.send}
              onKeepAnswering={keepAnswering}
            />
          ) : null}
          <Button type="submit" busy={submit.isPending}>
            {t("exercises.submit")}
          </Button>
        </form>
      )}
      <AttemptHistory exerciseSetId={exerciseSet.id} />
    </section>
  );
}
