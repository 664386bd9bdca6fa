import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "@/lib/api-client";

/** The languages that published courses teach, named in the interface language. */
export function getCourseLanguages() {
  return unwrap(api.GET("/api/v1/courses/languages"));
}

export function useCourseLanguages() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ["course-languages", i18n.language],
    queryFn: getCourseLanguages,
    staleTime: 5 * 60_000,
  });
}
