import { useTranslation } from "react-i18next";

import { Checkbox } from "@/components/ui/checkbox";
import { useVoices } from "@/features/authoring/api/misc";

interface VoicePickerProps {
  language: string;
  value: readonly string[];
  onChange: (voices: string[]) => void;
}

/** The eSpeak NG voices learners may hear this text in (several accents where there are). */
export function VoicePicker({ language, value, onChange }: VoicePickerProps) {
  const { t } = useTranslation();
  const voices = useVoices(language);

  function toggle(id: string, on: boolean) {
    onChange(on ? [...value, id] : value.filter((voice) => voice !== id));
  }

  return (
    <fieldset className="fieldset">
      <legend>{t("authoring.voices.legend")}</legend>
      <p className="field__hint">{t("authoring.voices.hint")}</p>
      {voices.isError ? <p className="muted">{t("authoring.voices.failed")}</p> : null}
      {voices.data?.length === 0 ? <p className="muted">{t("authoring.voices.none")}</p> : null}
      {(voices.data ?? []).map((voice) => (
        <Checkbox
          key={voice.id}
          label={voice.label}
          checked={value.includes(voice.id)}
          onChange={(e) => toggle(voice.id, e.target.checked)}
        />
      ))}
    </fieldset>
  );
}
