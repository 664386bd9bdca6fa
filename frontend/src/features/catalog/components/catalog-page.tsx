import { useTranslation } from "react-i18next";

import { FormErrors } from "@/components/ui/form-errors";
import { Pagination } from "@/components/ui/pagination";
import { Spinner } from "@/components/ui/spinner";
import { PAGE_SIZE, useCourses } from "@/features/catalog/api/get-courses";
import { CatalogFilters } from "@/features/catalog/components/catalog-filters";
import { CourseCard } from "@/features/catalog/components/course-card";
import { useCatalogParams } from "@/features/catalog/hooks/use-catalog-params";
import { useDocumentTitle } from "@/lib/use-document-title";

export function CatalogPage() {
  const { t } = useTranslation();
  const { filters, update } = useCatalogParams();
  const courses = useCourses(filters);
  useDocumentTitle(t("catalog.title"));
  const count = courses.data?.count ?? 0;

  return (
    <div className="page">
      <h1>{t("catalog.title")}</h1>
      <CatalogFilters filters={filters} onChange={update} />
      <FormErrors error={courses.error} />
      {courses.isPending ? <Spinner /> : null}
      {courses.data ? (
        <p className="muted" role="status">
          {t("catalog.found", { count })}
        </p>
      ) : null}
      <ul className="course-grid">
        {courses.data?.results.map((course) => (
          <li key={course.id}>
            <CourseCard course={course} />
          </li>
        ))}
      </ul>
      <Pagination
        page={filters.page ?? 1}
        pageCount={Math.ceil(count / PAGE_SIZE)}
        onChange={(page) => update({ page })}
      />
    </div>
  );
}
