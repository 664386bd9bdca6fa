import { useMutation, useQueryClient } from "@tanstack/react-query";

import { authoringKeys } from "@/features/authoring/api/keys";
import { request } from "@/features/authoring/api/request";

/** What a recording is kept on: a text block or a dialogue line. */
export interface RecordingTarget {
  kind: "block" | "line";
  id: number;
  lessonId: number;
}

/** The block or line as the server returns it after the change. */
interface Versioned {
  version: number;
  audio_url?: string | null;
}

function recordingPath({ kind, id }: RecordingTarget): string {
  return kind === "block"
    ? `authoring/blocks/${id}/recording`
    : `authoring/dialogue-lines/${id}/recording`;
}

/**
 * Upload or remove the teacher's own recording. Each claims the version the editor last saw
 * and answers with the next one, so the editor's later saves are not refused as stale.
 */
export function useRecording(target: RecordingTarget) {
  const queryClient = useQueryClient();
  const options = {
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: authoringKeys.lesson(target.lessonId) }),
  };
  return {
    upload: useMutation({
      mutationFn: ({ file, version }: { file: File; version: number }) => {
        const form = new FormData();
        form.append("file", file);
        form.append("version", String(version));
        return request<Versioned>("POST", recordingPath(target), { body: form });
      },
      ...options,
    }),
    remove: useMutation({
      mutationFn: (version: number) =>
        request<Versioned>("DELETE", recordingPath(target), { query: { version } }),
      ...options,
    }),
  };
}
