import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { CaptionTrack } from "@/components/media/types";

interface TrackSelectProps {
  tracks: CaptionTrack[];
  value: number | undefined;
  onChange: (id: number) => void;
}

/** The language of the captions and transcript, when the media has captions in several. */
export function TrackSelect({ tracks, value, onChange }: TrackSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="player__field">
      <label className="player__label" htmlFor={id}>
        {t("player.captionLanguage")}
      </label>
      <select
        id={id}
        className="input input--select input--compact"
        value={String(value)}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {tracks.map((item) => (
          <option key={item.id} value={String(item.id)}>
            {item.label || item.language}
          </option>
        ))}
      </select>
    </span>
  );
}
