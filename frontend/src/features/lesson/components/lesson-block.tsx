import type { ReactNode } from "react";

import { DialogueBlock } from "@/features/lesson/components/dialogue-block";
import { MediaBlock } from "@/features/lesson/components/media-block";
import { TextBlock } from "@/features/lesson/components/text-block";
import type { LessonBlockData } from "@/features/lesson/utils/blocks";
import type { ExerciseSet } from "@/lib/api-types";

interface LessonBlockProps {
  block: LessonBlockData;
  renderExerciseSet: (exerciseSet: ExerciseSet) => ReactNode;
}

export function LessonBlock({ block, renderExerciseSet }: LessonBlockProps) {
  switch (block.type) {
    case "text":
      return (
        <TextBlock html={block.html} recordingUrl={block.audio_url} speech={block.speech ?? []} />
      );
    case "audio":
    case "video":
      return <MediaBlock block={block} />;
    case "dialogue":
      return <DialogueBlock title={block.title} lines={block.lines} />;
    case "exercise_set":
      return block.exercise_set ? (
        <section className="block">{renderExerciseSet(block.exercise_set)}</section>
      ) : null;
  }
}
