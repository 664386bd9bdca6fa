import { useSyncExternalStore } from "react";

import type { SessionData, User } from "@/lib/api-types";

export type SessionStatus = "loading" | "authenticated" | "anonymous";

export interface SessionState {
  status: SessionStatus;
  user: User | null;
}

/*
 * The access token lives only in this module's memory: never in localStorage, sessionStorage
 * or a URL, so a script injected into the page cannot read it from storage and a reload loses
 * it (the HttpOnly refresh cookie restores the session).
 */
let accessToken: string | null = null;
let state: SessionState = { status: "loading", user: null };
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getSession(): SessionState {
  return state;
}

export function setSession(session: SessionData): void {
  accessToken = session.access;
  state = { status: "authenticated", user: session.user };
  emit();
}

export function updateSessionUser(user: User): void {
  if (state.status !== "authenticated") return;
  state = { status: "authenticated", user };
  emit();
}

export function clearSession(): void {
  accessToken = null;
  state = { status: "anonymous", user: null };
  emit();
}

/** Back to the state of a fresh page load, before the session is restored (for tests). */
export function resetSessionStore(): void {
  accessToken = null;
  state = { status: "loading", user: null };
  emit();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
