import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import { formatTime, translationFor } from "@/components/media/playback";
import type { TimedCue } from "@/components/media/types";

interface TranscriptProps {
  cues: TimedCue[];
  current: number;
  translation: TimedCue[] | null;
  onSeek: (seconds: number) => void;
}

/**
 * The words of the media, one button per cue: the cue playing is marked and kept in view,
 * and a press plays from that cue.
 */
export function Transcript({ cues, current, translation, onSeek }: TranscriptProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const box = list.current;
    const item = box?.children[current];
    if (!box || !(item instanceof HTMLElement)) return;
    // Scroll the transcript box only: scrollIntoView would also move the page under the
    // learner, who may be reading further down while the media plays.
    const top = item.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }, [current]);

  return (
    <section className="transcript-panel" aria-label={t("player.transcript")}>
      <ol ref={list} className="transcript-panel__list">
        {cues.map((cue, index) => {
          const translated = translation ? translationFor(cue, translation) : null;
          return (
            <li key={`${cue.start}-${index}`}>
              <button
                type="button"
                className="transcript-panel__cue"
                aria-current={index === current ? "true" : undefined}
                onClick={() => onSeek(cue.start / 1000)}
              >
                <span className="transcript-panel__time">{formatTime(cue.start / 1000)}</span>
                <span>
                  {cue.text}
                  {translated ? (
                    <span className="transcript-panel__translation">{translated}</span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
