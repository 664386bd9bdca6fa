import { plainText } from "@/lib/plain-text";

test.each([
  ["Well done.", "Well done."],
  ["<div>¡Muy bien! <b>Me llamo</b></div>", "¡Muy bien! Me llamo"],
  ["Tom &amp; Jerry", "Tom & Jerry"],
  ['<img src=x onerror="window.hacked=1">Hi', "Hi"],
])("shows %j as %j", (value, text) => {
  expect(plainText(value)).toBe(text);
});

test("never runs markup it reads", () => {
  plainText('<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>');
  expect("hacked" in window).toBe(false);
});
