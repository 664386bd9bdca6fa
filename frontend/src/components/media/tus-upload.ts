import { DetailedError, Upload } from "tus-js-client";

import { API_PREFIX, refreshAccessToken } from "@/lib/api-client";
import { readCsrfToken } from "@/lib/csrf";
import { i18n } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import { getAccessToken } from "@/lib/session-store";

export interface UploadCallbacks {
  chunkSize: number;
  onProgress: (sent: number, total: number) => void;
  /** The tus upload id, for `POST media/assets {upload}`. */
  onSuccess: (uploadId: string) => void;
  onError: (message: string) => void;
}

export interface UploadHandle {
  pause: () => void;
  resume: () => void;
}

/** The server's own sentence for a refused request (413 names the limit), else a generic one. */
function errorMessage(error: Error): string {
  if (error instanceof DetailedError && error.originalResponse) {
    try {
      const body = JSON.parse(error.originalResponse.getBody()) as { message?: unknown };
      if (typeof body.message === "string" && body.message) return body.message;
    } catch {
      // Not our JSON error shape (a proxy's HTML page): fall through to the generic message.
    }
  }
  return i18n.t("upload.failed");
}

/**
 * Upload a file with the tus protocol (decision 0004). Dropped connections are retried with
 * growing pauses and continue from the last byte the server has; a file chosen again after a
 * reload continues its earlier upload (tus-js-client remembers its address in this browser).
 */
export function startUpload(file: File, callbacks: UploadCallbacks): UploadHandle {
  let refreshing: Promise<boolean> | null = null;
  const upload = new Upload(file, {
    endpoint: `${globalThis.location.origin}${API_PREFIX}/media/uploads`,
    chunkSize: callbacks.chunkSize,
    retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000],
    metadata: { filename: file.name, filetype: file.type },
    removeFingerprintOnSuccess: true,
    onBeforeRequest: async (request) => {
      if (refreshing) await refreshing;
      const token = getAccessToken();
      if (token) request.setHeader("Authorization", `Bearer ${token}`);
      request.setHeader("X-CSRFToken", readCsrfToken());
      request.setHeader("Accept-Language", i18n.language || "en");
    },
    onShouldRetry: (error) => {
      const status = error.originalResponse?.getStatus() ?? 0;
      // An access token expires during a long upload: refresh once, then go on.
      if (status === 401 && !refreshing) {
        refreshing = refreshAccessToken();
        return true;
      }
      return status === 0 || status === 409 || status === 423 || status >= 500;
    },
    onProgress: callbacks.onProgress,
    onSuccess: () => {
      callbacks.onSuccess(upload.url?.split("/").pop() ?? "");
    },
    onError: (error) => {
      logger.warn("media.upload_failed");
      callbacks.onError(errorMessage(error));
    },
  });

  void upload.findPreviousUploads().then((previous) => {
    const earlier = previous.find((item) => item.size === file.size);
    if (earlier) upload.resumeFromPreviousUpload(earlier);
    upload.start();
  });
  return {
    pause: () => void upload.abort(),
    resume: () => upload.start(),
  };
}
