import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "@/lib/api-client";
import type { CoursePage, Level } from "@/lib/api-types";

export const PAGE_SIZE = 12;

export interface CourseFilters {
  language?: string;
  level?: Level;
  search?: string;
  enrolled?: boolean;
  page?: number;
}

export function getCourses(filters: CourseFilters): Promise<CoursePage> {
  return unwrap(
    api.GET("/api/v1/courses", { params: { query: { ...filters, page_size: PAGE_SIZE } } }),
  );
}

export function useCourses(filters: CourseFilters) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ["courses", filters, i18n.language],
    queryFn: () => getCourses(filters),
    placeholderData: keepPreviousData,
  });
}
