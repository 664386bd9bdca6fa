import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { MediaSlot } from "@/features/authoring/components/media-slot";
import { SaveError } from "@/features/authoring/components/save-error";
import type { BlockEditorProps } from "@/features/authoring/components/text-block-editor";
import { useBlockSave } from "@/features/authoring/hooks/use-block-save";
import { fieldMessage } from "@/lib/api-error";

export function MediaBlockEditor({
  block,
  courseId,
  onReload,
}: BlockEditorProps & { courseId: number }) {
  const { t } = useTranslation();
  const { save, update } = useBlockSave(block);
  const [title, setTitle] = useState(block.title);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ title });
  }

  return (
    <div className="form">
      <form className="form" onSubmit={handleSubmit} noValidate>
        <SaveError error={update.error} shownFields={["title", "media_id"]} onReload={onReload} />
        <TextField
          label={t("authoring.blocks.blockTitle")}
          value={title}
          error={fieldMessage(update.error, "title")}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Button type="submit" busy={update.isPending}>
          {t("authoring.save")}
        </Button>
        {update.isSuccess ? <Alert tone="success">{t("authoring.saved")}</Alert> : null}
      </form>
      <MediaSlot
        courseId={courseId}
        media={block.media}
        onUploaded={(media) => save({ title, media_id: media.id })}
      />
      {fieldMessage(update.error, "media_id") ? (
        <p className="field__error">{fieldMessage(update.error, "media_id")}</p>
      ) : null}
    </div>
  );
}
