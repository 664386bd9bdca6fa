import { useTranslation } from "react-i18next";
import { Link, useRouteError } from "react-router";

import { Button } from "@/components/ui/button";
import { logger } from "@/lib/logger";
import { useDocumentTitle } from "@/lib/use-document-title";

/**
 * Shown when a page fails to render or its code fails to load. The usual cause of the second
 * is an open tab after an upgrade, asking for a chunk the new build no longer has: a reload
 * fetches the current one.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t("errors.pageCrashedTitle"));
  logger.error("app.route_failed", { name: error instanceof Error ? error.name : "unknown" });

  return (
    <main className="page page--narrow" id="main">
      <h1>{t("errors.pageCrashedTitle")}</h1>
      <p>{t("errors.pageCrashed")}</p>
      <div className="form__row">
        <Button onClick={() => window.location.reload()}>{t("errors.reload")}</Button>
        <Link to="/">{t("notFound.home")}</Link>
      </div>
    </main>
  );
}
