import { useId } from "react";
import { useTranslation } from "react-i18next";

import { SPEEDS } from "@/features/lesson/utils/playback";

interface SpeedSelectProps {
  rate: number;
  onChange: (rate: number) => void;
}

/** Playback speed, 0.5× to 2×; the pitch is kept wherever the speed is applied. */
export function SpeedSelect({ rate, onChange }: SpeedSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label className="player__speed-label" htmlFor={id}>
        {t("audio.speed")}
      </label>
      <select
        id={id}
        className="input input--select input--compact"
        value={String(rate)}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {SPEEDS.map((speed) => (
          <option key={speed} value={String(speed)}>
            {`${speed}×`}
          </option>
        ))}
      </select>
    </>
  );
}
