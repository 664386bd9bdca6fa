import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AuthoringBlock } from "@/features/authoring/api/types";
import { MarkdownEditor } from "@/features/authoring/components/markdown-editor";
import { RecordingField } from "@/features/authoring/components/recording-field";
import { SaveError } from "@/features/authoring/components/save-error";
import { SpeechStatus } from "@/features/authoring/components/speech-status";
import { VoicePicker } from "@/features/authoring/components/voice-picker";
import { useBlockSave } from "@/features/authoring/hooks/use-block-save";
import { fieldMessage } from "@/lib/api-error";

export interface BlockEditorProps {
  block: AuthoringBlock;
  language: string;
  onReload: () => void;
}

export function TextBlockEditor({ block, language, onReload }: BlockEditorProps) {
  const { t } = useTranslation();
  const { save, update, version, setVersion } = useBlockSave(block);
  const [markdown, setMarkdown] = useState(block.markdown);
  const [voices, setVoices] = useState(block.speech_voices);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ markdown, speech_voices: voices });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <SaveError error={update.error} shownFields={["markdown"]} onReload={onReload} />
      <MarkdownEditor
        label={t("authoring.blocks.text")}
        value={markdown}
        error={fieldMessage(update.error, "markdown")}
        onChange={(value) => {
          setMarkdown(value);
          update.reset();
        }}
      />
      <VoicePicker language={language} value={voices} onChange={setVoices} />
      <SpeechStatus lessonId={block.lesson_id} blockId={block.id} voices={block.speech_voices} />
      <Button type="submit" busy={update.isPending}>
        {t("authoring.save")}
      </Button>
      {update.isSuccess ? <Alert tone="success">{t("authoring.saved")}</Alert> : null}
      <RecordingField
        target={{ kind: "block", id: block.id, lessonId: block.lesson_id }}
        audioUrl={block.audio_url}
        version={version}
        onSaved={setVersion}
        onReload={onReload}
      />
    </form>
  );
}
