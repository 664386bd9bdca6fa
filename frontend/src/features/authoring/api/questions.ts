import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { authoringKeys } from "@/features/authoring/api/keys";
import { download, request } from "@/features/authoring/api/request";
import type {
  AuthoringQuestion,
  Page,
  QuestionBank,
  QuestionInput,
  QuestionPreview,
} from "@/features/authoring/api/types";

export function useQuestionBanks() {
  return useQuery({
    queryKey: authoringKeys.banks(),
    queryFn: () =>
      request<Page<QuestionBank>>("GET", "question-banks", { query: { page_size: 100 } }),
  });
}

export function useQuestionBank(id: number) {
  return useQuery({
    queryKey: [...authoringKeys.banks(), id],
    queryFn: () => request<QuestionBank>("GET", `question-banks/${id}`),
  });
}

export function useCreateBank() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      request<QuestionBank>("POST", "question-banks", { body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authoringKeys.banks() }),
  });
}

export function useRenameBank() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: number; name: string }) =>
      request<QuestionBank>("PATCH", `question-banks/${id}`, { body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authoringKeys.banks() }),
  });
}

export function useDeleteBank() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => request<undefined>("DELETE", `question-banks/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authoringKeys.banks() }),
  });
}

export function useBankQuestions(bankId: number | null) {
  return useQuery({
    queryKey: authoringKeys.questions(bankId ?? 0),
    queryFn: () =>
      request<Page<AuthoringQuestion>>("GET", `question-banks/${bankId ?? 0}/questions`, {
        query: { page_size: 100 },
      }),
    enabled: bankId !== null,
  });
}

export function useQuestion(id: number) {
  return useQuery({
    queryKey: authoringKeys.question(id),
    queryFn: () => request<AuthoringQuestion>("GET", `questions/${id}`),
    enabled: id > 0,
  });
}

export function useCreateQuestion(bankId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionInput) =>
      request<AuthoringQuestion>("POST", `question-banks/${bankId}/questions`, { body: input }),
    onSuccess: (question) => {
      queryClient.setQueryData(authoringKeys.question(question.id), question);
      return queryClient.invalidateQueries({ queryKey: authoringKeys.banks() });
    },
  });
}

export function useUpdateQuestion(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionInput & { version: number }) =>
      request<AuthoringQuestion>("PATCH", `questions/${id}`, { body: input }),
    onSuccess: (question) => {
      queryClient.setQueryData(authoringKeys.question(id), question);
      return queryClient.invalidateQueries({ queryKey: ["authoring", "bank"] });
    },
  });
}

export function useDeleteQuestion(bankId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => request<undefined>("DELETE", `questions/${id}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: authoringKeys.questions(bankId) }),
        queryClient.invalidateQueries({ queryKey: authoringKeys.banks() }),
      ]),
  });
}

/** The question as a learner sees it, for the version the author last saved. */
export function useQuestionPreview(id: number, version: number) {
  return useQuery({
    queryKey: authoringKeys.preview(id, version),
    queryFn: () => request<QuestionPreview>("GET", `questions/${id}/preview`),
    enabled: id > 0,
  });
}

export type ExportFormat = "gift" | "moodlexml";

export function useExportBank() {
  return useMutation({
    mutationFn: ({ bank, format }: { bank: QuestionBank; format: ExportFormat }) =>
      download(
        `question-banks/${bank.id}/export`,
        { format },
        `${bank.name}.${format === "gift" ? "gift" : "xml"}`,
      ),
  });
}
