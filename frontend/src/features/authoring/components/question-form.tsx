import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type {
  AuthoringQuestion,
  MediaSummary,
  QuestionInput,
  QuestionType,
} from "@/features/authoring/api/types";
import { MarkdownEditor } from "@/features/authoring/components/markdown-editor";
import { MediaSlot } from "@/features/authoring/components/media-slot";
import { QuestionDataEditor } from "@/features/authoring/components/question-editors/question-data-editor";
import { SaveError } from "@/features/authoring/components/save-error";
import { defaultData } from "@/features/authoring/utils/question-data";
import { isApiError } from "@/lib/api-error";

const FIELDS = ["title", "text", "general_feedback", "data", "media_id"];

interface QuestionFormProps {
  type: QuestionType;
  question?: AuthoringQuestion;
  saving: boolean;
  error: unknown;
  saved: boolean;
  onSave: (input: QuestionInput) => void;
  onReload: () => void;
}

/** Messages for a field and its nested parts ("data", "data.answers", …), in one sentence list. */
function messagesFor(error: unknown, name: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const messages = Object.entries(error.fields)
    .filter(([field]) => field === name || field.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
  return messages.length > 0 ? messages.join(" ") : undefined;
}

export function QuestionForm(props: QuestionFormProps) {
  const { type, question, saving, error, saved, onSave, onReload } = props;
  const { t } = useTranslation();
  const [title, setTitle] = useState(question?.title ?? "");
  const [text, setText] = useState(question?.text ?? "");
  const [feedback, setFeedback] = useState(question?.general_feedback ?? "");
  const [data, setData] = useState(() => question?.data ?? defaultData(type));
  const [media, setMedia] = useState<MediaSummary | null>(question?.media ?? null);
  // An imported question keeps its format (HTML, Moodle); a new one is written in Markdown.
  const format = question?.text_format ?? "markdown";
  const needsAudio = type === "dictation" || type === "listening_choice";

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave({
      type,
      title: title.trim(),
      text,
      text_format: format,
      general_feedback: feedback,
      data,
      ...(needsAudio ? { media_id: media?.id ?? null } : {}),
    });
  }

  return (
    <form className="form card" onSubmit={handleSubmit} noValidate aria-labelledby="question-form">
      <h2 id="question-form">{t(`authoring.questionTypes.${type}`)}</h2>
      <SaveError error={error} shownFields={FIELDS} onReload={onReload} />
      <TextField
        label={t("authoring.question.title")}
        value={title}
        error={messagesFor(error, "title")}
        onChange={(e) => setTitle(e.target.value)}
      />
      {format === "markdown" ? (
        <MarkdownEditor
          label={t("authoring.question.text")}
          value={text}
          rows={4}
          error={messagesFor(error, "text")}
          onChange={setText}
        />
      ) : (
        <TextAreaField
          label={t("authoring.question.text")}
          hint={t("authoring.question.format", { format })}
          value={text}
          rows={4}
          error={messagesFor(error, "text")}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {needsAudio ? (
        <div className={messagesFor(error, "media_id") ? "field field--invalid" : "field"}>
          <p className="field__label">{t("authoring.question.audio")}</p>
          <MediaSlot kind="audio" media={media} onUploaded={setMedia} />
          {messagesFor(error, "media_id") ? (
            <p className="field__error">{messagesFor(error, "media_id")}</p>
          ) : null}
        </div>
      ) : null}
      <QuestionDataEditor
        type={type}
        data={data}
        error={messagesFor(error, "data")}
        onChange={setData}
      />
      <TextAreaField
        label={t("authoring.question.generalFeedback")}
        rows={2}
        value={feedback}
        error={messagesFor(error, "general_feedback")}
        onChange={(e) => setFeedback(e.target.value)}
      />
      <Button type="submit" busy={saving}>
        {t("authoring.save")}
      </Button>
      {saved ? <Alert tone="success">{t("authoring.saved")}</Alert> : null}
    </form>
  );
}
