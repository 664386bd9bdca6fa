import { useId } from "react";
import { useTranslation } from "react-i18next";

import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useQuestionPreview } from "@/features/authoring/api/questions";
import type { QuestionPreview as Preview } from "@/features/authoring/api/types";

/** The saved question as a learner sees it: shuffled, without answers, inputs inert. */
export function QuestionPreview({ id, version }: { id: number; version: number }) {
  const { t } = useTranslation();
  const preview = useQuestionPreview(id, version);
  return (
    <section className="card question-preview" aria-labelledby="question-preview">
      <h2 id="question-preview">{t("authoring.question.preview")}</h2>
      <p className="field__hint">{t("authoring.question.previewHint")}</p>
      {preview.isPending ? <Spinner /> : null}
      <FormErrors error={preview.error} />
      {preview.data ? <PreviewBody question={preview.data} /> : null}
    </section>
  );
}

function PreviewBody({ question }: { question: Preview }) {
  const { t } = useTranslation();
  const name = useId();
  const choice = question.type === "multiple_choice" ? "checkbox" : "radio";
  return (
    <div className="question">
      {question.title ? <p className="question__legend">{question.title}</p> : null}
      {/* Rendered and sanitised on the server. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: question.text_html }} />
      {question.media?.sources.length ? (
        <audio controls preload="none" aria-label={t("authoring.question.audio")}>
          {question.media.sources.map((source) => (
            <source key={source.url} src={source.url} type={source.type} />
          ))}
        </audio>
      ) : null}
      {question.options ? (
        <ul className="options">
          {question.options.map((option) => (
            <li key={option.id} className="option">
              <input type={choice} name={name} disabled aria-labelledby={`${name}-${option.id}`} />
              <span
                id={`${name}-${option.id}`}
                dangerouslySetInnerHTML={{ __html: option.text_html }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {question.prompts ? (
        <ul className="options">
          {question.prompts.map((prompt) => (
            <li key={prompt.id} className="matching__row">
              <span dangerouslySetInnerHTML={{ __html: prompt.text_html }} /> →{" "}
              {(question.choices ?? []).map((c) => c.text).join(" / ")}
            </li>
          ))}
        </ul>
      ) : null}
      {question.items ? (
        <ol className="options">
          {question.items.map((item) => (
            <li key={item.id} className="option">
              {item.text}
            </li>
          ))}
        </ol>
      ) : null}
      {question.segments ? (
        <p>
          {question.segments.map((segment, index) =>
            segment.type === "text" ? (
              <span key={index}>{segment.text}</span>
            ) : (
              <span key={index} className="gap" aria-label={t("authoring.question.gap")}>
                ______
              </span>
            ),
          )}
        </p>
      ) : null}
      {question.word_bank?.length ? (
        <p>
          {t("authoring.question.wordBank")}: {question.word_bank.join(", ")}
        </p>
      ) : null}
      {question.word_count !== undefined ? (
        <p className="muted">{t("authoring.question.words", { count: question.word_count })}</p>
      ) : null}
    </div>
  );
}
