import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { TrackKind } from "@/components/media/types";

interface TrackFieldsProps {
  language: string;
  kind: TrackKind;
  label?: string;
  onLanguage: (value: string) => void;
  onKind: (value: TrackKind) => void;
  onLabel?: (value: string) => void;
}

/** Language, kind (captions or a translation) and the name learners see for a track. */
export function TrackFields(props: TrackFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form__row">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-language`}>
          {t("captions.language")}
        </label>
        <input
          id={`${id}-language`}
          className="input"
          required
          maxLength={16}
          aria-describedby={`${id}-language-hint`}
          value={props.language}
          onChange={(event) => props.onLanguage(event.target.value.trim())}
        />
        <p className="field__hint" id={`${id}-language-hint`}>
          {t("captions.languageHint")}
        </p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t("captions.kind")}
        </label>
        <select
          id={`${id}-kind`}
          className="input input--select"
          value={props.kind}
          onChange={(event) =>
            props.onKind(event.target.value === "translation" ? "translation" : "captions")
          }
        >
          <option value="captions">{t("captions.kindCaptions")}</option>
          <option value="translation">{t("captions.kindTranslation")}</option>
        </select>
      </div>
      {props.onLabel ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-label`}>
            {t("captions.label")}
          </label>
          <input
            id={`${id}-label`}
            className="input"
            maxLength={100}
            value={props.label ?? ""}
            onChange={(event) => props.onLabel?.(event.target.value)}
          />
        </div>
      ) : null}
    </div>
  );
}
