import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "@/lib/api-client";

export function lessonQueryKey(id: number) {
  return ["lesson", id] as const;
}

export function getLesson(id: number) {
  return unwrap(api.GET("/api/v1/lessons/{lesson_id}", { params: { path: { lesson_id: id } } }));
}

export function useLesson(id: number) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...lessonQueryKey(id), i18n.language],
    queryFn: () => getLesson(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}
