import "@/features/authoring/authoring.css";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { Spinner } from "@/components/ui/spinner";
import {
  type ExportFormat,
  useBankQuestions,
  useDeleteQuestion,
  useExportBank,
  useQuestionBank,
} from "@/features/authoring/api/questions";
import { QUESTION_TYPES, type QuestionType } from "@/features/authoring/api/types";
import { ConfirmButton } from "@/features/authoring/components/confirm-button";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { useDocumentTitle } from "@/lib/use-document-title";

const EXPORTS: readonly ExportFormat[] = ["gift", "moodlexml"];

export function QuestionBankPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const bank = useQuestionBank(id);
  const questions = useBankQuestions(id);
  const remove = useDeleteQuestion(id);
  const exporter = useExportBank();
  const [type, setType] = useState<QuestionType>("single_choice");
  useDocumentTitle(bank.data?.name ?? t("authoring.banks.title"));

  return (
    <div className="page authoring">
      <TeachNav />
      <h1>{bank.data?.name ?? t("authoring.banks.title")}</h1>
      {bank.isPending || questions.isPending ? <Spinner /> : null}
      <FormErrors error={bank.error ?? questions.error ?? remove.error ?? exporter.error} />
      <div className="form__row authoring-toolbar">
        {EXPORTS.map((format) => (
          <Button
            key={format}
            variant="secondary"
            disabled={!bank.data}
            busy={exporter.isPending && exporter.variables.format === format}
            onClick={() => bank.data && exporter.mutate({ bank: bank.data, format })}
          >
            {t(`authoring.banks.export_${format}`)}
          </Button>
        ))}
        <Link to="/teach/import">{t("authoring.banks.import")}</Link>
      </div>
      <div className="form__row card">
        <SelectField
          label={t("authoring.banks.newType")}
          value={type}
          options={QUESTION_TYPES.map((value) => ({
            value,
            label: t(`authoring.questionTypes.${value}`),
          }))}
          onChange={(e) => setType(QUESTION_TYPES.find((v) => v === e.target.value) ?? type)}
        />
        <Link className="btn btn--primary" to={`/teach/banks/${id}/new?type=${type}`}>
          {t("authoring.banks.newQuestion")}
        </Link>
      </div>
      {questions.data?.results.length === 0 ? (
        <p className="muted">{t("authoring.banks.noQuestions")}</p>
      ) : null}
      <ul className="authoring-list">
        {(questions.data?.results ?? []).map((question) => {
          const title =
            question.title ||
            question.text.slice(0, 80) ||
            t(`authoring.questionTypes.${question.type}`);
          return (
            <li key={question.id} className="authoring-row card">
              <div className="authoring-row__main">
                <Link className="authoring-row__title" to={`/teach/questions/${question.id}`}>
                  {title}
                </Link>
                <p className="muted">{t(`authoring.questionTypes.${question.type}`)}</p>
              </div>
              <ConfirmButton
                label={t("authoring.delete")}
                accessibleLabel={t("authoring.deleteNamed", { title })}
                question={t("authoring.banks.confirmDeleteQuestion", { title })}
                confirmLabel={t("authoring.delete")}
                onConfirm={() => remove.mutate(question.id)}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
