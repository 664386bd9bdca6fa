import "@/features/authoring/authoring.css";

import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import { useCreateBank, useDeleteBank, useQuestionBanks } from "@/features/authoring/api/questions";
import { BankRename } from "@/features/authoring/components/bank-rename";
import { ConfirmButton } from "@/features/authoring/components/confirm-button";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { fieldMessage } from "@/lib/api-error";
import { useDocumentTitle } from "@/lib/use-document-title";

export function QuestionBanksPage() {
  const { t } = useTranslation();
  const banks = useQuestionBanks();
  const create = useCreateBank();
  const remove = useDeleteBank();
  const [name, setName] = useState("");
  useDocumentTitle(t("authoring.banks.title"));

  function handleCreate(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(name.trim(), { onSuccess: () => setName("") });
  }

  return (
    <div className="page authoring">
      <h1>{t("authoring.banks.title")}</h1>
      <TeachNav />
      <p>
        <Link to="/teach/import">{t("authoring.banks.import")}</Link>
      </p>
      {banks.isPending ? <Spinner /> : null}
      <FormErrors error={banks.error ?? remove.error} />
      {banks.data?.results.length === 0 ? (
        <p className="muted">{t("authoring.banks.none")}</p>
      ) : null}
      <ul className="authoring-list">
        {(banks.data?.results ?? []).map((bank) => (
          <li key={bank.id} className="authoring-row card">
            <div className="authoring-row__main">
              <Link className="authoring-row__title" to={`/teach/banks/${bank.id}`}>
                {bank.name}
              </Link>
              <p className="muted">
                {t("authoring.banks.questions", { count: bank.question_count })}
              </p>
            </div>
            <div className="authoring-row__actions">
              <BankRename bank={bank} />
              <ConfirmButton
                label={t("authoring.delete")}
                accessibleLabel={t("authoring.deleteNamed", { title: bank.name })}
                question={t("authoring.banks.confirmDelete", {
                  name: bank.name,
                  count: bank.question_count,
                })}
                confirmLabel={t("authoring.delete")}
                onConfirm={() => remove.mutate(bank.id)}
              />
            </div>
          </li>
        ))}
      </ul>
      <form className="form card" onSubmit={handleCreate} noValidate aria-labelledby="new-bank">
        <h2 id="new-bank">{t("authoring.banks.new")}</h2>
        <FormErrors error={create.error} shownFields={["name"]} />
        <TextField
          label={t("authoring.banks.name")}
          value={name}
          error={fieldMessage(create.error, "name")}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" busy={create.isPending} disabled={!name.trim()}>
          {t("authoring.banks.create")}
        </Button>
      </form>
    </div>
  );
}
