import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";

export const profileQueryKey = ["profile"] as const;

export function getProfile() {
  return unwrap(api.GET("/api/v1/profile/"));
}

export function useProfile() {
  return useQuery({ queryKey: profileQueryKey, queryFn: getProfile });
}
