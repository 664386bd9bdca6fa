const AREAS = new Set([
  "Africa",
  "America",
  "Antarctica",
  "Arctic",
  "Asia",
  "Atlantic",
  "Australia",
  "Europe",
  "Indian",
  "Pacific",
]);

/**
 * The zones a person picks from: "Area/City" ids and UTC. Legacy ids ("W-SU", "US/Eastern")
 * and "Etc/GMT+3" (whose sign is the opposite of what it says to most people) are left out;
 * the current value is always kept, so a saved choice still shows.
 */
export function selectableTimeZones(zones: string[], current: string): string[] {
  const kept = zones.filter((zone) => zone === "UTC" || AREAS.has(zone.split("/")[0] ?? ""));
  return kept.includes(current) || !current ? kept : [current, ...kept];
}

/** "Europe/Moscow (GMT+3)": the id people search by, with its offset now. */
export function timeZoneLabel(zone: string, locale: string, now = new Date()): string {
  const name = zone.replaceAll("_", " ");
  if (zone === "UTC") return name;
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      timeZoneName: "shortOffset",
    }).formatToParts(now);
    const offset = parts.find((part) => part.type === "timeZoneName")?.value;
    return offset ? `${name} (${offset})` : name;
  } catch {
    // A zone this browser does not know: the name alone.
    return name;
  }
}
