import "@/features/authoring/authoring.css";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useCourseExport } from "@/features/authoring/api/course-export";
import { useAuthoringCourse, usePublishCourse } from "@/features/authoring/api/courses";
import type { AuthoringCourseDetail } from "@/features/authoring/api/types";
import { CourseAuthors } from "@/features/authoring/components/course-authors";
import { CourseLessons } from "@/features/authoring/components/course-lessons";
import { CourseSettingsForm } from "@/features/authoring/components/course-settings-form";
import { SaveError } from "@/features/authoring/components/save-error";
import { StatusBadge } from "@/features/authoring/components/status-badge";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { useReload } from "@/features/authoring/hooks/use-reload";
import { useDocumentTitle } from "@/lib/use-document-title";

export function CourseEditorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const course = useAuthoringCourse(id);
  useDocumentTitle(course.data?.title ?? t("authoring.course.editor"));

  return (
    <div className="page authoring">
      <TeachNav />
      {course.isPending ? <Spinner /> : null}
      {course.isError ? <FormErrors error={course.error} /> : null}
      {course.data ? (
        <CourseEditor
          course={course.data}
          loadedAt={course.dataUpdatedAt}
          refetch={course.refetch}
        />
      ) : null}
    </div>
  );
}

interface CourseEditorProps {
  course: AuthoringCourseDetail;
  loadedAt: number;
  refetch: () => Promise<unknown>;
}

function CourseEditor({ course, loadedAt, refetch }: CourseEditorProps) {
  const { t } = useTranslation();
  const publish = usePublishCourse(course.id);
  // Only the teacher's own writes advance this; someone else's save makes the next one conflict.
  const [baseVersion, setBaseVersion] = useState(course.version);
  const form = useReload(loadedAt, refetch);
  const exporter = useCourseExport();
  const published = course.status === "published";
  if (form.fresh) setBaseVersion(course.version);

  function reload() {
    publish.reset();
    form.reload();
  }

  function handlePublish() {
    publish.mutate(
      { publish: !published, version: baseVersion },
      { onSuccess: (saved) => setBaseVersion(saved.version) },
    );
  }

  return (
    <>
      <h1>{course.title}</h1>
      <div className="form__row authoring-toolbar">
        <StatusBadge status={course.status} />
        <Button busy={publish.isPending} onClick={handlePublish}>
          {published ? t("authoring.course.unpublish") : t("authoring.course.publish")}
        </Button>
        <Link className="btn btn--secondary" to={`/courses/${course.id}`}>
          {t("authoring.course.previewAsLearner")}
        </Link>
        <Button variant="secondary" busy={exporter.busy} onClick={() => exporter.start(course)}>
          {t("authoring.course.export")}
        </Button>
        {exporter.busy ? (
          <span className="muted" role="status">
            {t("authoring.package.exporting")}
          </span>
        ) : null}
      </div>
      <SaveError error={publish.error} onReload={reload} />
      {exporter.error ? (
        <Alert tone="error" title={t("authoring.package.exportFailed")}>
          <p>{exporter.error.message || t("errors.generic")}</p>
        </Alert>
      ) : null}
      <CourseSettingsForm
        key={form.key}
        course={course}
        baseVersion={baseVersion}
        onSaved={(saved) => setBaseVersion(saved.version)}
        onReload={reload}
      />
      <CourseLessons course={course} />
      <CourseAuthors courseId={course.id} authors={course.authors} />
    </>
  );
}
