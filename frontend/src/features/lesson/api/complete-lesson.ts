import { useMutation, useQueryClient } from "@tanstack/react-query";

import { lessonQueryKey } from "@/features/lesson/api/get-lesson";
import { api, unwrap } from "@/lib/api-client";

export function completeLesson(id: number) {
  return unwrap(
    api.POST("/api/v1/lessons/{lesson_id}/completion", { params: { path: { lesson_id: id } } }),
  );
}

export function useCompleteLesson(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => completeLesson(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: lessonQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: ["course"] });
    },
  });
}
