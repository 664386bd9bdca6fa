import { parseDecimal } from "@/features/exercises/utils/responses";

test.each([
  ["2.5", 2.5],
  ["2,5", 2.5],
  [" -0,75 ", -0.75],
  ["10", 10],
  [".5", 0.5],
  ["1e3", 1000],
  ["1 000", 1000],
])("parses %j as %d", (text, value) => {
  expect(parseDecimal(text)).toBe(value);
});

test.each(["", "two", "2,5,1", "1.2.3", "--1", "0x10"])("refuses %j", (text) => {
  expect(parseDecimal(text)).toBeNull();
});
