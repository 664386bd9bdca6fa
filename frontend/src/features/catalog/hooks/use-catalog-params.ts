import { useSearchParams } from "react-router";

import type { CourseFilters } from "@/features/catalog/api/get-courses";
import { LEVELS } from "@/lib/api-types";

/** Catalog filters live in the URL so a filtered, searched page can be shared. */
export function useCatalogParams() {
  const [params, setParams] = useSearchParams();
  const level = LEVELS.find((item) => item === params.get("level"));
  const page = Number(params.get("page") ?? "1");
  const filters: CourseFilters = {
    language: params.get("language") || undefined,
    level,
    search: params.get("search") || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };

  function update(changes: Record<string, string | number | undefined>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === "" || (key === "page" && value === 1))
            next.delete(key);
          else next.set(key, String(value));
        }
        // A new filter or search starts again from the first page.
        if (!("page" in changes)) next.delete("page");
        return next;
      },
      { replace: "search" in changes },
    );
  }

  return { filters, update };
}
