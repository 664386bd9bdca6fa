import "@/components/media/media.css";

import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import type { EditorAsset } from "@/components/media/api/media-asset";
import { useMediaLimits } from "@/components/media/api/media-limits";
import { MediaStatus } from "@/components/media/media-status";
import { formatBytes } from "@/components/media/sizes";
import type { MediaKind } from "@/components/media/types";
import { acceptedTypes, uploadProblem } from "@/components/media/upload-check";
import { UploadProgress } from "@/components/media/upload-progress";
import { useMediaUpload } from "@/components/media/use-media-upload";
import { FormErrors } from "@/components/ui/form-errors";

interface MediaUploadProps {
  /** The course the media belongs to (its authors manage it); none for a personal upload. */
  course?: number | null;
  /** What the slot takes: audio only, video only, or either when left out. */
  kind?: MediaKind;
  /** Follow the new asset's processing here; off where the caller already shows it. */
  showStatus?: boolean;
  onUploaded?: (asset: EditorAsset) => void;
}

const LABELS = { audio: "upload.fileAudio", video: "upload.fileVideo", both: "upload.file" };
const HINTS = { audio: "upload.hintAudio", video: "upload.hintVideo", both: "upload.hint" };

/**
 * Choose an audio or video file: it is checked against the limits at once and, when it passes,
 * uploaded straight away with a progress bar (pause, resume, continue after a dropped
 * connection); then its processing is followed.
 */
export function MediaUpload({ course, kind, showStatus = true, onUploaded }: MediaUploadProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const limits = useMediaLimits();
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState("");
  const upload = useMediaUpload({ course, onUploaded });
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const busy = upload.phase === "uploading" || upload.phase === "paused";
  const slot = kind ?? "both";

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const loaded = limits.data;
    if (!file || !loaded) return;
    const found = uploadProblem(file, loaded, t, i18n.language, kind);
    setProblem(found);
    if (found) return;
    setName(file.name);
    upload.start(file, loaded.upload_chunk_bytes);
  }

  return (
    <div className="upload">
      <div className={problem ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={id}>
          {t(LABELS[slot])}
        </label>
        <input
          id={id}
          type="file"
          className="input"
          accept={limits.data ? acceptedTypes(limits.data, kind).join(",") : undefined}
          // The checks need the limits: until they arrive there is nothing to check against.
          disabled={busy || !limits.data}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}
          aria-invalid={problem ? true : undefined}
          onChange={choose}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {limits.data
            ? t(HINTS[slot], {
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
      <FormErrors error={limits.error} />
      <UploadProgress upload={upload} name={name} />
      <FormErrors error={upload.create.error} />
      {showStatus && upload.create.data ? <MediaStatus assetId={upload.create.data.id} /> : null}
    </div>
  );
}
