import "@/features/authoring/authoring.css";

import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import {
  useCreateBlock,
  useDeleteBlock,
  useDuplicateBlock,
  useMoveBlock,
} from "@/features/authoring/api/blocks";
import { useAuthoringCourse } from "@/features/authoring/api/courses";
import { useAuthoringLesson } from "@/features/authoring/api/lessons";
import type { AuthoringLesson, BlockType } from "@/features/authoring/api/types";
import { BlockEditor } from "@/features/authoring/components/block-editor";
import { SortableList } from "@/features/authoring/components/sortable-list";
import { TeachNav } from "@/features/authoring/components/teach-nav";
import { blockLabel } from "@/features/authoring/utils/block-label";
import { useDocumentTitle } from "@/lib/use-document-title";

const BLOCK_TYPES: readonly BlockType[] = ["text", "audio", "video", "dialogue", "exercise_set"];

export function LessonEditorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const lesson = useAuthoringLesson(id);
  useDocumentTitle(lesson.data?.title ?? t("authoring.lesson.editor"));

  return (
    <div className="page authoring">
      <TeachNav />
      {lesson.isPending ? <Spinner /> : null}
      {lesson.isError ? <FormErrors error={lesson.error} /> : null}
      {lesson.data ? (
        <LessonEditor
          lesson={lesson.data}
          loadedAt={lesson.dataUpdatedAt}
          refetch={lesson.refetch}
        />
      ) : null}
    </div>
  );
}

interface LessonEditorProps {
  lesson: AuthoringLesson;
  loadedAt: number;
  refetch: () => Promise<unknown>;
}

function LessonEditor({ lesson, loadedAt, refetch }: LessonEditorProps) {
  const { t } = useTranslation();
  const course = useAuthoringCourse(lesson.course_id);
  const create = useCreateBlock(lesson.id);
  const move = useMoveBlock(lesson.id);
  const remove = useDeleteBlock(lesson.id);
  const duplicate = useDuplicateBlock(lesson.id);
  const language = course.data?.language ?? "";

  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/teach/courses/${lesson.course_id}`}>
          {course.data?.title ?? t("authoring.lesson.backToCourse")}
        </Link>
      </p>
      <h1>{lesson.title}</h1>
      <div className="form__row authoring-toolbar">
        <Link className="btn btn--secondary" to={`/lessons/${lesson.id}`}>
          {t("authoring.lesson.previewAsLearner")}
        </Link>
      </div>
      <FormErrors error={create.error ?? move.error ?? remove.error ?? duplicate.error} />
      {lesson.blocks.length === 0 ? <p className="muted">{t("authoring.blocks.none")}</p> : null}
      <SortableList
        items={lesson.blocks}
        label={t("authoring.blocks.title")}
        itemLabel={(block) => blockLabel(block, t)}
        onMove={(blockId, position) => move.mutate({ id: blockId, position })}
      >
        {(block) => (
          <BlockEditor
            block={block}
            courseId={lesson.course_id}
            language={language}
            duplicating={duplicate.isPending && duplicate.variables === block.id}
            loadedAt={loadedAt}
            refetch={refetch}
            onDuplicate={() => duplicate.mutate(block.id)}
            onDelete={() => remove.mutate(block.id)}
          />
        )}
      </SortableList>
      <section className="card" aria-labelledby="add-block">
        <h2 id="add-block">{t("authoring.blocks.add")}</h2>
        <div className="form__row">
          {BLOCK_TYPES.map((type) => (
            <Button
              key={type}
              variant="secondary"
              busy={create.isPending && create.variables.type === type}
              onClick={() => create.mutate({ type })}
            >
              {t(`authoring.blocks.add_${type}`)}
            </Button>
          ))}
        </div>
      </section>
    </>
  );
}
