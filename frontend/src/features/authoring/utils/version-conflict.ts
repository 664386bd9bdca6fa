import { isApiError } from "@/lib/api-error";

/** True for the 409 a write gets when someone else saved the resource first. */
export function isVersionConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === "version_conflict";
}
