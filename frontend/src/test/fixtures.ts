import type { SessionData, User } from "@/lib/api-types";
import { setSession } from "@/lib/session-store";

export const learner: User = {
  id: 7,
  email: "learner@example.com",
  display_name: "Ann",
  role: "learner",
  email_verified: true,
  interface_language: "en",
};

export function sessionFor(user: User = learner): SessionData {
  return { access: "access-token", access_expires_at: "2030-01-01T00:00:00Z", user };
}

export function signIn(user: User = learner): void {
  setSession(sessionFor(user));
}

export function errorBody(
  status: number,
  code: string,
  message: string,
  fields: Record<string, string[]> = {},
  extra: Record<string, unknown> = {},
) {
  return { status, code, message, fields, ...extra };
}
