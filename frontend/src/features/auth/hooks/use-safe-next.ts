import { useSearchParams } from "react-router";

/** Where to go after logging in: a path on this site only, never another origin. */
export function useSafeNext(): string {
  const [params] = useSearchParams();
  const next = params.get("next") ?? "/";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
