import { useId } from "react";
import { useTranslation } from "react-i18next";

import { SPEEDS } from "@/components/media/playback";

interface SpeedSelectProps {
  rate: number;
  onChange: (rate: number) => void;
}

/** Playback speed, 0.5× to 2× in 0.05 steps; the pitch is kept wherever the speed is applied. */
export function SpeedSelect({ rate, onChange }: SpeedSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="player__field">
      <label className="player__label" htmlFor={id}>
        {t("audio.speed")}
      </label>
      <select
        id={id}
        className="input input--select input--compact"
        value={String(rate)}
        aria-keyshortcuts="- +"
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {SPEEDS.map((speed) => (
          <option key={speed} value={String(speed)}>
            {`${speed}×`}
          </option>
        ))}
      </select>
    </span>
  );
}
