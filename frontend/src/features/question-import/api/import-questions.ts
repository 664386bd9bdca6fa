import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api-client";
import type { ImportPreview, ImportSummary } from "@/lib/api-types";

export const IMPORT_FORMATS = ["gift", "aiken", "moodlexml"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportRequest {
  file: File;
  format?: ImportFormat;
  bank: string;
  skipInvalid: boolean;
  /** Made once per import and sent again on a retry, so the server imports the file once. */
  submissionId?: string;
}

function toFormData({ file, format, bank }: ImportRequest): FormData {
  const form = new FormData();
  form.append("file", file);
  if (format) form.append("format", format);
  if (bank) form.append("bank", bank);
  return form;
}

/** Parse the file and report what an import would do; writes nothing. */
export function previewImport(request: ImportRequest): Promise<ImportPreview> {
  return unwrap(
    api.POST("/api/v1/question-banks/import/preview", {
      body: { file: request.file.name },
      bodySerializer: () => toFormData(request),
    }),
  );
}

export function importQuestions(request: ImportRequest): Promise<ImportSummary> {
  return unwrap(
    api.POST("/api/v1/question-banks/import", {
      body: {
        file: request.file.name,
        bank: request.bank,
        skip_invalid: request.skipInvalid,
        submission_id: request.submissionId,
      },
      bodySerializer: () => {
        // Only the import takes skip_invalid; the preview refuses fields it does not know.
        const form = toFormData(request);
        form.append("skip_invalid", request.skipInvalid ? "true" : "false");
        if (request.submissionId) form.append("submission_id", request.submissionId);
        return form;
      },
    }),
  );
}

export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}

export function useImportQuestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importQuestions,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["question-banks"] }),
  });
}
