import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CourseImportResult } from "@/features/authoring/api/course-import";

interface CourseImportResultViewProps {
  result: CourseImportResult;
  onAnother: () => void;
}

/** The new draft course, what the import left out, and the way to its editor. */
export function CourseImportResultView({ result, onAnother }: CourseImportResultViewProps) {
  const { t } = useTranslation();
  const open = useRef<HTMLAnchorElement>(null);

  // The form is gone: keep a keyboard user's place on what comes next.
  useEffect(() => open.current?.focus(), []);

  return (
    <section className="card package-result" aria-label={t("authoring.package.result")}>
      <Alert tone="success">
        {t("authoring.package.imported", { title: result.title, count: result.lesson_count })}
      </Alert>
      {result.warnings.length > 0 ? (
        <>
          <h2>{t("authoring.package.warnings")}</h2>
          <ul className="package-warnings">
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form__row authoring-toolbar">
        <Link ref={open} className="btn btn--primary" to={`/teach/courses/${result.id}`}>
          {t("authoring.package.open", { title: result.title })}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t("authoring.package.another")}
        </Button>
      </div>
    </section>
  );
}
