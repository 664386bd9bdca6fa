import type { TFunction } from "i18next";

import type { PlayerVariant, SpeechClip } from "@/components/media/types";

function audioType(url: string): string {
  if (url.endsWith(".ogg") || url.endsWith(".opus")) return "audio/ogg";
  if (url.endsWith(".mp3")) return "audio/mpeg";
  if (url.endsWith(".m4a")) return "audio/mp4";
  return url.endsWith(".webm") ? "audio/webm" : "audio/wav";
}

/**
 * What a learner may listen to for one text: the teacher's recording first (human speech is
 * preferred wherever it exists), then each generated accent, its slow version after it.
 */
export function speechVariants(
  recordingUrl: string | null | undefined,
  clips: readonly SpeechClip[],
  t: TFunction,
): PlayerVariant[] {
  const variants: PlayerVariant[] = [];
  if (recordingUrl) {
    variants.push({
      id: "recording",
      label: t("player.recording"),
      sources: [{ url: recordingUrl, type: audioType(recordingUrl), label: "" }],
    });
  }
  const ordered = [...clips].sort(
    (a, b) =>
      clips.findIndex((clip) => clip.voice === a.voice) -
        clips.findIndex((clip) => clip.voice === b.voice) ||
      Number(a.speed === "slow") - Number(b.speed === "slow"),
  );
  for (const clip of ordered) {
    variants.push({
      id: `${clip.voice}:${clip.speed}`,
      label: clip.speed === "slow" ? t("player.slowVoice", { voice: clip.label }) : clip.label,
      sources: [{ url: clip.url, type: audioType(clip.url), label: clip.label }],
    });
  }
  return variants;
}
