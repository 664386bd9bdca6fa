import { useMutation, useQueryClient } from "@tanstack/react-query";

import { courseQueryKey } from "@/features/catalog/api/get-course";
import { api, unwrap } from "@/lib/api-client";

export function enroll(id: number) {
  return unwrap(
    api.POST("/api/v1/courses/{course_id}/enrollment", { params: { path: { course_id: id } } }),
  );
}

export function leave(id: number) {
  return unwrap(
    api.DELETE("/api/v1/courses/{course_id}/enrollment", { params: { path: { course_id: id } } }),
  );
}

export function useEnrollment(id: number) {
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: courseQueryKey(id) });
    await queryClient.invalidateQueries({ queryKey: ["courses"] });
  };
  return {
    enroll: useMutation({ mutationFn: () => enroll(id), onSuccess }),
    leave: useMutation({ mutationFn: () => leave(id), onSuccess }),
  };
}
