import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { mediaRequest } from "@/components/media/api/request";
import type { CreatedTrack, Cue, EditorTrack, TrackKind } from "@/components/media/types";

export function tracksQueryKey(assetId: number) {
  return ["media", "asset", assetId, "tracks"] as const;
}

export function useTracks(assetId: number) {
  return useQuery({
    queryKey: tracksQueryKey(assetId),
    queryFn: () => mediaRequest<EditorTrack[]>("GET", `media/assets/${assetId}/tracks`),
  });
}

export interface TrackFileInput {
  file: File;
  language: string;
  kind: TrackKind;
  label: string;
}

export interface TypedTrackInput {
  language: string;
  kind: TrackKind;
  text: string;
}

/** Add a track from a .vtt/.srt file (multipart) or from a typed transcript (JSON). */
export function useCreateTrack(assetId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TrackFileInput | TypedTrackInput) => {
      const path = `media/assets/${assetId}/tracks`;
      if ("text" in input) {
        return mediaRequest<CreatedTrack>("POST", path, { ...input, label: "" });
      }
      const form = new FormData();
      form.append("file", input.file);
      form.append("language", input.language);
      form.append("kind", input.kind);
      form.append("label", input.label);
      return mediaRequest<CreatedTrack>("POST", path, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tracksQueryKey(assetId) }),
  });
}

/** Replace a track's cues; `version` is the one the editor loaded (409 when it is stale). */
export function useSaveCues(assetId: number, trackId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; cues: Cue[] }) =>
      mediaRequest<EditorTrack>("PUT", `media/tracks/${trackId}/cues`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tracksQueryKey(assetId) }),
  });
}
