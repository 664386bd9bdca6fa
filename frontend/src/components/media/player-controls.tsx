import { useId } from "react";
import { useTranslation } from "react-i18next";

import { formatTime } from "@/components/media/playback";
import { SpeedSelect } from "@/components/media/speed-select";
import { type MediaPlayerState, SKIP_BACK_SECONDS } from "@/components/media/use-media-player";

interface PlayerControlsProps {
  player: MediaPlayerState;
  hasCues: boolean;
  hasTranslation: boolean;
  captions: boolean;
  translation: boolean;
  onCaptionsChange: (on: boolean) => void;
  onTranslationChange: (on: boolean) => void;
}

/** Play, skip back, repeat the sentence, position, speed and the caption switches. */
export function PlayerControls({
  player,
  hasCues,
  hasTranslation,
  captions,
  translation,
  onCaptionsChange,
  onTranslationChange,
}: PlayerControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const { time, duration } = player;

  return (
    <div className="player__controls">
      <button
        type="button"
        className="btn btn--secondary player__play"
        aria-keyshortcuts="k"
        onClick={player.toggle}
      >
        {player.playing ? t("audio.pause") : t("audio.play")}
      </button>
      <button
        type="button"
        className="btn btn--secondary"
        aria-keyshortcuts="j"
        onClick={player.skipBack}
      >
        {t("player.back", { seconds: SKIP_BACK_SECONDS })}
      </button>
      {hasCues ? (
        <button
          type="button"
          className="btn btn--secondary"
          aria-keyshortcuts="r"
          onClick={player.repeatSentence}
        >
          {t("player.repeatSentence")}
        </button>
      ) : null}
      <span className="player__position">
        <label className="visually-hidden" htmlFor={`${id}-seek`}>
          {t("audio.position")}
        </label>
        <input
          id={`${id}-seek`}
          className="player__seek"
          type="range"
          min={0}
          max={duration || 0}
          step={0.1}
          value={Math.min(time, duration || time)}
          aria-valuetext={t("audio.timeOf", {
            time: formatTime(time),
            duration: formatTime(duration),
          })}
          onChange={(event) => player.jump(Number(event.target.value))}
        />
        <span className="player__time" aria-hidden="true">
          {formatTime(time)} / {formatTime(duration)}
        </span>
      </span>
      <SpeedSelect rate={player.rate} onChange={player.changeSpeed} />
      {hasCues ? (
        <button
          type="button"
          className="btn btn--secondary"
          aria-pressed={captions}
          aria-keyshortcuts="c"
          onClick={() => onCaptionsChange(!captions)}
        >
          {t("player.captions")}
        </button>
      ) : null}
      {hasTranslation ? (
        <button
          type="button"
          className="btn btn--secondary"
          aria-pressed={translation}
          aria-keyshortcuts="t"
          onClick={() => onTranslationChange(!translation)}
        >
          {t("player.translation")}
        </button>
      ) : null}
    </div>
  );
}
