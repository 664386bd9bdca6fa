import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "@/lib/api-client";

export function courseQueryKey(id: number) {
  return ["course", id] as const;
}

export function getCourse(id: number) {
  return unwrap(api.GET("/api/v1/courses/{course_id}", { params: { path: { course_id: id } } }));
}

export function useCourse(id: number) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...courseQueryKey(id), i18n.language],
    queryFn: () => getCourse(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}
