import { useTranslation } from "react-i18next";

import { formatBytes } from "@/components/media/sizes";
import type { UploadProgress } from "@/features/authoring/api/course-import";

/** How much of the package is sent; once all of it is, the server is unpacking it. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const { t, i18n } = useTranslation();
  const { sent, total } = progress;
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
  const text = t("upload.progressText", {
    percent,
    sent: formatBytes(sent, i18n.language),
    total: formatBytes(total, i18n.language),
  });
  const unpacking = total > 0 && sent >= total;

  return (
    <div className="package-progress">
      <progress
        className="package-progress__bar"
        max={100}
        value={percent}
        aria-label={t("upload.progress")}
        aria-valuetext={text}
      />
      <p aria-hidden="true">{text}</p>
      {unpacking ? (
        <p role="status" className="muted">
          {t("authoring.package.unpacking")}
        </p>
      ) : null}
    </div>
  );
}
