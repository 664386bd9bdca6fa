import { useMutation, useQueryClient } from "@tanstack/react-query";

import { attemptsQueryKey } from "@/features/exercises/api/get-attempts";
import { api, unwrap } from "@/lib/api-client";
import type { Attempt, AttemptInput } from "@/lib/api-types";

/** Submit answers. The same `submission_id` sent again returns the first result, not a new attempt. */
export function submitAttempt(exerciseSetId: number, input: AttemptInput): Promise<Attempt> {
  return unwrap(
    api.POST("/api/v1/exercise-sets/{exercise_set_id}/attempts", {
      params: { path: { exercise_set_id: exerciseSetId } },
      body: input,
    }),
  );
}

export function useSubmitAttempt(exerciseSetId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AttemptInput) => submitAttempt(exerciseSetId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attemptsQueryKey(exerciseSetId) }),
  });
}
