import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router";

import { LoginForm } from "@/features/auth/components/login-form";
import { useSafeNext } from "@/features/auth/hooks/use-safe-next";
import { useSession } from "@/lib/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = useSafeNext();
  const { status } = useSession();
  useDocumentTitle(t("login.title"));

  if (status === "authenticated") return <Navigate to={next} replace />;
  return (
    <div className="page page--narrow">
      <h1>{t("login.title")}</h1>
      <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
      <p className="page__aside">
        <Link to="/forgot-password">{t("login.forgot")}</Link>
      </p>
      <p className="page__aside">
        {t("login.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
      </p>
    </div>
  );
}
