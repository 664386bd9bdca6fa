import { useTranslation } from "react-i18next";

import type { CourseStatus } from "@/features/authoring/api/types";

export function StatusBadge({ status }: { status: CourseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={status === "published" ? "badge badge--success" : "badge"}>
      {t(`authoring.status.${status}`)}
    </span>
  );
}
