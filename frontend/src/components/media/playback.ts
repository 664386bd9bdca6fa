import type { Cue, TimedCue } from "@/components/media/types";

/** Playback speeds from 0.5× to 2× in steps of 0.05. */
export const SPEEDS: readonly number[] = Array.from(
  { length: 31 },
  (_, index) => Math.round((0.5 + index * 0.05) * 100) / 100,
);

export const MIN_SPEED = 0.5;
export const MAX_SPEED = 2;

/** The nearest offered speed, so a stored or stepped value always matches an option. */
export function clampSpeed(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  const bounded = Math.min(MAX_SPEED, Math.max(MIN_SPEED, rate));
  return Math.round(bounded * 20) / 20;
}

/** "1:05", or "1:02:03" past an hour. */
export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "0:00";
  const whole = Math.floor(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** Set the speed without the chipmunk effect: pitch stays as recorded. */
export function applySpeed(media: HTMLMediaElement, rate: number): void {
  media.preservesPitch = true;
  media.playbackRate = rate;
}

/** The cues a player can use: timed ones, in time order. */
export function timedCues(cues: readonly Cue[]): TimedCue[] {
  return cues
    .filter((cue): cue is TimedCue => cue.start !== null && cue.end !== null)
    .sort((a, b) => a.start - b.start);
}

/** Index of the cue playing at `seconds`, or -1 between cues. */
export function cueIndexAt(cues: readonly TimedCue[], seconds: number): number {
  const ms = seconds * 1000;
  // Overlapping cues: the latest that has started wins, as a reader expects.
  for (let index = cues.length - 1; index >= 0; index -= 1) {
    const cue = cues[index];
    if (cue && cue.start <= ms && ms < cue.end) return index;
  }
  return -1;
}

/** The sentence to repeat: the one playing, else the last one that has started. */
export function cueToRepeat(cues: readonly TimedCue[], seconds: number): TimedCue | undefined {
  const playing = cues[cueIndexAt(cues, seconds)];
  if (playing) return playing;
  const ms = seconds * 1000;
  return cues.filter((cue) => cue.start <= ms).at(-1);
}

/** The translation shown with a cue: the translated cue covering its middle. */
export function translationFor(cue: TimedCue, translation: readonly TimedCue[]): string | null {
  const middle = (cue.start + cue.end) / 2;
  return translation.find((item) => item.start <= middle && middle < item.end)?.text ?? null;
}
