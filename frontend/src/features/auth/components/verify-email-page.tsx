import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { Alert } from "@/components/ui/alert";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useVerifyEmail } from "@/features/auth/api/verify-email";
import { useDocumentTitle } from "@/lib/use-document-title";

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const verify = useVerifyEmail();
  const sent = useRef(false);
  useDocumentTitle(t("verify.title"));

  // Once only, also under StrictMode's double effects: a token is single-use.
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, verify]);

  return (
    <div className="page page--narrow">
      <h1>{t("verify.title")}</h1>
      {verify.isPending || verify.isIdle ? <Spinner label={t("verify.checking")} /> : null}
      {verify.isSuccess ? (
        <>
          <Alert tone="success">{t("verify.done")}</Alert>
          <Link className="btn btn--primary" to="/login">
            {t("nav.login")}
          </Link>
        </>
      ) : null}
      {verify.isError ? (
        <>
          <FormErrors error={verify.error} />
          <p>{t("verify.failedHint")}</p>
          <Link to="/login">{t("nav.login")}</Link>
        </>
      ) : null}
    </div>
  );
}
