import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { useSignup } from "@/features/auth/api/signup";
import { fieldMessage } from "@/lib/api-error";
import { formText } from "@/lib/form-data";
import { currentLanguage } from "@/lib/i18n";

const FIELDS = ["email", "password", "display_name"] as const;

export function SignupForm({ onSuccess }: { onSuccess: (email: string) => void }) {
  const { t } = useTranslation();
  const signup = useSignup();

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: formText(form, "email").trim(),
      password: formText(form, "password"),
      display_name: formText(form, "display_name").trim(),
      interface_language: currentLanguage(),
    };
    signup.mutate(input, { onSuccess: () => onSuccess(input.email) });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormErrors error={signup.error} shownFields={FIELDS} />
      <TextField
        label={t("fields.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={fieldMessage(signup.error, "email")}
      />
      <TextField
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint={t("signup.passwordRules")}
        error={fieldMessage(signup.error, "password")}
      />
      <TextField
        label={t("fields.displayName")}
        name="display_name"
        autoComplete="nickname"
        hint={t("signup.displayNameHint")}
        error={fieldMessage(signup.error, "display_name")}
      />
      <Button type="submit" busy={signup.isPending}>
        {t("signup.submit")}
      </Button>
    </form>
  );
}
