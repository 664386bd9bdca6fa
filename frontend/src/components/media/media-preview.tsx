import { useTranslation } from "react-i18next";

import type { MediaKind, MediaSource } from "@/components/media/types";

interface MediaPreviewProps {
  kind: MediaKind;
  name: string;
  sources: MediaSource[];
}

/** The browser's own player for a ready asset, so its editor can hear or see what was made. */
export function MediaPreview({ kind, name, sources }: MediaPreviewProps) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  const label = t("upload.preview", { name });
  const files = sources.map((source) => (
    <source key={source.url} src={source.url} type={source.type} />
  ));

  return kind === "video" ? (
    <video
      className="media-preview media-preview--video"
      controls
      preload="metadata"
      aria-label={label}
    >
      {files}
    </video>
  ) : (
    <audio className="media-preview" controls preload="metadata" aria-label={label}>
      {files}
    </audio>
  );
}
