import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { useMediaLimits } from "@/components/media/api/media-limits";
import { formatBytes } from "@/components/media/sizes";
import { Button } from "@/components/ui/button";
import { type RecordingTarget, useRecording } from "@/features/authoring/api/recordings";
import { SaveError } from "@/features/authoring/components/save-error";
import { recordingProblem } from "@/features/authoring/utils/recording-check";

interface RecordingFieldProps {
  target: RecordingTarget;
  audioUrl: string | null | undefined;
  /** The version of the block or line the editor last saw; each change answers the next. */
  version: number;
  onSaved: (version: number) => void;
  onReload: () => void;
}

/**
 * The teacher's own recording of a text or a dialogue line: learners hear it before any
 * generated voice. Choosing a file uploads it at once; it can be played and removed here.
 */
export function RecordingField({
  target,
  audioUrl,
  version,
  onSaved,
  onReload,
}: RecordingFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const limits = useMediaLimits();
  const { upload, remove } = useRecording(target);
  const [problem, setProblem] = useState<string | null>(null);
  const saved = { onSuccess: (row: { version: number }) => onSaved(row.version) };

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, after fixing a problem, uploads it.
    event.target.value = "";
    upload.reset();
    remove.reset();
    if (!file) return;
    const found = limits.data ? recordingProblem(file, limits.data, t, i18n.language) : null;
    setProblem(found);
    if (!found) upload.mutate({ file, version }, saved);
  }

  const describedBy = `${id}-hint${problem ? ` ${id}-error` : ""}`;
  return (
    <div className="recording">
      <div className={problem ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={id}>
          {t("authoring.recording.upload")}
        </label>
        <input
          id={id}
          type="file"
          className="input"
          accept={limits.data ? limits.data.audio_types.join(",") : "audio/*"}
          disabled={upload.isPending || remove.isPending}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={choose}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {limits.data
            ? t("authoring.recording.hint", {
                types: limits.data.audio_types.join(", "),
                limit: formatBytes(limits.data.audio_max_bytes, i18n.language),
              })
            : t("common.loading")}
        </p>
        {problem ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      {upload.isPending ? <p role="status">{t("authoring.recording.uploading")}</p> : null}
      <SaveError error={upload.error ?? remove.error} onReload={onReload} />
      {audioUrl ? (
        <div className="form__row">
          <audio
            controls
            preload="none"
            src={audioUrl}
            aria-label={t("authoring.recording.player")}
          />
          <Button
            variant="secondary"
            busy={remove.isPending}
            onClick={() => remove.mutate(version, saved)}
          >
            {t("authoring.recording.remove")}
          </Button>
        </div>
      ) : (
        <p className="muted">{t("authoring.recording.none")}</p>
      )}
    </div>
  );
}
