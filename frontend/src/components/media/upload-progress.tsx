import { useTranslation } from "react-i18next";

import { ByteProgress } from "@/components/media/byte-progress";
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
  const { t } = useTranslation();
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
          <ByteProgress sent={upload.sent} total={upload.total} className="upload__progress" />
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
