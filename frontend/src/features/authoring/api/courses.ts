import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { authoringKeys } from "@/features/authoring/api/keys";
import { request } from "@/features/authoring/api/request";
import type {
  Author,
  AuthoringCourse,
  AuthoringCourseDetail,
  CourseInput,
  Page,
} from "@/features/authoring/api/types";

const LIST_SIZE = 100;

export function useAuthoringCourses() {
  return useQuery({
    queryKey: authoringKeys.courses(),
    queryFn: () =>
      request<Page<AuthoringCourse>>("GET", "authoring/courses", {
        query: { page_size: LIST_SIZE },
      }),
  });
}

export function useAuthoringCourse(id: number) {
  return useQuery({
    queryKey: authoringKeys.course(id),
    queryFn: () => request<AuthoringCourseDetail>("GET", `authoring/courses/${id}`),
  });
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CourseInput>) =>
      request<AuthoringCourseDetail>("POST", "authoring/courses", { body: input }),
    onSuccess: (course) => {
      queryClient.setQueryData(authoringKeys.course(course.id), course);
      return queryClient.invalidateQueries({ queryKey: authoringKeys.courses() });
    },
  });
}

/** Save the settings; the server refuses with 409 version_conflict if someone saved first. */
export function useUpdateCourse(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CourseInput> & { version: number }) =>
      request<AuthoringCourseDetail>("PATCH", `authoring/courses/${id}`, { body: input }),
    onSuccess: (course) => {
      queryClient.setQueryData(authoringKeys.course(id), course);
      return queryClient.invalidateQueries({ queryKey: authoringKeys.courses() });
    },
  });
}

export function usePublishCourse(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ publish, version }: { publish: boolean; version: number }) =>
      request<AuthoringCourseDetail>(
        "POST",
        `authoring/courses/${id}/${publish ? "publish" : "unpublish"}`,
        { body: { version } },
      ),
    onSuccess: (course) => {
      queryClient.setQueryData(authoringKeys.course(id), course);
      return queryClient.invalidateQueries({ queryKey: authoringKeys.courses() });
    },
  });
}

export function useDeleteCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => request<undefined>("DELETE", `authoring/courses/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authoringKeys.all }),
  });
}

export function useDuplicateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      request<AuthoringCourseDetail>("POST", `authoring/courses/${id}/duplicate`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authoringKeys.courses() }),
  });
}

/** Move a course in the teacher's own list; the list is reordered at once and then refetched. */
export function useMoveCourse() {
  const queryClient = useQueryClient();
  const key = authoringKeys.courses();
  return useMutation({
    mutationFn: ({ id, position }: { id: number; position: number }) =>
      request<unknown>("POST", `authoring/courses/${id}/move`, { body: { position } }),
    onMutate: async ({ id, position }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Page<AuthoringCourse>>(key);
      if (before) {
        const results = before.results.filter((course) => course.id !== id);
        const moved = before.results.find((course) => course.id === id);
        if (moved) results.splice(position, 0, moved);
        queryClient.setQueryData(key, { ...before, results });
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useAddAuthor(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      request<Author>("POST", `authoring/courses/${id}/authors`, {
        body: { email, role: "coauthor" },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: authoringKeys.course(id) }),
        queryClient.invalidateQueries({ queryKey: authoringKeys.courses() }),
      ]),
  });
}

export function useRemoveAuthor(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) =>
      request<undefined>("DELETE", `authoring/courses/${id}/authors/${userId}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: authoringKeys.course(id) }),
        queryClient.invalidateQueries({ queryKey: authoringKeys.courses() }),
      ]),
  });
}
