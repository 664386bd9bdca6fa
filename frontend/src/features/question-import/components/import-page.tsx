import { type SubmitEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormErrors } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportRequest,
  useImportQuestions,
  usePreviewImport,
} from "@/features/question-import/api/import-questions";
import { ImportSummaryView } from "@/features/question-import/components/import-summary";
import { fieldMessage, isApiError } from "@/lib/api-error";
import type { ImportError } from "@/lib/api-types";
import { useDocumentTitle } from "@/lib/use-document-title";
import { randomUuid } from "@/lib/uuid";

function isImportError(value: unknown): value is ImportError {
  return typeof value === "object" && value !== null && "line" in value && "message" in value;
}

/** The per-line errors of an all-or-nothing refusal (`import_invalid`). */
function errorsOf(error: unknown): ImportError[] {
  const list: unknown = isApiError(error) ? error.body.errors : undefined;
  return Array.isArray(list) ? list.filter(isImportError) : [];
}

export function ImportPage() {
  const { t } = useTranslation();
  const preview = usePreviewImport();
  const importer = useImportQuestions();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<"" | ImportFormat>("");
  const [bank, setBank] = useState("");
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>();
  // A new key remounts the form, which is the only way to empty a file input.
  const [formKey, setFormKey] = useState(0);
  // Set at the click itself: a double click lands before the mutation reports it is pending.
  const importing = useRef(false);
  // One id per import of a checked file, reused by a retry after a failure (see the API).
  const submissionId = useRef<string | null>(null);
  useDocumentTitle(t("import.title"));

  const request: ImportRequest | null = file
    ? { file, format: format || undefined, bank: bank.trim(), skipInvalid }
    : null;
  const errors = preview.data?.errors ?? [];
  const importErrors = errorsOf(importer.error);
  const nothingValid = preview.data?.questions === 0;
  const canImport =
    Boolean(preview.data && request?.bank) && !nothingValid && (errors.length === 0 || skipInvalid);
  const imported = importer.isSuccess;
  const another = useRef<HTMLButtonElement>(null);

  // The Import button is gone: keep a keyboard user's place on what comes next.
  useEffect(() => {
    if (imported) another.current?.focus();
  }, [imported]);

  function reset() {
    preview.reset();
    importer.reset();
    submissionId.current = null;
  }

  function handleImport() {
    if (!request || importing.current) return;
    importing.current = true;
    submissionId.current ??= randomUuid();
    importer.mutate(
      { ...request, submissionId: submissionId.current },
      {
        onError: () => {
          importing.current = false;
        },
      },
    );
  }

  /** Start over with another file; the bank name stays, as it is often the same. */
  function handleAnother() {
    reset();
    importing.current = false;
    setFile(null);
    setFormat("");
    setSkipInvalid(false);
    setFormKey((key) => key + 1);
  }

  function handleCheck(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!request) {
      setFileError(t("import.chooseFile"));
      return;
    }
    importer.reset();
    submissionId.current = null;
    preview.mutate(request);
  }

  return (
    <div className="page">
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <form key={formKey} className="form card" onSubmit={handleCheck} noValidate>
        <FormErrors error={preview.error} shownFields={["file", "format", "bank"]} />
        <TextField
          label={t("import.file")}
          type="file"
          accept=".gift,.txt,.xml,text/plain,text/xml,application/xml"
          required
          disabled={imported}
          error={fileError ?? fieldMessage(preview.error, "file")}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFileError(undefined);
            reset();
          }}
        />
        <SelectField
          label={t("import.format")}
          value={format}
          disabled={imported}
          options={[
            { value: "", label: t("import.formatAuto") },
            { value: "gift", label: "GIFT" },
            { value: "aiken", label: "Aiken" },
            { value: "moodlexml", label: "Moodle XML" },
          ]}
          onChange={(e) => {
            const chosen = IMPORT_FORMATS.find((known) => known === e.target.value);
            setFormat(chosen ?? "");
            reset();
          }}
          error={fieldMessage(preview.error, "format")}
        />
        <TextField
          label={t("import.bank")}
          hint={t("import.bankHint")}
          value={bank}
          disabled={imported}
          onChange={(e) => setBank(e.target.value)}
          error={fieldMessage(importer.error, "bank") ?? fieldMessage(preview.error, "bank")}
        />
        <Checkbox
          label={t("import.skipInvalid")}
          hint={t("import.skipInvalidHint")}
          checked={skipInvalid}
          disabled={imported}
          onChange={(e) => setSkipInvalid(e.target.checked)}
        />
        <Button type="submit" variant="secondary" busy={preview.isPending} disabled={imported}>
          {t("import.check")}
        </Button>
      </form>
      {preview.data ? <ImportSummaryView summary={preview.data} /> : null}
      {preview.data && !imported ? (
        <div className="form__row import__confirm">
          <Button disabled={!canImport} busy={importer.isPending} onClick={handleImport}>
            {t("import.import")}
          </Button>
          {!request?.bank ? <p className="muted">{t("import.needBank")}</p> : null}
          {nothingValid && (errors.length === 0 || skipInvalid) ? (
            <p className="muted">{t("import.nothingValid")}</p>
          ) : null}
          {errors.length > 0 && !skipInvalid ? (
            <p className="muted">{t("import.fixOrSkip")}</p>
          ) : null}
        </div>
      ) : null}
      <FormErrors error={importer.error} shownFields={["bank"]} />
      {importErrors.length > 0 ? <ImportSummaryView summary={{ errors: importErrors }} /> : null}
      {importer.data ? (
        <>
          <Alert tone="success">{t("import.done", { count: importer.data.questions })}</Alert>
          <Button ref={another} variant="secondary" onClick={handleAnother}>
            {t("import.another")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
