import i18next from "i18next";
import { initReactI18next } from "react-i18next";

import type { InterfaceLanguage } from "@/lib/api-types";
import en from "@/lib/locales/en.json";
import ru from "@/lib/locales/ru.json";

const STORAGE_KEY = "glossa.language";

export const resources = { en: { translation: en }, ru: { translation: ru } } as const;

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return value === "ru" || value === "en";
}

/** The remembered choice, else the browser's language: Russian for ru-*, English otherwise. */
export function detectLanguage(): InterfaceLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isInterfaceLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, strict settings); the browser language still works.
  }
  const browser = navigator.language;
  return browser.toLowerCase().startsWith("ru") ? "ru" : "en";
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: "en",
  supportedLngs: ["ru", "en"],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering a preference is harmless.
  }
});
document.documentElement.lang = i18n.language;

export function currentLanguage(): InterfaceLanguage {
  return isInterfaceLanguage(i18n.language) ? i18n.language : "en";
}
