import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";

export function attemptsQueryKey(exerciseSetId: number) {
  return ["attempts", exerciseSetId] as const;
}

export function getAttempts(exerciseSetId: number) {
  return unwrap(
    api.GET("/api/v1/exercise-sets/{exercise_set_id}/attempts", {
      params: { path: { exercise_set_id: exerciseSetId } },
    }),
  );
}

export function useAttempts(exerciseSetId: number) {
  return useQuery({
    queryKey: attemptsQueryKey(exerciseSetId),
    queryFn: () => getAttempts(exerciseSetId),
  });
}
