import { type ChangeEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { AVATAR_MAX_BYTES, useDeleteAvatar, useUploadAvatar } from "@/features/profile/api/avatar";

interface Chosen {
  file: File;
  previewUrl: string;
  broken?: boolean;
}

export function AvatarField({ avatarUrl }: { avatarUrl: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const upload = useUploadAvatar();
  const remove = useDeleteAvatar();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);

  // Free the preview's memory when it is replaced or the page is left.
  useEffect(
    () => () => {
      if (chosen) URL.revokeObjectURL(chosen.previewUrl);
    },
    [chosen],
  );

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0] ?? null;
    upload.reset();
    setChosen(null);
    setClientError(null);
    if (!file) return;
    if (!file.type.startsWith("image/")) {
      setClientError(t("avatar.notImage"));
    } else if (file.size > AVATAR_MAX_BYTES) {
      setClientError(t("avatar.tooLarge", { mb: 5 }));
    } else {
      setChosen({ file, previewUrl: URL.createObjectURL(file) });
    }
  }

  // A file the browser cannot draw gets no broken picture; the server has the last word on it.
  function handlePreviewError() {
    setChosen((current) => current && { ...current, broken: true });
  }

  function handleUpload() {
    if (chosen) upload.mutate(chosen.file, { onSuccess: () => setChosen(null) });
  }

  const shown = chosen ? (chosen.broken ? null : chosen.previewUrl) : avatarUrl;
  const describedBy = clientError ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <section className="card avatar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("avatar.title")}</h2>
      <div className="avatar__body">
        {shown ? (
          <img
            className="avatar__image"
            src={shown}
            alt={chosen ? t("avatar.previewAlt") : t("avatar.alt")}
            width={96}
            height={96}
            onError={chosen ? handlePreviewError : undefined}
          />
        ) : (
          <div className="avatar__image avatar__image--empty" aria-hidden="true" />
        )}
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t("avatar.choose")}
          </label>
          <input
            id={id}
            type="file"
            accept="image/*"
            onChange={handleChange}
            aria-describedby={describedBy}
            aria-invalid={clientError ? true : undefined}
          />
          <p className="field__hint" id={`${id}-hint`}>
            {t("avatar.hint", { mb: 5 })}
          </p>
          {clientError ? (
            <p className="field__error" id={`${id}-error`}>
              {clientError}
            </p>
          ) : null}
        </div>
      </div>
      <FormErrors error={upload.error ?? remove.error} />
      {upload.isSuccess ? <Alert tone="success">{t("avatar.saved")}</Alert> : null}
      <div className="form__row">
        <Button disabled={!chosen} busy={upload.isPending} onClick={handleUpload}>
          {t("avatar.upload")}
        </Button>
        {avatarUrl ? (
          <Button variant="secondary" busy={remove.isPending} onClick={() => remove.mutate()}>
            {t("avatar.remove")}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
