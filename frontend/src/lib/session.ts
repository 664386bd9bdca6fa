import { api, refreshAccessToken, unwrap } from "@/lib/api-client";
import { i18n, isInterfaceLanguage } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import { clearSession, getSession, subscribeSession } from "@/lib/session-store";

let signedInUserId: number | null = null;
let restoring: Promise<void> | null = null;

// When someone signs in (or a session is restored), the interface follows their saved language.
subscribeSession(() => {
  const { user } = getSession();
  if (user && user.id !== signedInUserId) {
    const language = user.interface_language;
    if (isInterfaceLanguage(language) && language !== i18n.language) {
      void i18n.changeLanguage(language);
    }
  }
  signedInUserId = user?.id ?? null;
});

/**
 * Restore a session from the HttpOnly refresh cookie on page load: fetch the CSRF cookie the
 * refresh call needs, then refresh. Ends anonymous when there is no valid cookie.
 */
export function restoreSession(): Promise<void> {
  // One restore per page load, even when StrictMode runs the starting effect twice.
  restoring ??= (async () => {
    try {
      await unwrap(api.GET("/api/v1/auth/csrf"));
    } catch {
      logger.warn("auth.csrf_failed");
    }
    const restored = await refreshAccessToken();
    if (!restored) clearSession();
  })().finally(() => {
    restoring = null;
  });
  return restoring;
}

export async function logout(): Promise<void> {
  try {
    await unwrap(api.POST("/api/v1/auth/logout"));
  } catch {
    logger.warn("auth.logout_failed");
  } finally {
    clearSession();
  }
}
