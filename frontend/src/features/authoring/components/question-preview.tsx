import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Draft } from "@/components/questions/draft";
import { QuestionInput } from "@/components/questions/question-input";
import type { QuestionContent } from "@/components/questions/question-types";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useQuestionPreview } from "@/features/authoring/api/questions";

/**
 * The saved question as a learner sees it: the learner's very own inputs and player, shuffled
 * by the server and without answers. It can be tried out; nothing is ever sent.
 */
export function QuestionPreview({ id, version }: { id: number; version: number }) {
  const { t } = useTranslation();
  const preview = useQuestionPreview(id, version);
  return (
    <section className="card question-preview" aria-labelledby="question-preview">
      <h2 id="question-preview">{t("authoring.question.preview")}</h2>
      <p className="field__hint">{t("authoring.question.previewHint")}</p>
      {preview.isPending ? <Spinner /> : null}
      <FormErrors error={preview.error} />
      {/* A new version is a new question to try: what was entered for the old one goes. */}
      {preview.data ? (
        <PreviewBody key={`${preview.data.id}-${version}`} question={preview.data} />
      ) : null}
    </section>
  );
}

function PreviewBody({ question }: { question: QuestionContent }) {
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  return (
    <QuestionInput
      number={1}
      question={question}
      draft={draft}
      error={undefined}
      onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
    />
  );
}
