import { type SubmitEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { useCreateTrack } from "@/components/media/api/caption-tracks";
import { TrackFields } from "@/components/media/track-fields";
import type { CaptionFileError, EditorTrack, TrackKind } from "@/components/media/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { isApiError } from "@/lib/api-error";

/** The file's problems by line, from a 400 `invalid_captions`. */
function fileErrors(error: unknown): CaptionFileError[] {
  if (!isApiError(error) || !Array.isArray(error.body.errors)) return [];
  return error.body.errors.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { line, message } = item as Partial<CaptionFileError>;
    return typeof message === "string" ? [{ line: Number(line) || 0, message }] : [];
  });
}

/** Add captions from a WebVTT or SRT file; a refused file lists its problems with line numbers. */
export function CaptionFileForm({
  assetId,
  language: initialLanguage,
  onCreated,
}: {
  assetId: number;
  /** The language filled in at first: the course's, when known. */
  language: string;
  onCreated: (track: EditorTrack) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateTrack(assetId);
  const [file, setFile] = useState<File | null>(null);
  const [language, setLanguage] = useState(initialLanguage);
  const [kind, setKind] = useState<TrackKind>("captions");
  const [label, setLabel] = useState("");
  const errors = fileErrors(create.error);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    create.mutate({ file, language, kind, label }, { onSuccess: onCreated });
  }

  return (
    <form
      className="form caption-editor__form"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t("captions.fromFile")}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          {t("captions.file")}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          className="input"
          accept=".vtt,.srt,text/vtt"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TrackFields
        language={language}
        kind={kind}
        label={label}
        onLanguage={setLanguage}
        onKind={setKind}
        onLabel={setLabel}
      />
      <FormErrors error={create.error} />
      {errors.length > 0 ? (
        <ul className="caption-errors" aria-label={t("captions.fileErrors")}>
          {errors.map((item, index) => (
            <li key={index}>
              {item.line > 0
                ? t("captions.errorLine", { line: item.line, message: item.message })
                : item.message}
            </li>
          ))}
        </ul>
      ) : null}
      {create.data && create.data.warnings.length > 0 ? (
        <Alert tone="info" title={t("captions.warnings")}>
          <ul>
            {create.data.warnings.map((item, index) => (
              <li key={index}>
                {t("captions.errorLine", { line: item.line, message: item.message })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Button type="submit" busy={create.isPending} disabled={!file || !language}>
        {t("captions.upload")}
      </Button>
    </form>
  );
}
