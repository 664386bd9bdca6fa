import { useMutation, useQueryClient } from "@tanstack/react-query";

import { profileQueryKey } from "@/features/profile/api/get-profile";
import { api, unwrap } from "@/lib/api-client";
import type { Profile, ProfileInput } from "@/lib/api-types";

export function updateProfile(input: ProfileInput): Promise<Profile> {
  return unwrap(api.PATCH("/api/v1/profile/", { body: input }));
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey, profile),
  });
}
