import type { TFunction } from "i18next";

import { extensionOf, formatBytes } from "@/components/media/sizes";
import type { MediaKind, MediaLimits } from "@/components/media/types";

/** The file types a slot takes: one kind's, or both kinds' when the slot takes either. */
export function acceptedTypes(limits: MediaLimits, kind?: MediaKind): string[] {
  const video = kind === "audio" ? [] : limits.video_types;
  const audio = kind === "video" ? [] : limits.audio_types;
  return [...new Set([...video, ...audio])];
}

/**
 * Why a file cannot be uploaded, or null. Only a first check, to spare a teacher a long
 * upload that would be refused: the server decides by probing the content, not the name.
 * A slot of one kind (an audio block, a question's audio) refuses the other kind's types.
 */
export function uploadProblem(
  file: File,
  limits: MediaLimits,
  t: TFunction,
  language: string,
  kind?: MediaKind,
): string | null {
  const extension = extensionOf(file.name);
  const isVideo = kind !== "audio" && limits.video_types.includes(extension);
  const isAudio = kind !== "video" && limits.audio_types.includes(extension);
  if (!isVideo && !isAudio) {
    return t("upload.wrongType", { types: acceptedTypes(limits, kind).join(", ") });
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
