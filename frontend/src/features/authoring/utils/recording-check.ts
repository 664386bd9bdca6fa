import type { TFunction } from "i18next";

import { extensionOf, formatBytes } from "@/components/media/sizes";
import type { MediaLimits } from "@/components/media/types";

/**
 * Why a file cannot be a recording, or null. Only a first check, to spare a long upload:
 * the server decides by probing the content (a video renamed .mp3 is still refused there).
 */
export function recordingProblem(
  file: File,
  limits: MediaLimits,
  t: TFunction,
  language: string,
): string | null {
  if (!limits.audio_types.includes(extensionOf(file.name))) {
    return t("authoring.recording.wrongType", { types: limits.audio_types.join(", ") });
  }
  if (file.size === 0) return t("upload.empty");
  if (file.size <= limits.audio_max_bytes) return null;
  return t("upload.audioTooLarge", {
    size: formatBytes(file.size, language),
    limit: formatBytes(limits.audio_max_bytes, language),
  });
}
