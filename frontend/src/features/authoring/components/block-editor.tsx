import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import type { AuthoringBlock } from "@/features/authoring/api/types";
import { BlockTitleForm } from "@/features/authoring/components/block-title-form";
import { ConfirmButton } from "@/features/authoring/components/confirm-button";
import { DialogueEditor } from "@/features/authoring/components/dialogue-editor";
import { ExerciseSetEditor } from "@/features/authoring/components/exercise-set-editor";
import { MediaBlockEditor } from "@/features/authoring/components/media-block-editor";
import { TextBlockEditor } from "@/features/authoring/components/text-block-editor";
import { useReload } from "@/features/authoring/hooks/use-reload";
import { blockLabel } from "@/features/authoring/utils/block-label";

interface BlockEditorProps {
  block: AuthoringBlock;
  courseId: number;
  language: string;
  duplicating: boolean;
  /** When the lesson was last fetched, and how to fetch it again (see useReload). */
  loadedAt: number;
  refetch: () => Promise<unknown>;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function BlockEditor(props: BlockEditorProps) {
  const { block, courseId, language, duplicating, loadedAt, refetch, onDuplicate, onDelete } =
    props;
  const { t } = useTranslation();
  // A reload loads the other author's version and starts the editor over from it.
  const { key, reload } = useReload(loadedAt, refetch);
  const label = blockLabel(block, t);

  const editorProps = { block, language, onReload: reload };
  return (
    <article className="block-editor" aria-label={label}>
      <header className="authoring-row">
        <h3 className="block-editor__title">{label}</h3>
        <div className="authoring-row__actions">
          <Button
            variant="secondary"
            busy={duplicating}
            aria-label={t("authoring.duplicateNamed", { title: label })}
            onClick={onDuplicate}
          >
            {t("authoring.duplicate")}
          </Button>
          <ConfirmButton
            label={t("authoring.delete")}
            accessibleLabel={t("authoring.deleteNamed", { title: label })}
            question={t("authoring.blocks.confirmDelete", { title: label })}
            confirmLabel={t("authoring.moveToTrash")}
            onConfirm={onDelete}
          />
        </div>
      </header>
      <div key={key}>
        {block.type === "text" ? <TextBlockEditor {...editorProps} /> : null}
        {block.type === "dialogue" ? <DialogueEditor {...editorProps} /> : null}
        {block.type === "audio" || block.type === "video" ? (
          <MediaBlockEditor {...editorProps} courseId={courseId} />
        ) : null}
        {block.type === "exercise_set" && block.exercise_set ? (
          <>
            <BlockTitleForm block={block} onReload={reload} />
            <ExerciseSetEditor lessonId={block.lesson_id} exerciseSet={block.exercise_set} />
          </>
        ) : null}
      </div>
    </article>
  );
}
