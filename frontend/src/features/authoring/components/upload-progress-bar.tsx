import { useTranslation } from "react-i18next";

import { ByteProgress } from "@/components/media/byte-progress";
import type { UploadProgress } from "@/features/authoring/api/course-import";

/** How much of the package is sent; once all of it is, the server is unpacking it. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const { t } = useTranslation();
  const { sent, total } = progress;
  const unpacking = total > 0 && sent >= total;

  return (
    <div className="package-progress">
      <ByteProgress sent={sent} total={total} className="package-progress__bar" />
      {unpacking ? (
        <p role="status" className="muted">
          {t("authoring.package.unpacking")}
        </p>
      ) : null}
    </div>
  );
}
