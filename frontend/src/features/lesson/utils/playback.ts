/** Playback speeds from 0.5× to 2× in steps of 0.05. */
export const SPEEDS: readonly number[] = Array.from(
  { length: 31 },
  (_, index) => Math.round((0.5 + index * 0.05) * 100) / 100,
);

export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "0:00";
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** Set the speed without the chipmunk effect: pitch stays as recorded. */
export function applySpeed(audio: HTMLAudioElement, rate: number): void {
  audio.preservesPitch = true;
  audio.playbackRate = rate;
}
