import { useMutation } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";
import type { InterfaceLanguage } from "@/lib/api-types";

export interface SignupInput {
  email: string;
  password: string;
  display_name: string;
  interface_language: InterfaceLanguage;
}

export function signup(input: SignupInput) {
  return unwrap(api.POST("/api/v1/auth/signup", { body: input }));
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}
