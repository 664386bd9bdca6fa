import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";

export function getMediaLimits() {
  return unwrap(api.GET("/api/v1/media/limits"));
}

/** Upload limits change only with the server's settings: fetched once per session. */
export function useMediaLimits() {
  return useQuery({
    queryKey: ["media", "limits"],
    queryFn: getMediaLimits,
    staleTime: Infinity,
  });
}
