import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { requestForm } from "@/features/authoring/api/request";
import type { MediaSummary } from "@/features/authoring/api/types";
import { fieldMessage } from "@/lib/api-error";

interface MediaSlotProps {
  kind: "audio" | "video";
  /** The course the upload belongs to; none for a question's audio. */
  courseId?: number;
  media: MediaSummary | null;
  onUploaded: (media: MediaSummary) => void;
}

/**
 * Placeholder for the shared media components (MediaUpload with progress, MediaStatus with
 * retry, CaptionEditor) that are to live in src/components/media: until they land, a plain
 * one-request upload and the asset's status.
 */
export function MediaSlot({ kind, courseId, media, onUploaded }: MediaSlotProps) {
  const { t } = useTranslation();
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      if (courseId !== undefined) form.append("course", String(courseId));
      return requestForm<MediaSummary>("media/assets", form);
    },
    onSuccess: onUploaded,
  });

  return (
    <div className="media-slot">
      {media ? (
        <p>
          {t("authoring.media.current", { name: media.original_name })}{" "}
          <span className="badge">{t(`authoring.media.status.${media.status}`)}</span>
          {media.status === "failed" && media.error ? ` ${media.error}` : null}
        </p>
      ) : (
        <p className="muted">{t("authoring.media.none")}</p>
      )}
      <FormErrors error={upload.error} shownFields={["file"]} />
      <TextField
        type="file"
        label={t(kind === "audio" ? "authoring.media.uploadAudio" : "authoring.media.uploadVideo")}
        accept={kind === "audio" ? "audio/*" : "video/*"}
        disabled={upload.isPending}
        error={fieldMessage(upload.error, "file")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate(file);
        }}
      />
      {upload.isPending ? <p role="status">{t("authoring.media.uploading")}</p> : null}
    </div>
  );
}
