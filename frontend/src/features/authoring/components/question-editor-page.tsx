import "@/features/authoring/authoring.css";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";

import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import {
  useCreateQuestion,
  useQuestion,
  useUpdateQuestion,
} from "@/features/authoring/api/questions";
import { type AuthoringQuestion, QUESTION_TYPES } from "@/features/authoring/api/types";
import { QuestionForm } from "@/features/authoring/components/question-form";
import { QuestionPreview } from "@/features/authoring/components/question-preview";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { useReload } from "@/features/authoring/hooks/use-reload";
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
      {question.data ? (
        <QuestionEditor
          question={question.data}
          loadedAt={question.dataUpdatedAt}
          refetch={question.refetch}
        />
      ) : null}
    </div>
  );
}

interface QuestionEditorProps {
  question: AuthoringQuestion;
  loadedAt: number;
  refetch: () => Promise<unknown>;
}

function QuestionEditor({ question, loadedAt, refetch }: QuestionEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateQuestion(question.id);
  const [baseVersion, setBaseVersion] = useState(question.version);
  const form = useReload(loadedAt, refetch);
  const [previewVersion, setPreviewVersion] = useState(question.version);

  if (form.fresh) {
    setBaseVersion(question.version);
    setPreviewVersion(question.version);
  }

  function reload() {
    update.reset();
    form.reload();
  }

  return (
    <div className="question-editor">
      {question.bank_id ? (
        <p className="breadcrumbs">
          <Link to={`/teach/banks/${question.bank_id}`}>{t("authoring.question.backToBank")}</Link>
        </p>
      ) : null}
      <QuestionForm
        key={form.key}
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
        onReload={reload}
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
