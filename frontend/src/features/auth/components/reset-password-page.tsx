import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { useConfirmPasswordReset } from "@/features/auth/api/password-reset";
import { fieldMessage } from "@/lib/api-error";
import { formText } from "@/lib/form-data";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { uid = "", token = "" } = useParams();
  const confirm = useConfirmPasswordReset();
  useDocumentTitle(t("reset.title"));

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = formText(new FormData(event.currentTarget), "password");
    confirm.mutate({ uid, token, password });
  }

  if (confirm.isSuccess) {
    return (
      <div className="page page--narrow">
        <h1>{t("reset.title")}</h1>
        <Alert tone="success">{t("reset.done")}</Alert>
        <Link className="btn btn--primary" to="/login">
          {t("nav.login")}
        </Link>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t("reset.title")}</h1>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <FormErrors error={confirm.error} shownFields={["password"]} />
        <TextField
          label={t("fields.newPassword")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint={t("signup.passwordRules")}
          error={fieldMessage(confirm.error, "password")}
        />
        <Button type="submit" busy={confirm.isPending}>
          {t("reset.submit")}
        </Button>
      </form>
    </div>
  );
}
