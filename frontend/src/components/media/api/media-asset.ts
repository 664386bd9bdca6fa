import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";
import type { components } from "@/types/api.gen";

export type EditorAsset = components["schemas"]["AssetOutput"];

/** How often a teacher's screen asks whether processing is over. */
export const POLL_MS = 3000;

export function isFinal(status: EditorAsset["status"]): boolean {
  return status === "ready" || status === "failed";
}

export function assetQueryKey(id: number) {
  return ["media", "asset", id] as const;
}

export function getAsset(id: number) {
  return unwrap(api.GET("/api/v1/media/assets/{asset_id}", { params: { path: { asset_id: id } } }));
}

/** One asset, asked again every few seconds until its processing is over. */
export function useAsset(id: number, pollMs = POLL_MS) {
  return useQuery({
    queryKey: assetQueryKey(id),
    queryFn: () => getAsset(id),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && isFinal(status) ? false : pollMs;
    },
  });
}

/** Turn a finished tus upload into an asset: the server probes it now, processes it later. */
export function createAsset(input: { upload: string; course?: number | null }) {
  return unwrap(api.POST("/api/v1/media/assets", { body: input }));
}

export function useRetryAsset(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/media/assets/{asset_id}/retry", { params: { path: { asset_id: id } } }),
      ),
    onSuccess: (asset) => queryClient.setQueryData(assetQueryKey(id), asset),
  });
}
