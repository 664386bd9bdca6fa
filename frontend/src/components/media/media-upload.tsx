import "@/components/media/media.css";

import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import type { EditorAsset } from "@/components/media/api/media-asset";
import { useMediaLimits } from "@/components/media/api/media-limits";
import { MediaStatus } from "@/components/media/media-status";
import { formatBytes } from "@/components/media/sizes";
import { uploadProblem } from "@/components/media/upload-check";
import { useMediaUpload } from "@/components/media/use-media-upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";

interface MediaUploadProps {
  /** The course the media belongs to (its authors manage it); none for a personal upload. */
  course?: number | null;
  onUploaded?: (asset: EditorAsset) => void;
}

/**
 * Choose an audio or video file, see at once whether it is over the limit, upload it with a
 * progress bar (pause, resume, continue after a dropped connection), then follow its processing.
 */
export function MediaUpload({ course, onUploaded }: MediaUploadProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const limits = useMediaLimits();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMediaUpload({ course, onUploaded });
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const problem = file && limits.data ? uploadProblem(file, limits.data, t, i18n.language) : null;
  const chunkSize = limits.data?.upload_chunk_bytes ?? 0;
  const busy = upload.phase === "uploading" || upload.phase === "paused";
  const percent = upload.total ? Math.floor((upload.sent / upload.total) * 100) : 0;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
  }

  return (
    <div className="upload">
      <div className={problem ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={id}>
          {t("upload.file")}
        </label>
        <input
          id={id}
          type="file"
          className="input"
          accept={
            limits.data
              ? [...limits.data.video_types, ...limits.data.audio_types].join(",")
              : "audio/*,video/*"
          }
          disabled={busy}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}
          aria-invalid={problem ? true : undefined}
          onChange={choose}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {limits.data
            ? t("upload.hint", {
                video: size(limits.data.video_max_bytes),
                audio: size(limits.data.audio_max_bytes),
              })
            : t("common.loading")}
        </p>
        {problem ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      {file && !problem && limits.data && upload.phase === "idle" ? (
        <Button onClick={() => upload.start(file, chunkSize)}>{t("upload.start")}</Button>
      ) : null}
      {upload.phase !== "idle" ? (
        <div className="upload__state">
          <progress
            className="upload__progress"
            max={100}
            value={percent}
            aria-label={t("upload.progress")}
            aria-valuetext={t("upload.progressText", {
              percent,
              sent: size(upload.sent),
              total: size(upload.total),
            })}
          />
          <p aria-hidden="true">
            {t("upload.progressText", {
              percent,
              sent: size(upload.sent),
              total: size(upload.total),
            })}
          </p>
          {upload.phase === "uploading" ? (
            <Button variant="secondary" onClick={upload.pause}>
              {t("upload.pause")}
            </Button>
          ) : null}
          {upload.phase === "paused" || upload.phase === "failed" ? (
            <Button variant="secondary" onClick={upload.resume}>
              {t("upload.resume")}
            </Button>
          ) : null}
          {upload.error ? <Alert tone="error">{upload.error}</Alert> : null}
        </div>
      ) : null}
      <FormErrors error={upload.create.error} />
      {upload.create.data ? <MediaStatus assetId={upload.create.data.id} /> : null}
    </div>
  );
}
