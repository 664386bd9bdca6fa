import { readFileSync } from "node:fs";

import type { TestInfo } from "@playwright/test";

/*
 * The tests find controls by the words a person reads. Those words come from the app's own
 * locale files, so a test written once walks the app in Russian and in English, and a
 * missing translation fails the test that needs it.
 */
type Messages = { [key: string]: string | Messages };
export type Language = "ru" | "en";
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const catalogs = new Map<Language, Messages>();

function catalog(language: Language): Messages {
  let messages = catalogs.get(language);
  if (!messages) {
    const file = new URL(`../../src/lib/locales/${language}.json`, import.meta.url);
    messages = JSON.parse(readFileSync(file, "utf8")) as Messages;
    catalogs.set(language, messages);
  }
  return messages;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function translator(language: Language): Translate {
  const messages = catalog(language);
  const plural = new Intl.PluralRules(language);
  return (key, values = {}) => {
    const count = values.count;
    const text =
      (typeof count === "number"
        ? lookup(messages, `${key}_${plural.select(count)}`)
        : undefined) ?? lookup(messages, key);
    if (text === undefined) throw new Error(`no ${language} text for "${key}"`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ""));
  };
}

/** The language of the test's project ("ru" or "en") and its translator. */
export function languageOf(testInfo: TestInfo): { language: Language; t: Translate } {
  const language = testInfo.project.name === "ru" ? "ru" : "en";
  return { language, t: translator(language) };
}
