import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { useResendVerification } from "@/features/auth/api/verify-email";

export function CheckEmail({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  return (
    <div className="page page--narrow">
      <h1>{t("checkEmail.title")}</h1>
      <p>{t("checkEmail.text", { email })}</p>
      <p>{t("checkEmail.spam")}</p>
      {resend.isSuccess ? <Alert tone="success">{t("login.resent")}</Alert> : null}
      <FormErrors error={resend.error} />
      <div className="form__row">
        <Button variant="secondary" busy={resend.isPending} onClick={() => resend.mutate(email)}>
          {t("login.resend")}
        </Button>
        <Link to="/login">{t("nav.login")}</Link>
      </div>
    </div>
  );
}
