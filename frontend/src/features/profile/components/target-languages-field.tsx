import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { fieldMessage } from "@/lib/api-error";
import { LEVELS, type TargetLanguage } from "@/lib/api-types";

interface TargetLanguagesFieldProps {
  value: TargetLanguage[];
  onChange: (value: TargetLanguage[]) => void;
  languages: SelectOption[];
  error: unknown;
}

export function TargetLanguagesField({
  value,
  onChange,
  languages,
  error,
}: TargetLanguagesFieldProps) {
  const { t } = useTranslation();
  const levels = LEVELS.map((level) => ({ value: level, label: level }));
  const general = fieldMessage(error, "target_languages");
  const list = useRef<HTMLUListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  // The row whose language gets the focus after a row is added or removed, so a keyboard user
  // goes on from there instead of from the button (or from the page, when the button is gone).
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    const rows = list.current?.querySelectorAll("li") ?? [];
    const row = rows[Math.min(focusRow.current, rows.length - 1)];
    (row?.querySelector("select") ?? add.current)?.focus();
    focusRow.current = null;
  }, [value]);

  function change(index: number, patch: Partial<TargetLanguage>) {
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  return (
    <fieldset className="fieldset">
      <legend>{t("profile.targetLanguages")}</legend>
      {value.length === 0 ? <p className="muted">{t("profile.noTargets")}</p> : null}
      <ul ref={list} className="target-list">
        {value.map((row, index) => (
          // Rows have no id of their own until saved; the position is their identity here.
          <li key={index} className="target-list__row">
            <SelectField
              label={t("profile.targetLanguage", { n: index + 1 })}
              value={row.language}
              placeholder={t("profile.notChosen")}
              options={languages}
              onChange={(e) => change(index, { language: e.target.value })}
              error={fieldMessage(error, `target_languages.${index}.language`)}
            />
            <SelectField
              label={t("profile.level", { n: index + 1 })}
              value={row.level}
              options={levels}
              onChange={(e) => {
                const level = LEVELS.find((item) => item === e.target.value);
                if (level) change(index, { level });
              }}
              error={fieldMessage(error, `target_languages.${index}.level`)}
            />
            <Button
              variant="secondary"
              onClick={() => {
                focusRow.current = index;
                onChange(value.filter((_, i) => i !== index));
              }}
              aria-label={t("profile.removeTarget", { n: index + 1 })}
            >
              {t("common.remove")}
            </Button>
          </li>
        ))}
      </ul>
      {general ? <p className="field__error">{general}</p> : null}
      <Button
        ref={add}
        variant="secondary"
        onClick={() => {
          focusRow.current = value.length;
          onChange([...value, { language: "", level: "A1" }]);
        }}
      >
        {t("profile.addTarget")}
      </Button>
    </fieldset>
  );
}
