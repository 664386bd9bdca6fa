import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { useDialogueLines } from "@/features/authoring/api/blocks";
import type { DialogueLine } from "@/features/authoring/api/types";
import { ConfirmButton } from "@/features/authoring/components/confirm-button";
import { RecordingField } from "@/features/authoring/components/recording-field";
import { SaveError } from "@/features/authoring/components/save-error";
import { fieldMessage } from "@/lib/api-error";

interface DialogueLineEditorProps {
  line: DialogueLine;
  lessonId: number;
  lines: ReturnType<typeof useDialogueLines>;
  onReload: () => void;
}

export function DialogueLineEditor({ line, lessonId, lines, onReload }: DialogueLineEditorProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    speaker: line.speaker,
    text: line.text,
    translation: line.translation,
  });
  const [baseVersion, setBaseVersion] = useState(line.version);
  const update = lines.update;
  const mine = update.variables?.id === line.id;
  const error = mine ? update.error : null;
  const label = `${line.speaker}: ${line.text}`;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(
      { id: line.id, version: baseVersion, ...values },
      { onSuccess: (saved) => setBaseVersion(saved.version) },
    );
  }

  return (
    <form className="form dialogue-line" onSubmit={handleSubmit} noValidate aria-label={label}>
      <SaveError
        error={error}
        shownFields={["speaker", "text", "translation"]}
        onReload={onReload}
      />
      <div className="form__row">
        <TextField
          label={t("authoring.dialogue.speaker")}
          value={values.speaker}
          error={fieldMessage(error, "speaker")}
          onChange={(e) => setValues({ ...values, speaker: e.target.value })}
        />
        <TextField
          label={t("authoring.dialogue.text")}
          value={values.text}
          error={fieldMessage(error, "text")}
          onChange={(e) => setValues({ ...values, text: e.target.value })}
        />
        <TextField
          label={t("authoring.dialogue.translation")}
          value={values.translation}
          error={fieldMessage(error, "translation")}
          onChange={(e) => setValues({ ...values, translation: e.target.value })}
        />
      </div>
      <div className="form__row">
        <Button type="submit" variant="secondary" busy={mine && update.isPending}>
          {t("authoring.dialogue.saveLine")}
        </Button>
        <ConfirmButton
          label={t("authoring.delete")}
          accessibleLabel={t("authoring.deleteNamed", { title: label })}
          question={t("authoring.dialogue.confirmDelete")}
          confirmLabel={t("authoring.delete")}
          onConfirm={() => lines.remove.mutate(line.id)}
        />
      </div>
      <RecordingField
        target={{ kind: "line", id: line.id, lessonId }}
        audioUrl={line.audio_url}
        version={baseVersion}
        onSaved={setBaseVersion}
        onReload={onReload}
      />
    </form>
  );
}
