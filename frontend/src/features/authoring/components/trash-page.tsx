import "@/features/authoring/authoring.css";

import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useRestore, useTrash } from "@/features/authoring/api/misc";
import type { TrashItem } from "@/features/authoring/api/types";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { useDocumentTitle } from "@/lib/use-document-title";

const DAY_MS = 24 * 60 * 60 * 1000;

function daysLeft(item: TrashItem): number {
  return Math.max(0, Math.ceil((Date.parse(item.purge_at) - Date.now()) / DAY_MS));
}

export function TrashPage() {
  const { t, i18n } = useTranslation();
  const trash = useTrash();
  const restore = useRestore();
  const items = trash.data?.results ?? [];
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  useDocumentTitle(t("authoring.trash.title"));

  return (
    <div className="page authoring">
      <h1>{t("authoring.trash.title")}</h1>
      <TeachNav />
      <p>{t("authoring.trash.intro")}</p>
      {trash.isPending ? <Spinner /> : null}
      <FormErrors error={trash.error ?? restore.error} />
      {restore.isSuccess ? <Alert tone="success">{t("authoring.trash.restored")}</Alert> : null}
      {trash.data && items.length === 0 ? (
        <p className="muted">{t("authoring.trash.empty")}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="authoring-list" aria-label={t("authoring.trash.title")}>
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="authoring-row card">
              <div className="authoring-row__main">
                <p className="authoring-row__title">
                  {t(`authoring.trash.kind.${item.kind}`)}: {item.title}
                </p>
                <p className="muted">
                  {item.kind !== "course" && item.course_title
                    ? `${t("authoring.trash.inCourse", { title: item.course_title })} · `
                    : ""}
                  {t("authoring.trash.deletedOn", {
                    date: dates.format(new Date(item.deleted_at)),
                  })}{" "}
                  · {t("authoring.trash.daysLeft", { count: daysLeft(item) })}
                </p>
              </div>
              <Button
                variant="secondary"
                aria-label={t("authoring.trash.restoreNamed", { title: item.title })}
                busy={restore.isPending && restore.variables.id === item.id}
                onClick={() => restore.mutate({ kind: item.kind, id: item.id })}
              >
                {t("authoring.trash.restore")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
