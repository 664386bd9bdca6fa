import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { applySpeed } from "@/components/media/playback";
import { readSpeed, rememberSpeed } from "@/components/media/speed-preference";
import { SpeedSelect } from "@/components/media/speed-select";
import { VariantSelect } from "@/components/media/variant-select";
import type { LessonLine } from "@/features/lesson/utils/blocks";
import { dialogueVoices, lineAudioUrl } from "@/features/lesson/utils/dialogue-voices";
import { logger } from "@/lib/logger";

interface DialogueBlockProps {
  title: string;
  lines: LessonLine[];
}

export function DialogueBlock({ title, lines }: DialogueBlockProps) {
  const { t } = useTranslation();
  const id = useId();
  const audio = useRef<HTMLAudioElement | null>(null);
  const [showTranslation, setShowTranslation] = useState(false);
  const [playingLine, setPlayingLine] = useState<number | null>(null);
  // Learners slow lines down as much as the lesson's recordings: the lines get a speed too.
  const [rate, setRate] = useState(readSpeed);
  const voices = dialogueVoices(lines, t);
  const [voice, setVoice] = useState(voices[0]?.id ?? "");

  const attach = useCallback(
    (node: HTMLAudioElement | null) => {
      audio.current = node;
      if (node) applySpeed(node, rate);
    },
    [rate],
  );

  function changeSpeed(value: number) {
    setRate(value);
    rememberSpeed(value);
  }

  function play(line: LessonLine) {
    const element = audio.current;
    const url = lineAudioUrl(line, voice);
    if (!element || !url) return;
    element.src = url;
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
        <VariantSelect variants={voices} value={voice} onChange={setVoice} />
        <SpeedSelect rate={rate} onChange={changeSpeed} />
      </div>
      <audio
        ref={attach}
        data-testid="audio-element"
        preload="none"
        onEnded={() => setPlayingLine(null)}
        onPause={() => setPlayingLine(null)}
      />
      <ol className="dialogue__lines">
        {lines.map((line) => (
          <li key={line.id} className="dialogue__line">
            {lineAudioUrl(line, voice) ? (
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
