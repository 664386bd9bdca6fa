import { useId } from "react";
import { useTranslation } from "react-i18next";

import { useChangeLanguage } from "@/features/profile/hooks/use-change-language";
import { INTERFACE_LANGUAGES } from "@/lib/api-types";

/** Switches the interface at once; a signed-in user's choice is also saved to the profile. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const id = useId();

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t("nav.language")}
      </label>
      <select
        id={id}
        className="input input--select input--compact"
        value={i18n.language}
        onChange={(event) => void changeLanguage(event.target.value)}
      >
        {INTERFACE_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
