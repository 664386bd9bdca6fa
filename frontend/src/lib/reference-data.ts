import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "@/lib/api-client";

/** ISO 639 languages, named in the interface language. */
export function useLanguages() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ["languages", i18n.language],
    queryFn: () => unwrap(api.GET("/api/v1/languages")),
    staleTime: Infinity,
  });
}

export function useTimezones() {
  return useQuery({
    queryKey: ["timezones"],
    queryFn: () => unwrap(api.GET("/api/v1/timezones")),
    staleTime: Infinity,
  });
}
