import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";

import { QuestionInput } from "@/components/questions/question-input";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { AttemptHistory } from "@/features/exercises/components/attempt-history";
import { AttemptResult } from "@/features/exercises/components/attempt-result";
import { useExerciseAttempt } from "@/features/exercises/hooks/use-exercise-attempt";
import { questionErrors } from "@/features/exercises/utils/question-errors";
import { questionNumbers } from "@/features/exercises/utils/question-numbers";
import type { ExerciseSet } from "@/lib/api-types";

export function ExerciseSetView({ exerciseSet }: { exerciseSet: ExerciseSet }) {
  const { t } = useTranslation();
  const { drafts, setDraft, invalid, send, restart, submit } = useExerciseAttempt(exerciseSet);
  const titleId = `exercise-set-${exerciseSet.id}`;
  const server = questionErrors(submit.error, submit.variables);
  const numbers = questionNumbers(exerciseSet.questions);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    send();
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
        <form className="form" onSubmit={handleSubmit} noValidate>
          <FormErrors error={submit.error} shownFields={server.fields} />
          {exerciseSet.questions.map((question) => (
            <QuestionInput
              key={question.id}
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
          ))}
          <Button type="submit" busy={submit.isPending}>
            {t("exercises.submit")}
          </Button>
        </form>
      )}
      <AttemptHistory exerciseSetId={exerciseSet.id} />
    </section>
  );
}
