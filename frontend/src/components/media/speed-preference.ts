import { clampSpeed } from "@/components/media/playback";

const STORAGE_KEY = "glossa.playbackSpeed";

/** The learner's last chosen speed (every player starts at it), 1× when none is stored. */
export function readSpeed(): number {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === null ? 1 : clampSpeed(Number(stored));
  } catch {
    // Storage can be disabled (private mode, strict settings): start at normal speed.
    return 1;
  }
}

export function rememberSpeed(rate: number): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(rate));
  } catch {
    // Not remembering a preference is harmless.
  }
}
