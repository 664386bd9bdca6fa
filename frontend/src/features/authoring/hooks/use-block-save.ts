import { useState } from "react";

import { type BlockChanges, useUpdateBlock } from "@/features/authoring/api/blocks";
import type { AuthoringBlock } from "@/features/authoring/api/types";

/**
 * Save a block's changes against the version its editor was loaded from. Only this editor's
 * own saves advance that version, so a save after someone else's is refused (409), not merged.
 */
export function useBlockSave(block: AuthoringBlock) {
  const update = useUpdateBlock(block.lesson_id);
  const [baseVersion, setBaseVersion] = useState(block.version);

  function save(changes: BlockChanges) {
    update.mutate(
      { id: block.id, version: baseVersion, ...changes },
      { onSuccess: (saved) => setBaseVersion(saved.version) },
    );
  }

  return { save, update };
}
