import type { TFunction } from "i18next";

import type { AuthoringBlock } from "@/features/authoring/api/types";

/** "Dialogue: At the café", or the type alone for a block without a title. */
export function blockLabel(block: AuthoringBlock, t: TFunction): string {
  const type = t(`authoring.blockTypes.${block.type}`);
  return block.title ? `${type}: ${block.title}` : type;
}
