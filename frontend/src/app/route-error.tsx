import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function RouteError() {
  const { t } = useTranslation();
  return (
    <main className="page page--narrow" id="main">
      <h1>{t("errors.pageCrashedTitle")}</h1>
      <p>{t("errors.pageCrashed")}</p>
      <Link to="/">{t("notFound.home")}</Link>
    </main>
  );
}
