import "@/features/authoring/authoring.css";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";

import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { authoringKeys } from "@/features/authoring/api/keys";
import {
  useCreateQuestion,
  useQuestion,
  useUpdateQuestion,
} from "@/features/authoring/api/questions";
import { type AuthoringQuestion, QUESTION_TYPES } from "@/features/authoring/api/types";
import { QuestionForm } from "@/features/authoring/components/question-form";
import { QuestionPreview } from "@/features/authoring/components/question-preview";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { useDocumentTitle } from "@/lib/use-document-title";

/** Edit a saved question (/teach/questions/:id). */
export function QuestionEditorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const question = useQuestion(id);
  useDocumentTitle(t("authoring.question.edit"));
  return (
    <div className="page authoring">
      <TeachNav />
      <h1>{t("authoring.question.edit")}</h1>
      {question.isPending ? <Spinner /> : null}
      <FormErrors error={question.error} />
      {question.data ? <QuestionEditor question={question.data} /> : null}
    </div>
  );
}

function QuestionEditor({ question }: { question: AuthoringQuestion }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateQuestion(question.id);
  const [baseVersion, setBaseVersion] = useState(question.version);
  const [formKey, setFormKey] = useState(0);
  const [previewVersion, setPreviewVersion] = useState(question.version);

  async function reload() {
    update.reset();
    const key = authoringKeys.question(question.id);
    await queryClient.refetchQueries({ queryKey: key, exact: true });
    const latest = queryClient.getQueryData<AuthoringQuestion>(key);
    if (latest) {
      setBaseVersion(latest.version);
      setPreviewVersion(latest.version);
    }
    setFormKey((current) => current + 1);
  }

  return (
    <div className="question-editor">
      {question.bank_id ? (
        <p className="breadcrumbs">
          <Link to={`/teach/banks/${question.bank_id}`}>{t("authoring.question.backToBank")}</Link>
        </p>
      ) : null}
      <QuestionForm
        key={formKey}
        type={question.type}
        question={question}
        saving={update.isPending}
        error={update.error}
        saved={update.isSuccess}
        onSave={(input) =>
          update.mutate(
            { ...input, version: baseVersion },
            {
              onSuccess: (saved) => {
                setBaseVersion(saved.version);
                setPreviewVersion(saved.version);
              },
            },
          )
        }
        onReload={() => void reload()}
      />
      <QuestionPreview id={question.id} version={previewVersion} />
    </div>
  );
}

/** Write a new question of a type into a bank (/teach/banks/:id/new?type=…). */
export function QuestionCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const bankId = Number(useParams().id);
  const [params] = useSearchParams();
  const type =
    QUESTION_TYPES.find((candidate) => candidate === params.get("type")) ?? "single_choice";
  const create = useCreateQuestion(bankId);
  useDocumentTitle(t("authoring.question.new"));
  return (
    <div className="page authoring">
      <TeachNav />
      <h1>{t("authoring.question.new")}</h1>
      <QuestionForm
        type={type}
        saving={create.isPending}
        error={create.error}
        saved={false}
        onSave={(input) =>
          create.mutate(input, {
            onSuccess: (saved) => void navigate(`/teach/questions/${saved.id}`, { replace: true }),
          })
        }
        onReload={() => create.reset()}
      />
    </div>
  );
}
