import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { CheckEmail } from "@/features/auth/components/check-email";
import { SignupForm } from "@/features/auth/components/signup-form";
import { useDocumentTitle } from "@/lib/use-document-title";

export function SignupPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  useDocumentTitle(sentTo ? t("checkEmail.title") : t("signup.title"));

  if (sentTo) return <CheckEmail email={sentTo} />;
  return (
    <div className="page page--narrow">
      <h1>{t("signup.title")}</h1>
      <SignupForm onSuccess={setSentTo} />
      <p className="page__aside">
        {t("signup.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
      </p>
    </div>
  );
}
