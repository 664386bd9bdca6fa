import { useId } from "react";
import { useTranslation } from "react-i18next";

import { formatTime } from "@/components/media/playback";
import { type MediaPlayerState, REPEAT_COUNTS } from "@/components/media/use-media-player";

/** A–B loop, the number of times a loop plays, and what is looping now. */
export function LoopControls({ player }: { player: MediaPlayerState }) {
  const { t } = useTranslation();
  const id = useId();
  const { loop, pointA, repeatCount } = player;
  const endless = repeatCount === 0;

  let status = "";
  if (loop) {
    const key = loop.kind === "ab" ? "player.loopStatus" : "player.sentenceStatus";
    status = t(endless ? `${key}Endless` : key, {
      start: formatTime(loop.start),
      end: formatTime(loop.end),
      pass: loop.pass,
      total: repeatCount,
    });
  } else if (pointA !== null) {
    status = t("player.loopStarted", { start: formatTime(pointA) });
  }

  return (
    <div className="player__loop">
      <button
        type="button"
        className="btn btn--secondary"
        aria-keyshortcuts="l"
        onClick={player.markLoop}
      >
        {pointA === null ? t("player.loopStart") : t("player.loopEnd")}
      </button>
      {loop || pointA !== null ? (
        <button type="button" className="btn btn--secondary" onClick={player.clearLoop}>
          {t("player.loopClear")}
        </button>
      ) : null}
      <span className="player__field">
        <label className="player__label" htmlFor={id}>
          {t("player.repeatCount")}
        </label>
        <select
          id={id}
          className="input input--select input--compact"
          value={String(repeatCount)}
          onChange={(event) => player.setRepeatCount(Number(event.target.value))}
        >
          {REPEAT_COUNTS.map((count) => (
            <option key={count} value={String(count)}>
              {count === 0 ? t("player.endless") : t("player.times", { count })}
            </option>
          ))}
        </select>
      </span>
      <p className="player__status muted" role="status">
        {status}
      </p>
    </div>
  );
}
