import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { authoringKeys } from "@/features/authoring/api/keys";
import { request } from "@/features/authoring/api/request";
import type {
  AuthoringCourseDetail,
  AuthoringLesson,
  LessonSummary,
} from "@/features/authoring/api/types";
import { moveItem } from "@/features/authoring/utils/move-item";

export function useAuthoringLesson(id: number) {
  return useQuery({
    queryKey: authoringKeys.lesson(id),
    queryFn: () => request<AuthoringLesson>("GET", `authoring/lessons/${id}`),
  });
}

/** Lesson changes show in the course editor's list: refetch the course after each. */
function useCourseRefresh(courseId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: authoringKeys.course(courseId) });
}

export function useCreateLesson(courseId: number) {
  const refresh = useCourseRefresh(courseId);
  return useMutation({
    mutationFn: (title: string) =>
      request<AuthoringLesson>("POST", `authoring/courses/${courseId}/lessons`, {
        body: { title },
      }),
    onSuccess: refresh,
  });
}

export function useRenameLesson(courseId: number) {
  const queryClient = useQueryClient();
  const refresh = useCourseRefresh(courseId);
  return useMutation({
    mutationFn: ({ id, title, version }: { id: number; title: string; version: number }) =>
      request<AuthoringLesson>("PATCH", `authoring/lessons/${id}`, { body: { title, version } }),
    onSuccess: (lesson) => {
      queryClient.setQueryData(authoringKeys.lesson(lesson.id), lesson);
      return refresh();
    },
  });
}

export function useDeleteLesson(courseId: number) {
  const queryClient = useQueryClient();
  const refresh = useCourseRefresh(courseId);
  return useMutation({
    mutationFn: (id: number) => request<undefined>("DELETE", `authoring/lessons/${id}`),
    onSuccess: () =>
      Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: authoringKeys.trash() })]),
  });
}

export function useDuplicateLesson(courseId: number) {
  const refresh = useCourseRefresh(courseId);
  return useMutation({
    mutationFn: (id: number) =>
      request<AuthoringLesson>("POST", `authoring/lessons/${id}/duplicate`),
    onSuccess: refresh,
  });
}

export function useMoveLesson(courseId: number) {
  const queryClient = useQueryClient();
  const key = authoringKeys.course(courseId);
  return useMutation({
    mutationFn: ({ id, position }: { id: number; position: number }) =>
      request<{ lessons: Pick<LessonSummary, "id" | "position">[] }>(
        "POST",
        `authoring/lessons/${id}/move`,
        { body: { position } },
      ),
    onMutate: async ({ id, position }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<AuthoringCourseDetail>(key);
      if (before) {
        queryClient.setQueryData(key, {
          ...before,
          lessons: moveItem(before.lessons, id, position),
        });
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
