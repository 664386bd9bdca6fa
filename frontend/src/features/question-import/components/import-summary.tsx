import { useTranslation } from "react-i18next";

import type { ImportError, ImportPreview } from "@/lib/api-types";

interface ImportSummaryViewProps {
  summary: Partial<ImportPreview> & { errors: ImportError[] };
}

export function ImportSummaryView({ summary }: ImportSummaryViewProps) {
  const { t } = useTranslation();
  const types = Object.entries(summary.by_type ?? {});
  return (
    <section className="card import-summary" aria-label={t("import.summary")}>
      {summary.questions !== undefined ? (
        <>
          <h2>{t("import.found", { count: summary.questions })}</h2>
          {types.length > 0 ? (
            <ul className="inline-list">
              {types.map(([type, count]) => (
                <li key={type}>
                  {t(`questionTypes.${type}`, { defaultValue: type })}: {count}
                </li>
              ))}
            </ul>
          ) : null}
          {summary.categories && summary.categories.length > 0 ? (
            <p>
              {t("import.categories")} {summary.categories.join(", ")}
            </p>
          ) : null}
        </>
      ) : null}
      {summary.errors.length > 0 ? (
        <div role="alert">
          <h3>{t("import.errors", { count: summary.errors.length })}</h3>
          <ul className="import-errors">
            {summary.errors.map((error) => (
              <li key={`${error.line}-${error.message}`}>
                {t("import.errorLine", { line: error.line, message: error.message })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {summary.preview && summary.preview.length > 0 ? (
        <>
          <h3>{t("import.preview")}</h3>
          <ol className="import-preview">
            {summary.preview.map((item) => (
              <li key={`${item.line}-${item.title}`}>
                <span className="badge">
                  {t(`questionTypes.${item.type}`, { defaultValue: item.type })}
                </span>{" "}
                <strong>{item.title}</strong> {item.text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
