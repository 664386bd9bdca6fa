import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";
import { setSession } from "@/lib/session-store";

export interface PasswordChangeInput {
  current_password: string;
  new_password: string;
}

/** Change the password; the server ends every other session and answers with a fresh one. */
export function changePassword(input: PasswordChangeInput) {
  return unwrap(api.POST("/api/v1/auth/password/change", { body: input }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, onSuccess: setSession });
}
