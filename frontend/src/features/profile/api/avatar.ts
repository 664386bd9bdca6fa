import { useMutation, useQueryClient } from "@tanstack/react-query";

import { profileQueryKey } from "@/features/profile/api/get-profile";
import { api, unwrap } from "@/lib/api-client";
import type { Profile } from "@/lib/api-types";

export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;

export function uploadAvatar(file: File): Promise<Profile> {
  return unwrap(
    api.POST("/api/v1/profile/avatar", {
      body: { avatar: file.name },
      bodySerializer: () => {
        const form = new FormData();
        form.append("avatar", file);
        return form;
      },
    }),
  );
}

export function deleteAvatar() {
  return unwrap(api.DELETE("/api/v1/profile/avatar"));
}

export function useUploadAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAvatar,
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey, profile),
  });
}

export function useDeleteAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAvatar,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueryKey }),
  });
}
