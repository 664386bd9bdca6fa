import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { useRenameBank } from "@/features/authoring/api/questions";
import type { QuestionBank } from "@/features/authoring/api/types";
import { fieldMessage } from "@/lib/api-error";

export function BankRename({ bank }: { bank: QuestionBank }) {
  const { t } = useTranslation();
  const rename = useRenameBank();
  const [name, setName] = useState<string | null>(null);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name === null) return;
    rename.mutate({ id: bank.id, name: name.trim() }, { onSuccess: () => setName(null) });
  }

  if (name === null) {
    return (
      <Button
        variant="secondary"
        aria-label={t("authoring.renameNamed", { title: bank.name })}
        onClick={() => setName(bank.name)}
      >
        {t("authoring.rename")}
      </Button>
    );
  }
  return (
    <form className="form inline-form" onSubmit={handleSubmit} noValidate>
      <FormErrors error={rename.error} shownFields={["name"]} />
      <TextField
        label={t("authoring.banks.newName", { name: bank.name })}
        value={name}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the teacher just asked to rename.
        autoFocus
        error={fieldMessage(rename.error, "name")}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="form__row">
        <Button type="submit" busy={rename.isPending}>
          {t("authoring.save")}
        </Button>
        <Button variant="secondary" onClick={() => setName(null)}>
          {t("authoring.cancel")}
        </Button>
      </div>
    </form>
  );
}
