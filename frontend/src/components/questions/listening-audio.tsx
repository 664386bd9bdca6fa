import { useTranslation } from "react-i18next";

import { MediaPlayer } from "@/components/media/media-player";
import type { MediaAsset } from "@/components/media/types";

/** The recording a listening question or a dictation is about. */
export function ListeningAudio({
  media,
  number,
}: {
  media: MediaAsset | null | undefined;
  number: number;
}) {
  const { t } = useTranslation();
  if (!media || media.sources.length === 0) {
    return <p className="muted">{t("exercises.noAudio")}</p>;
  }
  return (
    <MediaPlayer
      kind="audio"
      compact
      title={t("exercises.recording", { n: number })}
      sources={media.sources}
      duration={media.duration}
    />
  );
}
