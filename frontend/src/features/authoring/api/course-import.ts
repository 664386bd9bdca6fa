import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { authoringKeys } from "@/features/authoring/api/keys";
import { api, API_PREFIX, refreshAccessToken, unwrap } from "@/lib/api-client";
import { ApiError } from "@/lib/api-error";
import { readCsrfToken } from "@/lib/csrf";
import { i18n } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import { getAccessToken } from "@/lib/session-store";
import type { components } from "@/types/api.gen";

export type CourseImportResult = components["schemas"]["CourseImportOutput"];

/** The largest package the server takes; it changes only with its settings (fetched once). */
export function useCourseImportLimit() {
  return useQuery({
    queryKey: [...authoringKeys.all, "import-limit"],
    queryFn: () => unwrap(api.GET("/api/v1/authoring/courses/import")),
    staleTime: Infinity,
    select: (limits) => limits.max_bytes,
  });
}

export interface UploadProgress {
  sent: number;
  total: number;
}

interface ImportOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

interface Answer {
  status: number;
  text: string;
  retryAfter: string | null;
}

/** One POST of the package through XMLHttpRequest: fetch cannot report upload progress. */
function post(file: File, { onProgress, signal }: ImportOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${globalThis.location.origin}${API_PREFIX}/authoring/courses/import`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept-Language", i18n.language || "en");
    xhr.setRequestHeader("X-CSRFToken", readCsrfToken());
    const token = getAccessToken();
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress?.({ sent: event.loaded, total: event.total });
    });
    xhr.addEventListener("load", () =>
      resolve({
        status: xhr.status,
        text: xhr.responseText,
        retryAfter: xhr.getResponseHeader("Retry-After"),
      }),
    );
    xhr.addEventListener("error", () => {
      logger.warn("api.network_error");
      reject(new ApiError(0, "network", i18n.t("errors.network")));
    });
    const aborted = () => reject(new DOMException("Aborted", "AbortError"));
    xhr.addEventListener("abort", aborted);
    // Settled here too: an XMLHttpRequest that has not started sending fires no "abort".
    signal?.addEventListener(
      "abort",
      () => {
        xhr.abort();
        aborted();
      },
      { once: true },
    );
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function failure(answer: Answer, body: unknown): ApiError {
  const headers = answer.retryAfter ? { "Retry-After": answer.retryAfter } : undefined;
  const error = ApiError.fromResponse(new Response(null, { status: answer.status, headers }), body);
  // A proxy's own 413 (an HTML page) says nothing a teacher can act on.
  if (!error.message && answer.status === 413) {
    error.message = i18n.t("authoring.package.tooLargeForServer");
  }
  if (!error.message) error.message = i18n.t("errors.generic");
  return error;
}

/**
 * Upload a course package; the server imports it as a new draft course owned by the caller.
 * Like `authFetch`, a 401 refreshes the session once and sends the package again.
 */
export async function courseImport(
  file: File,
  options: ImportOptions = {},
): Promise<CourseImportResult> {
  let answer = await post(file, options);
  if (answer.status === 401 && getAccessToken() && (await refreshAccessToken())) {
    answer = await post(file, options);
  }
  const body = parse(answer.text);
  if (answer.status < 200 || answer.status >= 300) throw failure(answer, body);
  return body as CourseImportResult;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/**
 * Import one package at a time, with its upload progress. The guard is set at the click
 * itself: a double click lands before the mutation reports that it is pending.
 */
export function useCourseImport() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const running = useRef(false);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) =>
      courseImport(file, { onProgress: setProgress, signal: controller.current?.signal }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authoringKeys.courses() }),
    onSettled: () => {
      running.current = false;
    },
  });

  // Leaving the page stops an upload still under way rather than finishing it unseen.
  useEffect(() => () => controller.current?.abort(), []);

  function start(file: File) {
    if (running.current) return;
    running.current = true;
    controller.current = new AbortController();
    setProgress({ sent: 0, total: file.size });
    mutation.mutate(file);
  }

  function reset() {
    setProgress(null);
    mutation.reset();
  }

  return {
    start,
    cancel: () => controller.current?.abort(),
    reset,
    progress,
    busy: mutation.isPending,
    result: mutation.data,
    error: mutation.error && !isAbort(mutation.error) ? mutation.error : null,
    cancelled: isAbort(mutation.error),
  };
}
