import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation, useNavigate } from "react-router";

import { LanguageSwitcher } from "@/app/language-switcher";
import { Button } from "@/components/ui/button";
import { logout } from "@/lib/session";
import { useSession } from "@/lib/session-store";

export function Header() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // The mobile menu closes by itself on any navigation, even to the same page (a link to the
  // page already shown, or logging out on the home page): each navigation has a new key.
  const open = openAt === location.key;
  // Escape closes the phone menu and returns focus to its button.
  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpenAt(null);
      toggle.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);
  const canImport = user?.role === "teacher" || user?.role === "admin";

  async function handleLogout() {
    await logout();
    void navigate("/");
  }

  return (
    <header className="header">
      <div className="header__bar">
        <Link to="/" className="header__logo">
          Glossa
        </Link>
        <button
          ref={toggle}
          type="button"
          className="header__menu-toggle btn btn--secondary"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpenAt(open ? null : location.key)}
        >
          {t("nav.menu")}
        </button>
      </div>
      <nav id="main-nav" aria-label={t("nav.label")} className={open ? "nav nav--open" : "nav"}>
        <ul className="nav__links">
          <li>
            <NavLink to="/courses">{t("nav.courses")}</NavLink>
          </li>
          {user ? (
            <li>
              <NavLink to="/profile">{t("nav.profile")}</NavLink>
            </li>
          ) : null}
          {canImport ? (
            <li>
              <NavLink to="/teach" end>
                {t("nav.teach")}
              </NavLink>
            </li>
          ) : null}
          {canImport ? (
            <li>
              <NavLink to="/teach/import">{t("nav.import")}</NavLink>
            </li>
          ) : null}
        </ul>
        <div className="nav__actions">
          <LanguageSwitcher />
          {user ? (
            <Button variant="secondary" onClick={() => void handleLogout()}>
              {t("nav.logout")}
            </Button>
          ) : (
            <>
              <NavLink to="/login">{t("nav.login")}</NavLink>
              <NavLink to="/signup" className="btn btn--primary">
                {t("nav.signup")}
              </NavLink>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
