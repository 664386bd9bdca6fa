import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";

export function verifyEmail(token: string) {
  return unwrap(api.POST("/api/v1/auth/verify-email", { body: { token } }));
}

export function resendVerification(email: string) {
  return unwrap(api.POST("/api/v1/auth/verify-email/resend", { body: { email } }));
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail });
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
