import { plainText } from "@/lib/plain-text";

test.each([
  ["Well done.", "Well done."],
  ["<div>¡Muy bien! <b>Me llamo</b></div>", "¡Muy bien! Me llamo"],
  ["Tom &amp; Jerry", "Tom & Jerry"],
  [
    "<div>Listen to this greeting:</div><div>What language is it?</div>",
    "Listen to this greeting: What language is it?",
  ],
  ["<p>One.<br>Two.</p><ul><li>a</li><li>b</li></ul>", "One. Two. a b"],
  ['<img src=x onerror="window.hacked=1">Hi', "Hi"],
])("shows %j as %j", (value, text) => {
  expect(plainText(value)).toBe(text);
});

test("never runs markup it reads", () => {
  plainText('<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>');
  expect("hacked" in window).toBe(false);
});
