import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";
import type { SessionData } from "@/lib/api-types";
import { setSession } from "@/lib/session-store";

export interface LoginInput {
  email: string;
  password: string;
}

export async function login(input: LoginInput): Promise<SessionData> {
  // The refresh cookie the server sets needs a CSRF cookie for its later use.
  await api.GET("/api/v1/auth/csrf").catch(() => undefined);
  return unwrap(api.POST("/api/v1/auth/login", { body: input }));
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: setSession });
}
