import { useRef, useState } from "react";

import type { Draft } from "@/components/questions/draft";
import { useSubmitAttempt } from "@/features/exercises/api/submit-attempt";
import { invalidQuestionIds, toResponse } from "@/features/exercises/utils/responses";
import type { ExerciseSet } from "@/lib/api-types";
import { randomUuid } from "@/lib/uuid";

/**
 * Answers of one attempt and their submission. The submission id is made once per attempt and
 * sent again on every retry (double click, resend after a timeout), so the server counts the
 * attempt once; only "Try again" starts a new attempt with a new id.
 */
export function useExerciseAttempt(exerciseSet: ExerciseSet) {
  const submit = useSubmitAttempt(exerciseSet.id);
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [invalid, setInvalid] = useState<number[]>([]);
  const submissionId = useRef<string | null>(null);
  const inFlight = useRef(false);

  function setDraft(questionId: number, draft: Draft) {
    setDrafts((current) => ({ ...current, [questionId]: { ...current[questionId], ...draft } }));
  }

  function send() {
    if (inFlight.current || submit.isSuccess) return;
    const wrong = invalidQuestionIds(exerciseSet.questions, drafts);
    setInvalid(wrong);
    if (wrong.length > 0) return;

    submissionId.current ??= randomUuid();
    const answers = exerciseSet.questions.flatMap((question) => {
      const response = toResponse(question, drafts[question.id]);
      return response ? [{ question_id: question.id, response }] : [];
    });
    inFlight.current = true;
    submit.mutate(
      { submission_id: submissionId.current, answers },
      {
        onSettled: () => {
          inFlight.current = false;
        },
      },
    );
  }

  function restart() {
    submissionId.current = null;
    setDrafts({});
    setInvalid([]);
    submit.reset();
  }

  return { drafts, setDraft, invalid, send, restart, submit };
}
