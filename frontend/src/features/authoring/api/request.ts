import { API_PREFIX, authFetch } from "@/lib/api-client";
import { ApiError } from "@/lib/api-error";
import { i18n } from "@/lib/i18n";
import { logger } from "@/lib/logger";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  body?: unknown;
  query?: Query;
}

function url(path: string, query: Query = {}): string {
  const address = new URL(`${API_PREFIX}/${path}`, globalThis.location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) address.searchParams.set(name, String(value));
  }
  return address.toString();
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const init: RequestInit = { method };
  if (options.body instanceof FormData) {
    // The browser sets the multipart Content-Type itself, with its boundary.
    init.body = options.body;
  } else if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { "Content-Type": "application/json" };
  }
  try {
    return await authFetch(new Request(url(path, options.query), init));
  } catch (error) {
    logger.warn("api.network_error");
    throw new ApiError(0, "network", i18n.t("errors.network"), { body: { cause: String(error) } });
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/**
 * Call an authoring endpoint and return its JSON body, or throw an {@link ApiError}.
 *
 * The authoring endpoints are typed by hand in `types.ts` from the contract in docs/api.md,
 * so this goes through the same signed fetch as the generated client but not its path types.
 */
export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options);
  const body = await readJson(response).catch(() => undefined);
  if (!response.ok) {
    const error = ApiError.fromResponse(response, body);
    if (!error.message) error.message = i18n.t("errors.generic");
    throw error;
  }
  return body as T;
}

const REVOKE_AFTER_MS = 40_000;

/**
 * The file name a `Content-Disposition` header gives: RFC 6266's `filename*` (UTF-8, so
 * non-Latin names survive) before the plain `filename`, or null when it names none.
 */
export function dispositionFilename(header: string): string | null {
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall back to the plain name below.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1]?.trim() || null;
}

/** Fetch a file from the API and hand it to the browser as a download. */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const response = await send("GET", path, { query });
  if (!response.ok) {
    const error = ApiError.fromResponse(response, await readJson(response).catch(() => undefined));
    if (!error.message) error.message = i18n.t("errors.generic");
    throw error;
  }
  const name = dispositionFilename(response.headers.get("Content-Disposition") ?? "");
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ?? fallbackName;
  link.click();
  // Revoked at once, the URL can be gone before the browser has read the file (large files,
  // Firefox): it is kept a while, as FileSaver.js does, then freed.
  const address = link.href;
  setTimeout(() => URL.revokeObjectURL(address), REVOKE_AFTER_MS);
}
