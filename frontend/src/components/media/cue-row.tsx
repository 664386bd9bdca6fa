import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { formatTimecode, parseTimecode } from "@/components/media/timecode";
import type { Cue } from "@/components/media/types";

interface CueRowProps {
  index: number;
  cue: Cue;
  active: boolean;
  error: string | undefined;
  onSelect: () => void;
  onChange: (change: Partial<Cue>) => void;
}

/** One line of a transcript: its times (set by keys or typed) and its words. */
export function CueRow({ index, cue, active, error, onSelect, onChange }: CueRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const n = index + 1;
  return (
    <li className="cue-editor__row" aria-current={active ? "true" : undefined}>
      <TimeInput
        label={t("captions.start", { n })}
        value={cue.start}
        onChange={(start) => onChange({ start })}
      />
      <TimeInput
        label={t("captions.end", { n })}
        value={cue.end}
        onChange={(end) => onChange({ end })}
      />
      <input
        className="input"
        aria-label={t("captions.text", { n })}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        value={cue.text}
        onChange={(event) => onChange({ text: event.target.value })}
      />
      <button type="button" className="btn btn--secondary" aria-pressed={active} onClick={onSelect}>
        {t("captions.timeThis", { n })}
      </button>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </li>
  );
}

interface TimeInputProps {
  label: string;
  value: number | null;
  onChange: (ms: number | null) => void;
}

/**
 * A time typed as "1:02.500": kept as typed while the field has focus (each valid time is
 * applied at once), shown in the standard form once the focus leaves it.
 */
function TimeInput({ label, value, onChange }: TimeInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && draft.trim() !== "" && parseTimecode(draft) === null;
  return (
    <input
      className="input input--compact"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? t("captions.badTime") : undefined}
      value={draft ?? formatTimecode(value)}
      onChange={(event) => {
        const text = event.target.value;
        const ms = parseTimecode(text);
        setDraft(text);
        if (ms !== null || text.trim() === "") onChange(ms);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
