import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";

import { createAsset, type EditorAsset } from "@/components/media/api/media-asset";
import { startUpload, type UploadHandle } from "@/components/media/tus-upload";

export type UploadPhase = "idle" | "uploading" | "paused" | "failed" | "done";

export type MediaUploadState = ReturnType<typeof useMediaUpload>;

/** One file's resumable upload, then the asset made of it. */
export function useMediaUpload({
  course,
  onUploaded,
}: {
  course?: number | null;
  onUploaded?: (asset: EditorAsset) => void;
}) {
  const [phase, setPhase] = useState<UploadPhase>("idle");
  const [sent, setSent] = useState(0);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const handle = useRef<UploadHandle | null>(null);
  const create = useMutation({
    mutationFn: (upload: string) => createAsset({ upload, course: course ?? null }),
    onSuccess: (asset) => onUploaded?.(asset),
  });

  function start(file: File, chunkSize: number) {
    setPhase("uploading");
    setError(null);
    setSent(0);
    setTotal(file.size);
    create.reset();
    handle.current = startUpload(file, {
      chunkSize,
      onProgress: (bytes, size) => {
        setSent(bytes);
        setTotal(size);
      },
      onSuccess: (uploadId) => {
        setPhase("done");
        create.mutate(uploadId);
      },
      onError: (message) => {
        setPhase("failed");
        setError(message);
      },
    });
  }

  function pause() {
    handle.current?.pause();
    setPhase("paused");
  }

  function resume() {
    setError(null);
    setPhase("uploading");
    handle.current?.resume();
  }

  return { phase, sent, total, error, start, pause, resume, create };
}
