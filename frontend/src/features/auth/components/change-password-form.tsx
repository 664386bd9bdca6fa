import { type SubmitEvent, useId } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { useChangePassword } from "@/features/auth/api/password-change";
import { fieldMessage } from "@/lib/api-error";
import { formText } from "@/lib/form-data";

const FIELDS = ["current_password", "new_password"] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangePassword();

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    change.mutate(
      {
        current_password: formText(data, "current_password"),
        new_password: formText(data, "new_password"),
      },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("changePassword.title")}</h2>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <FormErrors error={change.error} shownFields={FIELDS} />
        {change.isSuccess ? <Alert tone="success">{t("changePassword.done")}</Alert> : null}
        <TextField
          label={t("changePassword.current")}
          name="current_password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldMessage(change.error, "current_password")}
        />
        <TextField
          label={t("fields.newPassword")}
          name="new_password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint={t("signup.passwordRules")}
          error={fieldMessage(change.error, "new_password")}
        />
        <Button type="submit" variant="secondary" busy={change.isPending}>
          {t("changePassword.submit")}
        </Button>
      </form>
    </section>
  );
}
