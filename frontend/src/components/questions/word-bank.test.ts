import { availableWords } from "@/components/questions/word-bank";

test.each<[string, string[], Record<string, string>, string[]]>([
  ["nothing placed", ["hablo", "vivo"], {}, ["hablo", "vivo"]],
  ["one placed", ["hablo", "vivo"], { g1: "vivo" }, ["hablo"]],
  ["a repeated word placed once", ["la", "la", "casa"], { g1: "la" }, ["la", "casa"]],
  ["a typed word not in the bank", ["la"], { g1: "el" }, ["la"]],
])("%s", (_, bank, gaps, left) => {
  expect(availableWords(bank, gaps)).toEqual(left);
});
