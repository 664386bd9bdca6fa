import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigation } from "react-router";

import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useCourseLanguages } from "@/features/catalog/api/get-course-languages";
import type { CourseFilters } from "@/features/catalog/api/get-courses";
import { LEVELS } from "@/lib/api-types";
import { useDebouncedValue } from "@/lib/use-debounced-value";

interface CatalogFiltersProps {
  filters: CourseFilters;
  onChange: (changes: Record<string, string | undefined>) => void;
}

export function CatalogFilters({ filters, onChange }: CatalogFiltersProps) {
  const { t } = useTranslation();
  // Only languages that have courses: any other choice would always find nothing.
  const languages = useCourseLanguages();
  const [search, setSearch] = useState(filters.search ?? "");
  const debounced = useDebouncedValue(search.trim(), 300);
  // While the learner is leaving (a course page's code still loading), this page stays up;
  // putting the search in the address then would cancel the learner's click.
  const leaving = useNavigation().state !== "idle";

  useEffect(() => {
    if (!leaving && debounced !== (filters.search ?? "")) onChange({ search: debounced });
  }, [debounced, filters.search, leaving, onChange]);

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label={t("catalog.search")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <SelectField
        label={t("catalog.language")}
        value={filters.language ?? ""}
        placeholder={t("catalog.anyLanguage")}
        options={(languages.data ?? []).map((l) => ({ value: l.code, label: l.name }))}
        onChange={(event) => onChange({ language: event.target.value })}
      />
      <SelectField
        label={t("catalog.level")}
        value={filters.level ?? ""}
        placeholder={t("catalog.anyLevel")}
        options={LEVELS.map((level) => ({ value: level, label: level }))}
        onChange={(event) => onChange({ level: event.target.value })}
      />
    </form>
  );
}
