import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { useRequestPasswordReset } from "@/features/auth/api/password-reset";
import { fieldMessage } from "@/lib/api-error";
import { formText } from "@/lib/form-data";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const reset = useRequestPasswordReset();
  useDocumentTitle(t("forgot.title"));

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.mutate(formText(new FormData(event.currentTarget), "email").trim());
  }

  return (
    <div className="page page--narrow">
      <h1>{t("forgot.title")}</h1>
      {reset.isSuccess ? (
        <Alert tone="success">{t("forgot.sent")}</Alert>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <p>{t("forgot.text")}</p>
          <FormErrors error={reset.error} shownFields={["email"]} />
          <TextField
            label={t("fields.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={fieldMessage(reset.error, "email")}
          />
          <Button type="submit" busy={reset.isPending}>
            {t("forgot.submit")}
          </Button>
        </form>
      )}
      <p className="page__aside">
        <Link to="/login">{t("nav.login")}</Link>
      </p>
    </div>
  );
}
