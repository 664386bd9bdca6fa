import "@/features/authoring/authoring.css";

import { type ChangeEvent, type SubmitEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { formatBytes } from "@/components/media/sizes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCourseImport, useCourseImportLimit } from "@/features/authoring/api/course-import";
import { CourseImportResultView } from "@/features/authoring/components/course-import-result";
import { PackageErrors } from "@/features/authoring/components/package-errors";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { UploadProgressBar } from "@/features/authoring/components/upload-progress-bar";
import { packageProblem } from "@/features/authoring/utils/package-check";
import { useDocumentTitle } from "@/lib/use-document-title";

/** Import a course package (made by Export on another Glossa) as a new draft course. */
export function CourseImportPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const importer = useCourseImport();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A new key remounts the form, which is the only way to empty a file input.
  const [formKey, setFormKey] = useState(0);
  // Until the server has told its limit, only it checks the size.
  const maxBytes = useCourseImportLimit().data;
  useDocumentTitle(t("authoring.package.title"));

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setProblem(chosen ? packageProblem(chosen, maxBytes ?? Infinity, t, i18n.language) : null);
    importer.reset();
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setProblem(t("authoring.package.chooseFile"));
      return;
    }
    if (problem || importer.busy) return;
    importer.start(file);
  }

  function handleAnother() {
    importer.reset();
    setFile(null);
    setProblem(null);
    setFormKey((key) => key + 1);
  }

  if (importer.result) {
    return (
      <div className="page authoring">
        <TeachNav />
        <h1>{t("authoring.package.title")}</h1>
        <CourseImportResultView result={importer.result} onAnother={handleAnother} />
      </div>
    );
  }

  const describedBy = [maxBytes === undefined ? "" : `${id}-hint`, problem ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="page authoring">
      <TeachNav />
      <h1>{t("authoring.package.title")}</h1>
      <p>{t("authoring.package.intro")}</p>
      <form key={formKey} className="form card" onSubmit={handleSubmit} noValidate>
        <div className={problem ? "field field--invalid" : "field"}>
          <label className="field__label" htmlFor={id}>
            {t("authoring.package.file")}
          </label>
          <input
            id={id}
            type="file"
            className="input"
            accept=".zip,application/zip"
            required
            disabled={importer.busy}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy}
            onChange={choose}
          />
          {maxBytes === undefined ? null : (
            <p className="field__hint" id={`${id}-hint`}>
              {t("authoring.package.hint", { limit: formatBytes(maxBytes, i18n.language) })}
            </p>
          )}
          {problem ? (
            <p className="field__error" id={`${id}-error`} role="alert">
              {problem}
            </p>
          ) : null}
        </div>
        <div className="form__row authoring-toolbar">
          <Button type="submit" busy={importer.busy}>
            {t("authoring.package.import")}
          </Button>
          {importer.busy &&
          importer.progress &&
          importer.progress.sent < importer.progress.total ? (
            <Button variant="secondary" onClick={importer.cancel}>
              {t("authoring.package.cancel")}
            </Button>
          ) : null}
        </div>
        {importer.busy && importer.progress ? (
          <UploadProgressBar progress={importer.progress} />
        ) : null}
      </form>
      {importer.cancelled ? <Alert tone="info">{t("authoring.package.cancelled")}</Alert> : null}
      <PackageErrors error={importer.error} />
    </div>
  );
}
