import { useMutation, useQueryClient } from "@tanstack/react-query";

import { authoringKeys } from "@/features/authoring/api/keys";
import { request } from "@/features/authoring/api/request";
import type {
  AuthoringBlock,
  AuthoringLesson,
  BlockType,
  DialogueLine,
  ExerciseSetItem,
} from "@/features/authoring/api/types";
import { moveItem } from "@/features/authoring/utils/move-item";

export interface BlockChanges {
  title?: string;
  markdown?: string;
  transcript?: string;
  media_id?: number | null;
  speech_voices?: string[];
}

/** Every block write ends by refetching its lesson, the one source of truth for the editor. */
function useLessonRefresh(lessonId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: authoringKeys.lesson(lessonId) });
}

export function useCreateBlock(lessonId: number) {
  const refresh = useLessonRefresh(lessonId);
  return useMutation({
    mutationFn: (input: { type: BlockType; title?: string }) =>
      request<AuthoringBlock>("POST", `authoring/lessons/${lessonId}/blocks`, { body: input }),
    onSuccess: refresh,
  });
}

export function useDeleteBlock(lessonId: number) {
  const queryClient = useQueryClient();
  const refresh = useLessonRefresh(lessonId);
  return useMutation({
    mutationFn: (id: number) => request<undefined>("DELETE", `authoring/blocks/${id}`),
    onSuccess: () =>
      Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: authoringKeys.trash() })]),
  });
}

export function useDuplicateBlock(lessonId: number) {
  const refresh = useLessonRefresh(lessonId);
  return useMutation({
    mutationFn: (id: number) => request<AuthoringBlock>("POST", `authoring/blocks/${id}/duplicate`),
    onSuccess: refresh,
  });
}

/** Reorder the blocks of a lesson at once; the server's order replaces it when it answers. */
export function useMoveBlock(lessonId: number) {
  const queryClient = useQueryClient();
  const key = authoringKeys.lesson(lessonId);
  return useMutation({
    mutationFn: ({ id, position }: { id: number; position: number }) =>
      request<unknown>("POST", `authoring/blocks/${id}/move`, { body: { position } }),
    onMutate: async ({ id, position }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<AuthoringLesson>(key);
      if (before) {
        queryClient.setQueryData(key, { ...before, blocks: moveItem(before.blocks, id, position) });
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export type LineInput = Pick<DialogueLine, "speaker" | "text" | "translation">;

export function useDialogueLines(lessonId: number, blockId: number) {
  const refresh = useLessonRefresh(lessonId);
  const options = { onSuccess: refresh };
  return {
    add: useMutation({
      mutationFn: (input: LineInput) =>
        request<DialogueLine>("POST", `authoring/blocks/${blockId}/lines`, { body: input }),
      ...options,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: LineInput & { id: number; version: number }) =>
        request<DialogueLine>("PATCH", `authoring/dialogue-lines/${id}`, { body }),
      ...options,
    }),
    remove: useMutation({
      mutationFn: (id: number) => request<undefined>("DELETE", `authoring/dialogue-lines/${id}`),
      ...options,
    }),
    move: useMutation({
      mutationFn: ({ id, position }: { id: number; position: number }) =>
        request<unknown>("POST", `authoring/dialogue-lines/${id}/move`, { body: { position } }),
      ...options,
    }),
  };
}

export function useExerciseSetItems(lessonId: number, exerciseSetId: number) {
  const refresh = useLessonRefresh(lessonId);
  const options = { onSuccess: refresh };
  return {
    add: useMutation({
      mutationFn: (input: { question_id: number; points?: number }) =>
        request<ExerciseSetItem>("POST", `authoring/exercise-sets/${exerciseSetId}/items`, {
          body: input,
        }),
      ...options,
    }),
    update: useMutation({
      mutationFn: ({ id, points }: { id: number; points: number }) =>
        request<ExerciseSetItem>("PATCH", `authoring/exercise-set-items/${id}`, {
          body: { points },
        }),
      ...options,
    }),
    remove: useMutation({
      mutationFn: (id: number) =>
        request<undefined>("DELETE", `authoring/exercise-set-items/${id}`),
      ...options,
    }),
    move: useMutation({
      mutationFn: ({ id, position }: { id: number; position: number }) =>
        request<unknown>("POST", `authoring/exercise-set-items/${id}/move`, {
          body: { position },
        }),
      ...options,
    }),
  };
}
