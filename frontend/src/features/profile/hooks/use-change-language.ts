import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { profileQueryKey } from "@/features/profile/api/get-profile";
import { updateProfile } from "@/features/profile/api/update-profile";
import { isInterfaceLanguage } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import { updateSessionUser, useSession } from "@/lib/session-store";

/**
 * Switch the interface language at once and, for a signed-in user, save it to the profile
 * right away: the header switch and the profile form share this, so neither holds a stale copy.
 */
export function useChangeLanguage(): (value: string) => Promise<void> {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();

  return async (value: string) => {
    if (!isInterfaceLanguage(value)) return;
    await i18n.changeLanguage(value);
    if (!user) return;
    try {
      const profile = await updateProfile({ interface_language: value });
      queryClient.setQueryData(profileQueryKey, profile);
      updateSessionUser({ ...user, interface_language: value });
    } catch {
      logger.warn("profile.language_save_failed");
    }
  };
}
