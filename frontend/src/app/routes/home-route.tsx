import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { MyCourses } from "@/features/catalog/components/dashboard";
import { useSession } from "@/lib/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";

export function HomeRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  useDocumentTitle(user ? t("home.dashboardTitle") : "");

  if (user) {
    return (
      <div className="page">
        <h1>{t("home.greeting", { name: user.display_name || user.email })}</h1>
        <MyCourses />
      </div>
    );
  }
  return (
    <div className="page hero">
      <h1>{t("home.title")}</h1>
      <p className="hero__lead">{t("home.lead")}</p>
      <div className="form__row">
        <Link className="btn btn--primary" to="/signup">
          {t("home.start")}
        </Link>
        <Link className="btn btn--secondary" to="/courses">
          {t("home.browse")}
        </Link>
      </div>
    </div>
  );
}
