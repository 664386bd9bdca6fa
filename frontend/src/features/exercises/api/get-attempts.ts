import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";
import { toPage } from "@/lib/api-types";

export function attemptsQueryKey(exerciseSetId: number) {
  return ["attempts", exerciseSetId] as const;
}

export async function getAttempts(exerciseSetId: number) {
  const data = await unwrap(
    api.GET("/api/v1/exercise-sets/{exercise_set_id}/attempts", {
      params: { path: { exercise_set_id: exerciseSetId } },
    }),
  );
  return toPage(data);
}

export function useAttempts(exerciseSetId: number) {
  return useQuery({
    queryKey: attemptsQueryKey(exerciseSetId),
    queryFn: () => getAttempts(exerciseSetId),
  });
}
