import type { TFunction } from "i18next";

import { extensionOf, formatBytes } from "@/components/media/sizes";
import type { MediaLimits } from "@/components/media/types";

/**
 * Why a file cannot be uploaded, or null. Only a first check, to spare a teacher a long
 * upload that would be refused: the server decides by probing the content, not the name.
 */
export function uploadProblem(
  file: File,
  limits: MediaLimits,
  t: TFunction,
  language: string,
): string | null {
  const extension = extensionOf(file.name);
  const isVideo = limits.video_types.includes(extension);
  const isAudio = limits.audio_types.includes(extension);
  if (!isVideo && !isAudio) {
    return t("upload.wrongType", {
      types: [...new Set([...limits.video_types, ...limits.audio_types])].join(", "),
    });
  }
  if (file.size === 0) return t("upload.empty");
  // .webm holds either: a browser that says "audio" is believed, otherwise the video limit.
  const audio = isAudio && (!isVideo || file.type.startsWith("audio/"));
  const limit = audio ? limits.audio_max_bytes : limits.video_max_bytes;
  if (file.size <= limit) return null;
  return t(audio ? "upload.audioTooLarge" : "upload.videoTooLarge", {
    size: formatBytes(file.size, language),
    limit: formatBytes(limit, language),
  });
}
