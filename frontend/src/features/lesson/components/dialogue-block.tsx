import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { SpeedSelect } from "@/features/lesson/components/speed-select";
import { applySpeed } from "@/features/lesson/utils/playback";
import type { DialogueLine } from "@/lib/api-types";
import { logger } from "@/lib/logger";

interface DialogueBlockProps {
  title: string;
  lines: DialogueLine[];
}

export function DialogueBlock({ title, lines }: DialogueBlockProps) {
  const { t } = useTranslation();
  const id = useId();
  const audio = useRef<HTMLAudioElement>(null);
  const [showTranslation, setShowTranslation] = useState(false);
  const [playingLine, setPlayingLine] = useState<number | null>(null);
  // Learners slow lines down as much as the lesson's recordings: the lines get a speed too.
  const [rate, setRate] = useState(1);

  useEffect(() => {
    if (audio.current) applySpeed(audio.current, rate);
  }, [rate]);

  function play(line: DialogueLine) {
    const element = audio.current;
    if (!element || !line.audio_url) return;
    element.src = line.audio_url;
    applySpeed(element, rate);
    setPlayingLine(line.id);
    element.play().catch(() => logger.warn("audio.play_failed"));
  }

  return (
    <section className="block dialogue" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title || t("dialogue.title")}</h2>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => setShowTranslation((value) => !value)}
      >
        {/* The label says what a press does; it changes, so the button is not a pressed toggle. */}
        {showTranslation ? t("dialogue.hideTranslation") : t("dialogue.showTranslation")}
      </button>
      <div className="form__row">
        <SpeedSelect rate={rate} onChange={setRate} />
      </div>
      <audio
        ref={audio}
        data-testid="audio-element"
        preload="none"
        onEnded={() => setPlayingLine(null)}
        onPause={() => setPlayingLine(null)}
      />
      <ol className="dialogue__lines">
        {lines.map((line) => (
          <li key={line.id} className="dialogue__line">
            {line.audio_url ? (
              <button
                type="button"
                className="btn btn--secondary btn--icon"
                aria-label={t("dialogue.playLine", { speaker: line.speaker })}
                aria-pressed={playingLine === line.id}
                onClick={() => play(line)}
              >
                ▶
              </button>
            ) : null}
            <div>
              <p>
                <strong className="dialogue__speaker">{line.speaker}:</strong> {line.text}
              </p>
              {showTranslation && line.translation ? (
                <p className="dialogue__translation">{line.translation}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
