/** "1:02.500" (or "1:02:03.250" past an hour) for a time in milliseconds. */
export function formatTimecode(ms: number | null): string {
  if (ms === null) return "";
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = String(Math.floor((total % 60_000) / 1000)).padStart(2, "0");
  const millis = String(total % 1000).padStart(3, "0");
  const rest = `${seconds}.${millis}`;
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/**
 * Milliseconds for a typed time: "1:02.5", "01:02.500", "1:02:03", "62.5" (seconds), with a
 * comma as SRT writes it ("00:01:02,500"); null for anything else.
 */
export function parseTimecode(text: string): number | null {
  const match = /^\s*(?:(\d+):)?(?:(\d{1,2}):)?(\d+(?:[.,]\d{1,3})?)\s*$/.exec(text);
  if (!match) return null;
  const [, first, second, secondsText = "0"] = match;
  const hours = first !== undefined && second !== undefined ? Number(first) : 0;
  const minutes = second !== undefined ? Number(second) : first !== undefined ? Number(first) : 0;
  const seconds = Number(secondsText.replace(",", "."));
  if ((first !== undefined || second !== undefined) && seconds >= 60) return null;
  if (second !== undefined && minutes >= 60) return null;
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}
