import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { FormErrors } from "@/components/ui/form-errors";
import { Pagination } from "@/components/ui/pagination";
import { Spinner } from "@/components/ui/spinner";
import { PAGE_SIZE, useCourses } from "@/features/catalog/api/get-courses";
import { CourseCard } from "@/features/catalog/components/course-card";

/** The signed-in learner's courses, a page at a time. */
export function MyCourses() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const courses = useCourses({ enrolled: true, page });
  const count = courses.data?.count ?? 0;

  return (
    <section aria-labelledby="my-courses-title">
      <h2 id="my-courses-title">{t("home.myCourses")}</h2>
      {courses.isPending ? <Spinner /> : null}
      <FormErrors error={courses.error} />
      {courses.data && count === 0 ? (
        <p>
          {t("home.noCourses")} <Link to="/courses">{t("home.browse")}</Link>
        </p>
      ) : null}
      <ul className="course-grid">
        {courses.data?.results.map((course) => (
          <li key={course.id}>
            <CourseCard course={course} />
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={Math.ceil(count / PAGE_SIZE)} onChange={setPage} />
    </section>
  );
}
