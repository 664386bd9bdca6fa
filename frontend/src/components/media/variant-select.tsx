import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { PlayerVariant } from "@/components/media/types";

interface VariantSelectProps {
  variants: PlayerVariant[];
  value: string;
  onChange: (id: string) => void;
}

/** The accent (or the teacher's recording) to listen to, when there is more than one. */
export function VariantSelect({ variants, value, onChange }: VariantSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  if (variants.length < 2) return null;
  return (
    <span className="player__field">
      <label className="player__label" htmlFor={id}>
        {t("player.voice")}
      </label>
      <select
        id={id}
        className="input input--select input--compact"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {variants.map((variant) => (
          <option key={variant.id} value={variant.id}>
            {variant.label}
          </option>
        ))}
      </select>
    </span>
  );
}
