import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { CaptionEditor } from "@/components/media/caption-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { MediaSlot } from "@/features/authoring/components/media-slot";
import { SaveError } from "@/features/authoring/components/save-error";
import type { BlockEditorProps } from "@/features/authoring/components/text-block-editor";
import { useBlockSave } from "@/features/authoring/hooks/use-block-save";
import { fieldMessage } from "@/lib/api-error";

export function MediaBlockEditor({
  block,
  courseId,
  language,
  onReload,
}: BlockEditorProps & { courseId: number }) {
  const { t } = useTranslation();
  const { save, update } = useBlockSave(block);
  const [title, setTitle] = useState(block.title);
  const [transcript, setTranscript] = useState(block.transcript ?? "");

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ title, transcript });
  }

  return (
    <div className="form">
      <form className="form" onSubmit={handleSubmit} noValidate>
        <SaveError
          error={update.error}
          shownFields={["title", "transcript", "media_id"]}
          onReload={onReload}
        />
        <TextField
          label={t("authoring.blocks.blockTitle")}
          value={title}
          error={fieldMessage(update.error, "title")}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          label={t("authoring.blocks.transcript")}
          hint={t("authoring.blocks.transcriptHint")}
          value={transcript}
          error={fieldMessage(update.error, "transcript")}
          onChange={(e) => setTranscript(e.target.value)}
        />
        <Button type="submit" busy={update.isPending}>
          {t("authoring.save")}
        </Button>
        {update.isSuccess ? <Alert tone="success">{t("authoring.saved")}</Alert> : null}
      </form>
      <MediaSlot
        courseId={courseId}
        kind={block.type === "audio" ? "audio" : "video"}
        media={block.media}
        onUploaded={(media) => save({ media_id: media.id })}
      />
      {block.media ? <CaptionEditor asset={block.media} language={language} /> : null}
      {fieldMessage(update.error, "media_id") ? (
        <p className="field__error">{fieldMessage(update.error, "media_id")}</p>
      ) : null}
    </div>
  );
}
