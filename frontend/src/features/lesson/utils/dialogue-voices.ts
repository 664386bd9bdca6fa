import type { TFunction } from "i18next";

import type { PlayerVariant } from "@/components/media/types";
import type { LessonLine } from "@/features/lesson/utils/blocks";

const RECORDING = "recording";

function clipId(clip: { voice: string; speed: string }): string {
  return `${clip.voice}:${clip.speed}`;
}

/**
 * The voices a dialogue can be heard in: the teacher's recordings first when any line has
 * one, then each generated accent (and its slow version) in the order the server gives.
 */
export function dialogueVoices(lines: readonly LessonLine[], t: TFunction): PlayerVariant[] {
  const voices: PlayerVariant[] = [];
  if (lines.some((line) => line.audio_url)) {
    voices.push({ id: RECORDING, label: t("player.recording"), sources: [] });
  }
  for (const clip of lines.flatMap((line) => line.speech ?? [])) {
    if (voices.some((voice) => voice.id === clipId(clip))) continue;
    const label = clip.speed === "slow" ? t("player.slowVoice", { voice: clip.label }) : clip.label;
    voices.push({ id: clipId(clip), label, sources: [] });
  }
  return voices;
}

/**
 * The audio of a line in the chosen voice. A line without it falls back to its recording,
 * then to any generated voice, so every line that can be heard has a play button.
 */
export function lineAudioUrl(line: LessonLine, voice: string): string | null {
  const clips = line.speech ?? [];
  const chosen =
    voice === RECORDING ? line.audio_url : clips.find((clip) => clipId(clip) === voice)?.url;
  return chosen || line.audio_url || clips[0]?.url || null;
}
