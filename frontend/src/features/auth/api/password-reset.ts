import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";
import { clearSession } from "@/lib/session-store";

export interface ResetConfirmInput {
  uid: string;
  token: string;
  password: string;
}

export function requestPasswordReset(email: string) {
  return unwrap(api.POST("/api/v1/auth/password/reset", { body: { email } }));
}

export function confirmPasswordReset(input: ResetConfirmInput) {
  return unwrap(api.POST("/api/v1/auth/password/reset/confirm", { body: input }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

/** A new password ends every session, this tab's too: its access token is dropped. */
export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset, onSuccess: clearSession });
}
