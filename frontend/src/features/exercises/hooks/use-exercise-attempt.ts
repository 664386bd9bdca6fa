import { useRef, useState } from "react";

import type { Draft } from "@/components/questions/draft";
import { useSubmitAttempt } from "@/features/exercises/api/submit-attempt";
import {
  invalidQuestionIds,
  toResponse,
  unansweredQuestionIds,
} from "@/features/exercises/utils/responses";
import type { ExerciseSet } from "@/lib/api-types";
import { randomUuid } from "@/lib/uuid";

/**
 * Answers of one attempt and their submission. The submission id is made once per attempt and
 * sent again on every retry (double click, resend after a timeout), so the server counts the
 * attempt once; only "Try again" starts a new attempt with a new id. `check` asks first when
 * questions are left unanswered (their ids in `unanswered`); `send` grades as things stand.
 */
export function useExerciseAttempt(exerciseSet: ExerciseSet) {
  const submit = useSubmitAttempt(exerciseSet.id);
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [invalid, setInvalid] = useState<number[]>([]);
  const [unanswered, setUnanswered] = useState<number[]>([]);
  const submissionId = useRef<string | null>(null);
  const inFlight = useRef(false);

  function setDraft(questionId: number, draft: Draft) {
    setDrafts((current) => ({ ...current, [questionId]: { ...current[questionId], ...draft } }));
  }

  /** Whether the entries can be sent as typed; marks those that cannot. */
  function valid(): boolean {
    const wrong = invalidQuestionIds(exerciseSet.questions, drafts);
    setInvalid(wrong);
    return wrong.length === 0;
  }

  function check() {
    if (inFlight.current || submit.isSuccess || !valid()) return;
    const missing = unansweredQuestionIds(exerciseSet.questions, drafts);
    if (missing.length > 0) setUnanswered(missing);
    else send();
  }

  function send() {
    setUnanswered([]);
    if (inFlight.current || submit.isSuccess || !valid()) return;

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
    setUnanswered([]);
    submit.reset();
  }

  function keepAnswering() {
    setUnanswered([]);
  }

  return { drafts, setDraft, invalid, unanswered, check, send, keepAnswering, restart, submit };
}
