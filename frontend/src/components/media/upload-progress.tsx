import { useTranslation } from "react-i18next";

import { formatBytes } from "@/components/media/sizes";
import type { MediaUploadState } from "@/components/media/use-media-upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

interface UploadProgressProps {
  upload: MediaUploadState;
  /** The file's name, for the announcement. */
  name: string;
}

/**
 * An upload's progress bar with Pause and Resume. The polite status stays in the page from the
 * start, since screen readers announce a live region's changes, not a region that just appeared.
 */
export function UploadProgress({ upload, name }: UploadProgressProps) {
  const { t, i18n } = useTranslation();
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const percent = upload.total ? Math.floor((upload.sent / upload.total) * 100) : 0;
  const text = t("upload.progressText", {
    percent,
    sent: size(upload.sent),
    total: size(upload.total),
  });
  const announcement = {
    idle: "",
    uploading: t("upload.status.uploading", { name }),
    paused: t("upload.paused", { name }),
    // The error is announced by its alert, the asset's processing by its own status.
    failed: "",
    done: "",
  }[upload.phase];

  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {upload.phase !== "idle" ? (
        <div className="upload__state">
          <progress
            className="upload__progress"
            max={100}
            value={percent}
            aria-label={t("upload.progress")}
            aria-valuetext={text}
          />
          <p aria-hidden="true">{text}</p>
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
    </>
  );
}
