import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigation } from "react-router";

import { Header } from "@/app/header";

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <Header />
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        className="shell__main"
        aria-busy={navigation.state === "loading"}
      >
        <Outlet />
      </main>
      <footer className="shell__footer">
        <p>{t("footer.text")}</p>
      </footer>
    </div>
  );
}
