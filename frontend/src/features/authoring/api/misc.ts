import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { authoringKeys } from "@/features/authoring/api/keys";
import { request } from "@/features/authoring/api/request";
import type { Page, TrashItem, TrashKind, Voice } from "@/features/authoring/api/types";

export function useTrash() {
  return useQuery({
    queryKey: authoringKeys.trash(),
    queryFn: () =>
      request<Page<TrashItem>>("GET", "authoring/trash", { query: { page_size: 100 } }),
  });
}

export function useRestore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id }: { kind: TrashKind; id: number }) =>
      request<unknown>("POST", `authoring/trash/${kind}/${id}/restore`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authoringKeys.all }),
  });
}

export function previewMarkdown(markdown: string): Promise<{ html: string }> {
  return request<{ html: string }>("POST", "authoring/markdown/preview", { body: { markdown } });
}

export function useMarkdownPreview(markdown: string) {
  return useQuery({
    queryKey: ["authoring", "markdown", markdown],
    queryFn: () => previewMarkdown(markdown),
    enabled: markdown.trim() !== "",
    staleTime: Infinity,
    placeholderData: (previous) => previous,
  });
}

/** The eSpeak NG voices for a language (several accents where eSpeak NG has them). */
export function useVoices(language: string) {
  return useQuery({
    queryKey: authoringKeys.voices(language),
    queryFn: async () => {
      const body = await request<Voice[] | Page<Voice>>("GET", "speech/voices", {
        query: { language },
      });
      return Array.isArray(body) ? body : body.results;
    },
    enabled: language !== "",
    staleTime: Infinity,
  });
}
