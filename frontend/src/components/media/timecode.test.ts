import { formatTimecode, parseTimecode } from "@/components/media/timecode";

test.each([
  ["1:02.5", 62_500],
  ["01:02.500", 62_500],
  ["0:00.000", 0],
  ["1:02:03", 3_723_000],
  ["00:01:02,500", 62_500],
  ["62.5", 62_500],
  [" 3 ", 3000],
])("reads %j as %d ms", (text, ms) => {
  expect(parseTimecode(text)).toBe(ms);
});

test.each(["", "abc", "1:75", "1:60:00", "-1", "1.2.3"])("refuses %j", (text) => {
  expect(parseTimecode(text)).toBeNull();
});

test.each<[number | null, string]>([
  [62_500, "1:02.500"],
  [0, "0:00.000"],
  [3_723_004, "1:02:03.004"],
  [null, ""],
])("writes %j as %j", (ms, text) => {
  expect(formatTimecode(ms)).toBe(text);
});
