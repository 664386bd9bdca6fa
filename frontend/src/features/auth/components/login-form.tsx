import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { useLogin } from "@/features/auth/api/login";
import { useResendVerification } from "@/features/auth/api/verify-email";
import { fieldMessage, isApiError } from "@/lib/api-error";
import { formText } from "@/lib/form-data";

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const resend = useResendVerification();
  const notVerified = isApiError(login.error) && login.error.code === "email_not_verified";

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    resend.reset();
    login.mutate(
      { email: formText(form, "email"), password: formText(form, "password") },
      { onSuccess },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormErrors error={login.error} shownFields={["email", "password"]} />
      {notVerified ? (
        <div className="form__row">
          <Button
            variant="secondary"
            busy={resend.isPending}
            onClick={() => {
              const email = login.variables?.email;
              if (email) resend.mutate(email);
            }}
          >
            {t("login.resend")}
          </Button>
          {resend.isSuccess ? <Alert tone="success">{t("login.resent")}</Alert> : null}
          <FormErrors error={resend.error} />
        </div>
      ) : null}
      <TextField
        label={t("fields.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={fieldMessage(login.error, "email")}
      />
      <TextField
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldMessage(login.error, "password")}
      />
      <Button type="submit" busy={login.isPending}>
        {t("login.submit")}
      </Button>
    </form>
  );
}
