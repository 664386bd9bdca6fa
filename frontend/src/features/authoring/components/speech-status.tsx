import { useTranslation } from "react-i18next";

import { type BlockSpeech, useBlockSpeech } from "@/features/authoring/api/block-speech";

interface SpeechStatusProps {
  lessonId: number;
  blockId: number;
  voices: readonly string[];
}

type Clip = BlockSpeech["items"][number]["clips"][number];

const SHOWN_CHARS = 80;

function excerpt(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

/** Where the generated speech of each text stands, voice by voice, updated as it is made. */
export function SpeechStatus({ lessonId, blockId, voices }: SpeechStatusProps) {
  const { t } = useTranslation();
  const speech = useBlockSpeech(lessonId, blockId, voices.length > 0);
  if (voices.length === 0) return null;

  const labels = new Map((speech.data?.voices ?? []).map((voice) => [voice.id, voice.label]));
  function clipText(clip: Clip): string {
    const voice = labels.get(clip.voice) ?? clip.voice;
    const name = clip.speed === "slow" ? t("authoring.speech.slow", { voice }) : voice;
    const state = t(`authoring.speech.status.${clip.status}`);
    return clip.error ? `${name}: ${state} ${clip.error}` : `${name}: ${state}`;
  }

  return (
    <section className="speech-status" aria-label={t("authoring.speech.title")}>
      <h4>{t("authoring.speech.title")}</h4>
      {speech.isError ? <p className="muted">{t("authoring.speech.failed")}</p> : null}
      {/* Polite: clips finish one by one, and each change is worth hearing, not interrupting. */}
      <ul aria-live="polite">
        {(speech.data?.items ?? []).map((item) => (
          <li key={`${item.kind}-${item.id}`}>
            <span>{excerpt(item.text)}</span>
            <ul className="inline-list">
              {item.clips.map((clip) => (
                <li key={`${clip.voice}-${clip.speed}`} data-status={clip.status}>
                  {clipText(clip)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
