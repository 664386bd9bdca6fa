import "@/features/authoring/authoring.css";

import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import {
  useAuthoringCourses,
  useDeleteCourse,
  useDuplicateCourse,
  useMoveCourse,
} from "@/features/authoring/api/courses";
import type { AuthoringCourse } from "@/features/authoring/api/types";
import { ConfirmButton } from "@/features/authoring/components/confirm-button";
import { CourseCreateForm } from "@/features/authoring/components/course-create-form";
import { SortableList } from "@/features/authoring/components/sortable-list";
import { StatusBadge } from "@/features/authoring/components/status-badge";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { useDocumentTitle } from "@/lib/use-document-title";

export function TeachCoursesPage() {
  const { t } = useTranslation();
  const courses = useAuthoringCourses();
  const move = useMoveCourse();
  const remove = useDeleteCourse();
  const duplicate = useDuplicateCourse();
  useDocumentTitle(t("authoring.courses.title"));

  return (
    <div className="page authoring">
      <h1>{t("authoring.courses.title")}</h1>
      <TeachNav />
      <div className="form__row authoring-toolbar">
        <Link className="btn btn--secondary" to="/teach/courses/import">
          {t("authoring.package.importAction")}
        </Link>
      </div>
      {courses.isPending ? <Spinner /> : null}
      {courses.isError ? <FormErrors error={courses.error} /> : null}
      <FormErrors error={move.error ?? remove.error ?? duplicate.error} />
      {remove.isSuccess ? (
        <Alert tone="success">
          {t("authoring.courses.deleted")} <Link to="/teach/trash">{t("authoring.nav.trash")}</Link>
        </Alert>
      ) : null}
      {courses.data && courses.data.results.length === 0 ? (
        <p className="muted">{t("authoring.courses.none")}</p>
      ) : null}
      {courses.data && courses.data.results.length > 0 ? (
        <SortableList
          items={courses.data.results}
          label={t("authoring.courses.title")}
          itemLabel={(course) => course.title}
          onMove={(id, position) => move.mutate({ id, position })}
        >
          {(course) => (
            <CourseRow
              course={course}
              duplicating={duplicate.isPending && duplicate.variables === course.id}
              onDuplicate={() => duplicate.mutate(course.id)}
              onDelete={() => remove.mutate(course.id)}
            />
          )}
        </SortableList>
      ) : null}
      <CourseCreateForm />
    </div>
  );
}

interface CourseRowProps {
  course: AuthoringCourse;
  duplicating: boolean;
  onDuplicate: () => void;
  onDelete: () => void;
}

function CourseRow({ course, duplicating, onDuplicate, onDelete }: CourseRowProps) {
  const { t } = useTranslation();
  return (
    <div className="authoring-row">
      <div className="authoring-row__main">
        <Link to={`/teach/courses/${course.id}`} className="authoring-row__title">
          {course.title}
        </Link>
        <p className="muted">
          <StatusBadge status={course.status} /> {course.language.toUpperCase()} · {course.level} ·{" "}
          {t("authoring.courses.lessons", { count: course.lesson_count })}
        </p>
      </div>
      <div className="authoring-row__actions">
        <Button
          variant="secondary"
          busy={duplicating}
          aria-label={t("authoring.duplicateNamed", { title: course.title })}
          onClick={onDuplicate}
        >
          {t("authoring.duplicate")}
        </Button>
        <ConfirmButton
          label={t("authoring.delete")}
          accessibleLabel={t("authoring.deleteNamed", { title: course.title })}
          question={t("authoring.courses.confirmDelete", { title: course.title })}
          confirmLabel={t("authoring.moveToTrash")}
          onConfirm={onDelete}
        />
      </div>
    </div>
  );
}
