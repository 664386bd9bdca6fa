import type { TFunction } from "i18next";

import { extensionOf, formatBytes } from "@/components/media/sizes";

/**
 * Why a file cannot be a course package, or null. Only a first check, to spare a teacher a
 * long upload that would be refused: the server opens the zip and checks its manifest.
 */
export function packageProblem(
  file: File,
  limit: number,
  t: TFunction,
  language: string,
): string | null {
  if (extensionOf(file.name) !== ".zip") return t("authoring.package.notZip");
  if (file.size === 0) return t("authoring.package.empty");
  if (file.size <= limit) return null;
  return t("authoring.package.tooLarge", {
    size: formatBytes(file.size, language),
    limit: formatBytes(limit, language),
  });
}
