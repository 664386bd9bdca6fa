import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useCourses } from "@/features/catalog/api/get-courses";
import { CourseCard } from "@/features/catalog/components/course-card";

/** The signed-in learner's courses. */
export function MyCourses() {
  const { t } = useTranslation();
  const courses = useCourses({ enrolled: true });
  // Also filtered here, so the list stays right if the server ignores the filter.
  const mine = courses.data?.results.filter((course) => course.is_enrolled) ?? [];

  return (
    <section aria-labelledby="my-courses-title">
      <h2 id="my-courses-title">{t("home.myCourses")}</h2>
      {courses.isPending ? <Spinner /> : null}
      <FormErrors error={courses.error} />
      {courses.data && mine.length === 0 ? (
        <p>
          {t("home.noCourses")} <Link to="/courses">{t("home.browse")}</Link>
        </p>
      ) : null}
      <ul className="course-grid">
        {mine.map((course) => (
          <li key={course.id}>
            <CourseCard course={course} />
          </li>
        ))}
      </ul>
    </section>
  );
}
