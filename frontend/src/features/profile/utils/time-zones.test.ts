import { selectableTimeZones, timeZoneLabel } from "@/features/profile/utils/time-zones";

test("keeps Area/City zones and UTC, drops legacy and Etc ids, keeps the current value", () => {
  const zones = ["Asia/Kolkata", "Etc/GMT+3", "Europe/Moscow", "UTC", "US/Eastern", "W-SU"];

  expect(selectableTimeZones(zones, "Europe/Moscow")).toEqual([
    "Asia/Kolkata",
    "Europe/Moscow",
    "UTC",
  ]);
  expect(selectableTimeZones(zones, "W-SU")).toEqual([
    "W-SU",
    "Asia/Kolkata",
    "Europe/Moscow",
    "UTC",
  ]);
});

test.each([
  ["Europe/Moscow", "Europe/Moscow (GMT+3)"],
  ["America/New_York", "America/New York (GMT-5)"],
  ["UTC", "UTC"],
  ["Not/AZone", "Not/AZone"],
])("labels %s as %s", (zone, label) => {
  expect(timeZoneLabel(zone, "en", new Date("2026-01-15T12:00:00Z"))).toBe(label);
});
