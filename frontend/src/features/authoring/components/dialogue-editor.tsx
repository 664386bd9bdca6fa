import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { type LineInput, useDialogueLines } from "@/features/authoring/api/blocks";
import { DialogueLineEditor } from "@/features/authoring/components/dialogue-line-editor";
import { SaveError } from "@/features/authoring/components/save-error";
import { SortableList } from "@/features/authoring/components/sortable-list";
import { SpeechStatus } from "@/features/authoring/components/speech-status";
import type { BlockEditorProps } from "@/features/authoring/components/text-block-editor";
import { VoicePicker } from "@/features/authoring/components/voice-picker";
import { useBlockSave } from "@/features/authoring/hooks/use-block-save";
import { fieldMessage } from "@/lib/api-error";

const EMPTY_LINE: LineInput = { speaker: "", text: "", translation: "" };

/** A dialogue built line by line: speaker, text and translation, in an order the teacher sets. */
export function DialogueEditor({ block, language, onReload }: BlockEditorProps) {
  const { t } = useTranslation();
  const { save, update } = useBlockSave(block);
  const lines = useDialogueLines(block.lesson_id, block.id);
  const [title, setTitle] = useState(block.title);
  const [voices, setVoices] = useState(block.speech_voices);
  const [line, setLine] = useState(EMPTY_LINE);
  const items = block.lines ?? [];

  function handleSave(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ title, speech_voices: voices });
  }

  function handleAdd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    lines.add.mutate(line, { onSuccess: () => setLine(EMPTY_LINE) });
  }

  return (
    <div className="dialogue-editor">
      <form className="form" onSubmit={handleSave} noValidate>
        <SaveError error={update.error} shownFields={["title"]} onReload={onReload} />
        <TextField
          label={t("authoring.blocks.blockTitle")}
          value={title}
          error={fieldMessage(update.error, "title")}
          onChange={(e) => setTitle(e.target.value)}
        />
        <VoicePicker language={language} value={voices} onChange={setVoices} />
        <SpeechStatus lessonId={block.lesson_id} blockId={block.id} voices={block.speech_voices} />
        <Button type="submit" busy={update.isPending}>
          {t("authoring.save")}
        </Button>
        {update.isSuccess ? <Alert tone="success">{t("authoring.saved")}</Alert> : null}
      </form>
      <h4>{t("authoring.dialogue.lines")}</h4>
      <FormErrors error={lines.move.error ?? lines.remove.error} />
      {items.length === 0 ? <p className="muted">{t("authoring.dialogue.none")}</p> : null}
      <SortableList
        items={items}
        label={t("authoring.dialogue.lines")}
        itemLabel={(item) => `${item.speaker}: ${item.text}`}
        onMove={(id, position) => lines.move.mutate({ id, position })}
      >
        {(item) => (
          <DialogueLineEditor
            line={item}
            lessonId={block.lesson_id}
            lines={lines}
            onReload={onReload}
          />
        )}
      </SortableList>
      <form
        className="form card"
        onSubmit={handleAdd}
        noValidate
        aria-label={t("authoring.dialogue.add")}
      >
        <FormErrors error={lines.add.error} shownFields={["speaker", "text", "translation"]} />
        <TextField
          label={t("authoring.dialogue.speaker")}
          value={line.speaker}
          error={fieldMessage(lines.add.error, "speaker")}
          onChange={(e) => setLine({ ...line, speaker: e.target.value })}
        />
        <TextField
          label={t("authoring.dialogue.text")}
          value={line.text}
          error={fieldMessage(lines.add.error, "text")}
          onChange={(e) => setLine({ ...line, text: e.target.value })}
        />
        <TextField
          label={t("authoring.dialogue.translation")}
          value={line.translation}
          error={fieldMessage(lines.add.error, "translation")}
          onChange={(e) => setLine({ ...line, translation: e.target.value })}
        />
        <Button type="submit" busy={lines.add.isPending}>
          {t("authoring.dialogue.add")}
        </Button>
      </form>
    </div>
  );
}
