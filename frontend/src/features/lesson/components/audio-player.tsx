import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { SpeedSelect } from "@/features/lesson/components/speed-select";
import { applySpeed, formatTime } from "@/features/lesson/utils/playback";
import { logger } from "@/lib/logger";

interface AudioPlayerProps {
  src: string;
  title: string;
}

/** A native <audio> element driven by labelled, keyboard-reachable controls. */
export function AudioPlayer({ src, title }: AudioPlayerProps) {
  const { t } = useTranslation();
  const id = useId();
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [rate, setRate] = useState(1);

  useEffect(() => {
    if (audio.current) applySpeed(audio.current, rate);
  }, [rate]);

  function toggle() {
    const element = audio.current;
    if (!element) return;
    if (element.paused) {
      element.play().catch(() => logger.warn("audio.play_failed"));
    } else {
      element.pause();
    }
  }

  function seek(value: number) {
    if (audio.current) audio.current.currentTime = value;
    setTime(value);
  }

  return (
    <div className="player" role="group" aria-label={t("audio.player", { title })}>
      <audio
        ref={audio}
        data-testid="audio-element"
        src={src}
        preload="metadata"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
        onLoadedMetadata={(event) => setDuration(event.currentTarget.duration)}
      />
      <button type="button" className="btn btn--secondary player__play" onClick={toggle}>
        {playing ? t("audio.pause") : t("audio.play")}
      </button>
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
        value={time}
        aria-valuetext={t("audio.timeOf", {
          time: formatTime(time),
          duration: formatTime(duration),
        })}
        onChange={(event) => seek(Number(event.target.value))}
      />
      <span className="player__time" aria-hidden="true">
        {formatTime(time)} / {formatTime(duration)}
      </span>
      <SpeedSelect rate={rate} onChange={setRate} />
    </div>
  );
}
