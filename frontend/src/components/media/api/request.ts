import { API_PREFIX, authFetch } from "@/lib/api-client";
import { ApiError } from "@/lib/api-error";
import { i18n } from "@/lib/i18n";
import { logger } from "@/lib/logger";

/**
 * Call a captions endpoint (docs/api.md, "Captions") and return its JSON body, or throw an
 * {@link ApiError}. Goes through the same signed fetch as the generated client; the caption
 * endpoints are typed by hand in ../types.ts until the schema lists them.
 */
export async function mediaRequest<T>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T> {
  const init: RequestInit = { method };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { "Content-Type": "application/json" };
  }
  let response: Response;
  try {
    response = await authFetch(
      new Request(`${globalThis.location.origin}${API_PREFIX}/${path}`, init),
    );
  } catch (error) {
    logger.warn("api.network_error");
    throw new ApiError(0, "network", i18n.t("errors.network"), { body: { cause: String(error) } });
  }
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // A proxy's HTML error page: the status alone decides below.
  }
  if (!response.ok) {
    const error = ApiError.fromResponse(response, data);
    if (!error.message) error.message = i18n.t("errors.generic");
    throw error;
  }
  return data as T;
}
