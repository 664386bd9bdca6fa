import en from "@/lib/locales/en.json";
import ru from "@/lib/locales/ru.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string"
      ? { ...flat, [name]: value }
      : { ...flat, ...flatten(value, name) };
  }, {});
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const locales = { en: flatten(en), ru: flatten(ru) };

/** Keys without plural suffixes: "catalog.found_one" and "catalog.found_few" are "catalog.found". */
function baseKeys(flat: Record<string, string>): string[] {
  return [...new Set(Object.keys(flat).map((key) => key.replace(PLURAL, "")))].sort();
}

test("ru and en have exactly the same keys", () => {
  expect(baseKeys(locales.ru)).toEqual(baseKeys(locales.en));
});

test.each(Object.entries(locales))("%s has no empty value", (_, flat) => {
  expect(Object.entries(flat).filter(([, value]) => value.trim() === "")).toEqual([]);
});

test.each(Object.entries(locales))(
  "%s has every plural form its language needs",
  (language, flat) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const plurals = new Set(
      Object.keys(flat)
        .filter((key) => PLURAL.test(key))
        .map((key) => key.replace(PLURAL, "")),
    );
    const missing = [...plurals].flatMap((base) =>
      categories.filter((form) => !(`${base}_${form}` in flat)).map((form) => `${base}_${form}`),
    );
    expect(missing).toEqual([]);
  },
);

test.each(Object.entries(locales))("%s uses the same placeholders as en", (_, flat) => {
  const placeholders = (text: string) =>
    [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
  const differing = Object.keys(flat).filter((key) => {
    const reference = locales.en[key] ?? locales.en[key.replace(PLURAL, "_other")];
    const own = flat[key] ?? "";
    return reference !== undefined && placeholders(reference).join() !== placeholders(own).join();
  });
  expect(differing).toEqual([]);
});

// The app's own sources as text, read through Vite so no Node API is needed.
const sources = import.meta.glob<string>(["/src/**/*.{ts,tsx}", "!/src/**/*.test.{ts,tsx}"], {
  query: "?raw",
  import: "default",
  eager: true,
});

test("every literal key the code translates exists in en", () => {
  const used = Object.values(sources).flatMap((text) =>
    [...text.matchAll(/\bt\(\s*"([\w.]+)"/g)].map((match) => match[1] ?? ""),
  );
  const known = new Set(baseKeys(locales.en));
  expect(used.length).toBeGreaterThan(50);
  expect(used.filter((key) => !known.has(key))).toEqual([]);
});
