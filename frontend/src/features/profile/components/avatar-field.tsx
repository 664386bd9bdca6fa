import { type ChangeEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { AVATAR_MAX_BYTES, useDeleteAvatar, useUploadAvatar } from "@/features/profile/api/avatar";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";

export function AvatarField({ avatarUrl }: { avatarUrl: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const upload = useUploadAvatar();
  const remove = useDeleteAvatar();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    upload.reset();
    setClientError(null);
    setFile(null);
    if (!chosen) return;
    if (!chosen.type.startsWith("image/")) return setClientError(t("avatar.notImage"));
    if (chosen.size > AVATAR_MAX_BYTES) return setClientError(t("avatar.tooLarge", { mb: 5 }));
    setFile(chosen);
  }

  const shown = preview ?? avatarUrl;
  return (
    <section className="card avatar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("avatar.title")}</h2>
      <div className="avatar__body">
        {shown ? (
          <img className="avatar__image" src={shown} alt={t("avatar.alt")} width={96} height={96} />
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
            aria-describedby={`${id}-hint${clientError ? ` ${id}-error` : ""}`}
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
        <Button disabled={!file} busy={upload.isPending} onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}>
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
