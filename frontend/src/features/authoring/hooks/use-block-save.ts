import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { BlockChanges } from "@/features/authoring/api/blocks";
import { authoringKeys } from "@/features/authoring/api/keys";
import { request } from "@/features/authoring/api/request";
import type { AuthoringBlock } from "@/features/authoring/api/types";

interface BlockSpeech {
  block_id: number;
  version: number;
}

/**
 * Save a block's changes against the version its editor was loaded from. Only this editor's
 * own saves advance that version, so a save after someone else's is refused (409), not merged.
 *
 * Voices go through the speech endpoint, which also queues the generated clips; the other
 * fields through the authoring one. Each write bumps the version the next one claims.
 */
export function useBlockSave(block: AuthoringBlock) {
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(block.version);
  const [savedVoices, setSavedVoices] = useState(block.speech_voices);

  const update = useMutation({
    mutationFn: async ({ speech_voices: voices, ...changes }: BlockChanges) => {
      let version = baseVersion;
      if (Object.keys(changes).length > 0) {
        const saved = await request<AuthoringBlock>("PATCH", `authoring/blocks/${block.id}`, {
          body: { ...changes, version },
        });
        version = saved.version;
        setBaseVersion(version);
      }
      if (voices && voices.join() !== savedVoices.join()) {
        const speech = await request<BlockSpeech>("POST", `speech/blocks/${block.id}`, {
          body: { voices, version },
        });
        version = speech.version;
        setBaseVersion(version);
        setSavedVoices(voices);
      }
      return version;
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: authoringKeys.lesson(block.lesson_id) }),
  });

  return {
    save: (changes: BlockChanges) => update.mutate(changes),
    update,
    /** The version the next write claims; other writes of this block (a recording) advance it. */
    version: baseVersion,
    setVersion: setBaseVersion,
  };
}
