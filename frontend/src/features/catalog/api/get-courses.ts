import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "@/lib/api-client";
import { type Course, type Level, type Page, toPage } from "@/lib/api-types";

export const PAGE_SIZE = 12;

export interface CourseFilters {
  language?: string;
  level?: Level;
  search?: string;
  enrolled?: boolean;
  page?: number;
}

export async function getCourses(filters: CourseFilters): Promise<Page<Course>> {
  // TODO(#2): `page`, `page_size` and `enrolled` are missing from the generated schema's
  // parameters, so the query is passed as a variable rather than checked as a literal.
  const query = { ...filters, page_size: PAGE_SIZE };
  return toPage(await unwrap(api.GET("/api/v1/courses", { params: { query } })));
}

export function useCourses(filters: CourseFilters) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ["courses", filters, i18n.language],
    queryFn: () => getCourses(filters),
    placeholderData: keepPreviousData,
  });
}
