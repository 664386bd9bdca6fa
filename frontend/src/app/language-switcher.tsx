import { useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";

import { updateProfile } from "@/features/profile/api/update-profile";
import { INTERFACE_LANGUAGES } from "@/lib/api-types";
import { isInterfaceLanguage } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import { updateSessionUser, useSession } from "@/lib/session-store";

/** Switches the interface at once; a signed-in user's choice is also saved to the profile. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const id = useId();

  async function handleChange(value: string) {
    if (!isInterfaceLanguage(value)) return;
    await i18n.changeLanguage(value);
    if (!user) return;
    try {
      const profile = await updateProfile({ interface_language: value });
      queryClient.setQueryData(["profile"], profile);
      updateSessionUser({ ...user, interface_language: value });
    } catch {
      logger.warn("profile.language_save_failed");
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t("nav.language")}
      </label>
      <select
        id={id}
        className="input input--select input--compact"
        value={i18n.language}
        onChange={(event) => void handleChange(event.target.value)}
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
