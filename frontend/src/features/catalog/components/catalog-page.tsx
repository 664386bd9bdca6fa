import { useRef } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Pagination } from "@/components/ui/pagination";
import { Spinner } from "@/components/ui/spinner";
import { PAGE_SIZE, useCourses } from "@/features/catalog/api/get-courses";
import { CatalogFilters } from "@/features/catalog/components/catalog-filters";
import { CourseCard } from "@/features/catalog/components/course-card";
import { useCatalogParams } from "@/features/catalog/hooks/use-catalog-params";
import { isApiError } from "@/lib/api-error";
import { useDocumentTitle } from "@/lib/use-document-title";

export function CatalogPage() {
  const { t } = useTranslation();
  const { filters, update } = useCatalogParams();
  const courses = useCourses(filters);
  useDocumentTitle(t("catalog.title"));
  const count = courses.data?.count ?? 0;
  const status = useRef<HTMLParagraphElement>(null);
  // An old link or bookmark to a page that no longer exists.
  const pageGone = isApiError(courses.error) && courses.error.status === 404 && filters.page !== 1;

  function changePage(page: number) {
    update({ page });
    // On a phone the pager is far below: start reading the new page from its top.
    status.current?.focus();
  }

  return (
    <div className="page">
      <h1>{t("catalog.title")}</h1>
      <CatalogFilters filters={filters} onChange={update} />
      <FormErrors error={courses.error} />
      {pageGone ? (
        <p>
          <Button variant="link" onClick={() => update({ page: 1 })}>
            {t("catalog.firstPage")}
          </Button>
        </p>
      ) : null}
      {courses.isPending ? <Spinner /> : null}
      {courses.data ? (
        <p ref={status} className="muted" role="status" tabIndex={-1}>
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
        onChange={changePage}
      />
    </div>
  );
}
