import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { I18nextProvider } from "react-i18next";

import { i18n } from "@/lib/i18n";
import { createQueryClient } from "@/lib/query-client";
import { restoreSession } from "@/lib/session";
import { getSession, subscribeSession } from "@/lib/session-store";

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  useEffect(() => {
    void restoreSession();
  }, []);

  // Cached answers belong to whoever asked (enrollments, profile): when the person changes
  // (log in, log out, session ended), forget them and fetch what is on screen again. The
  // page-load restore is no change: requests wait for it (api-client), so they already carry
  // the right person.
  useEffect(() => {
    let previous = getSession();
    return subscribeSession(() => {
      const current = getSession();
      const changed = (current.user?.id ?? null) !== (previous.user?.id ?? null);
      if (changed && previous.status !== "loading") void queryClient.resetQueries();
      previous = current;
    });
  }, [queryClient]);

  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
