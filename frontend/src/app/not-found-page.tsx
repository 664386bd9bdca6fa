import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useDocumentTitle } from "@/lib/use-document-title";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <div className="page page--narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <Link to="/">{t("notFound.home")}</Link>
    </div>
  );
}
