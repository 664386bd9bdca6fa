import { useQuery } from "@tanstack/react-query";

import { authoringKeys } from "@/features/authoring/api/keys";
import { request } from "@/features/authoring/api/request";
import type { components } from "@/types/api.gen";

export type BlockSpeech = components["schemas"]["BlockSpeech"];

/** How often the states are asked again while a clip is still being made. */
export const SPEECH_POLL_MS = 2000;

function pending(speech: BlockSpeech | undefined): boolean {
  return (speech?.items ?? []).some((item) =>
    item.clips.some((clip) => clip.status === "queued" || clip.status === "processing"),
  );
}

/**
 * The state of each generated clip of a text or dialogue block. Kept under its lesson's key,
 * so every save of the block or its lines (which queues new clips) asks for it again; polled
 * while a clip is queued or being made.
 */
export function useBlockSpeech(lessonId: number, blockId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...authoringKeys.lesson(lessonId), "speech", blockId],
    queryFn: () => request<BlockSpeech>("GET", `speech/blocks/${blockId}`),
    enabled,
    refetchInterval: (query) => (pending(query.state.data) ? SPEECH_POLL_MS : false),
  });
}
