import { useTranslation } from "react-i18next";

import { MediaPlayer } from "@/components/media/media-player";
import type { MediaSource } from "@/components/media/types";
import type { LessonBlockData } from "@/features/lesson/utils/blocks";

type MediaBlockData = Extract<LessonBlockData, { type: "audio" | "video" }>;

/** A video or audio block: the player with its captions and transcript. */
export function MediaBlock({ block }: { block: MediaBlockData }) {
  const { t } = useTranslation();
  const { media, tracks = [] } = block;
  // Older lessons carry a bare audio file instead of a processed asset.
  const legacyUrl = "audio_url" in block ? block.audio_url : null;
  const sources: MediaSource[] =
    media?.status === "ready"
      ? media.sources
      : legacyUrl
        ? [{ url: legacyUrl, type: "", label: "" }]
        : [];
  const title = block.title || t(block.type === "video" ? "lesson.video" : "lesson.audio");
  // Cues make a transcript of their own; the plain one is shown only without them.
  const hasCues = tracks.some((track) => track.cues.length > 0);

  return (
    <section className="block" aria-label={block.title ? undefined : title}>
      {block.title ? <h2>{block.title}</h2> : null}
      {sources.length > 0 ? (
        <MediaPlayer
          kind={media?.kind ?? block.type}
          title={title}
          sources={sources}
          poster={media?.poster_url}
          width={media?.width}
          height={media?.height}
          duration={media?.duration}
          tracks={tracks}
        />
      ) : media ? (
        <p className="muted" role="status">
          {media.status === "failed" ? t("lesson.mediaFailed") : t("lesson.mediaPreparing")}
        </p>
      ) : null}
      {block.transcript && !hasCues ? <p className="transcript">{block.transcript}</p> : null}
    </section>
  );
}
