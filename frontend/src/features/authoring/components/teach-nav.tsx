import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

/** The teacher's sections, the same on every authoring page. */
export function TeachNav() {
  const { t } = useTranslation();
  return (
    <nav className="teach-nav" aria-label={t("authoring.nav.label")}>
      <ul className="inline-list">
        <li>
          <NavLink to="/teach" end>
            {t("authoring.nav.courses")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/teach/banks">{t("authoring.nav.banks")}</NavLink>
        </li>
        <li>
          <NavLink to="/teach/import">{t("authoring.nav.import")}</NavLink>
        </li>
        <li>
          <NavLink to="/teach/trash">{t("authoring.nav.trash")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
