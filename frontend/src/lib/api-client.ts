import createClient from "openapi-fetch";

import { ApiError } from "@/lib/api-error";
import type { SessionData } from "@/lib/api-types";
import { readCsrfToken } from "@/lib/csrf";
import { i18n } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import {
  clearSession,
  getAccessToken,
  getSession,
  setSession,
  subscribeSession,
} from "@/lib/session-store";
import type { paths } from "@/types/api.gen";

export const API_PREFIX = "/api/v1";

// Paths authenticated by the refresh cookie (or by nothing): a 401 there is the answer itself.
const NO_RETRY = ["/auth/refresh", "/auth/login", "/auth/logout", "/auth/csrf"];

function origin(): string {
  return globalThis.location.origin;
}

function withHeaders(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.set("Accept-Language", i18n.language || "en");
  const token = getAccessToken();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
    headers.set("X-CSRFToken", readCsrfToken());
  }
  return new Request(request, { headers, credentials: "include" });
}

let refreshing: Promise<boolean> | null = null;

/**
 * Exchange the HttpOnly refresh cookie for a new access token. Concurrent callers share one
 * request, because the server rotates the cookie and a second parallel refresh would be refused.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const request = withHeaders(
        new Request(`${origin()}${API_PREFIX}/auth/refresh`, { method: "POST" }),
      );
      const response = await globalThis.fetch(request);
      // 204: no refresh cookie was sent, so nobody is signed in (the usual anonymous answer).
      if (!response.ok || response.status === 204) {
        clearSession();
        return false;
      }
      setSession((await response.json()) as SessionData);
      return true;
    } catch {
      logger.warn("auth.refresh_failed");
      clearSession();
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Resolve once the session restored on page load is known (signed in or anonymous). */
function sessionKnown(): Promise<void> {
  if (getSession().status !== "loading") return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = subscribeSession(() => {
      if (getSession().status === "loading") return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * `fetch` that signs requests, and on a 401 refreshes the session once and retries.
 *
 * Until the session is restored on page load, every request but the auth ones waits: sent
 * earlier it would go out without a token, and its anonymous answer (not enrolled, not
 * completed) would be cached for a signed-in learner.
 */
export async function authFetch(input: Request): Promise<Response> {
  const path = new URL(input.url).pathname.replace(API_PREFIX, "");
  if (!path.startsWith("/auth/")) await sessionKnown();

  const retry = input.clone();
  const response = await globalThis.fetch(withHeaders(input));
  if (response.status !== 401 || NO_RETRY.includes(path) || !getAccessToken()) return response;

  const refreshed = await refreshAccessToken();
  return refreshed ? globalThis.fetch(withHeaders(retry)) : response;
}

export const api = createClient<paths>({ baseUrl: origin(), fetch: authFetch });

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Await an openapi-fetch call; return its data or throw an {@link ApiError}. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (error) {
    logger.warn("api.network_error");
    throw new ApiError(0, "network", i18n.t("errors.network"), { body: { cause: String(error) } });
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const apiError = ApiError.fromResponse(response, error);
    if (!apiError.message) apiError.message = i18n.t("errors.generic");
    throw apiError;
  }
  return data as T;
}
