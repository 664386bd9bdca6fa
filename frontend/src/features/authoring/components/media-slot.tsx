import { useTranslation } from "react-i18next";

import type { EditorAsset } from "@/components/media/api/media-asset";
import { MediaStatus } from "@/components/media/media-status";
import { MediaUpload } from "@/components/media/media-upload";
import type { MediaKind } from "@/components/media/types";
import type { MediaSummary } from "@/features/authoring/api/types";

interface MediaSlotProps {
  /** The course the upload belongs to; none for a question's audio. */
  courseId?: number;
  /** What the slot takes: an audio block and a question's audio take audio only. */
  kind: MediaKind;
  media: MediaSummary | null;
  onUploaded: (media: MediaSummary) => void;
}

function summaryOf(asset: EditorAsset): MediaSummary {
  const { id, kind, status, error, duration, original_name, sources, poster_url } = asset;
  return {
    id,
    kind,
    status,
    error,
    duration,
    original_name,
    sources,
    poster_url,
    width: asset.width,
    height: asset.height,
  };
}

/**
 * The block's or question's media: its processing status (with Retry and a preview), and an
 * upload. The upload shows no status of its own: the new asset becomes `media`, shown here once.
 */
export function MediaSlot({ courseId, kind, media, onUploaded }: MediaSlotProps) {
  const { t } = useTranslation();
  return (
    <div className="media-slot">
      {media ? (
        <>
          <p>{t("authoring.media.current", { name: media.original_name })}</p>
          <MediaStatus assetId={media.id} />
        </>
      ) : (
        <p className="muted">{t("authoring.media.none")}</p>
      )}
      <MediaUpload
        course={courseId ?? null}
        kind={kind}
        showStatus={false}
        onUploaded={(asset) => onUploaded(summaryOf(asset))}
      />
    </div>
  );
}
