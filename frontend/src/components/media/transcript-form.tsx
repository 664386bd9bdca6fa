import { type SubmitEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { useCreateTrack } from "@/components/media/api/caption-tracks";
import { TrackFields } from "@/components/media/track-fields";
import type { EditorTrack, TrackKind } from "@/components/media/types";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";

/** Type a transcript, one caption per line, to time it afterwards while the media plays. */
export function TranscriptForm({
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
  const [text, setText] = useState("");
  const [language, setLanguage] = useState(initialLanguage);
  const [kind, setKind] = useState<TrackKind>("captions");

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ language, kind, text }, { onSuccess: onCreated });
  }

  return (
    <form
      className="form caption-editor__form"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t("captions.typeTitle")}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t("captions.transcript")}
        </label>
        <textarea
          id={`${id}-text`}
          className="input input--textarea"
          rows={8}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t("captions.transcriptHint")}
        </p>
      </div>
      <TrackFields language={language} kind={kind} onLanguage={setLanguage} onKind={setKind} />
      <FormErrors error={create.error} />
      <Button type="submit" busy={create.isPending} disabled={!text.trim() || !language}>
        {t("captions.createTranscript")}
      </Button>
    </form>
  );
}
