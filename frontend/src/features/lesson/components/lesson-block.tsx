import type { ReactNode } from "react";

import { AudioPlayer } from "@/features/lesson/components/audio-player";
import { DialogueBlock } from "@/features/lesson/components/dialogue-block";
import type { Block, ExerciseSet } from "@/lib/api-types";

interface LessonBlockProps {
  block: Block;
  renderExerciseSet: (exerciseSet: ExerciseSet) => ReactNode;
}

export function LessonBlock({ block, renderExerciseSet }: LessonBlockProps) {
  switch (block.type) {
    case "text":
      // Markdown rendered and sanitised on the server; never built from user input here.
      return <section className="block prose" dangerouslySetInnerHTML={{ __html: block.html }} />;
    case "audio":
      return (
        <section className="block">
          {block.title ? <h2>{block.title}</h2> : null}
          {block.audio_url ? <AudioPlayer src={block.audio_url} title={block.title} /> : null}
          {block.transcript ? <p className="transcript">{block.transcript}</p> : null}
        </section>
      );
    case "dialogue":
      return <DialogueBlock title={block.title} lines={block.lines} />;
    case "exercise_set":
      return block.exercise_set ? (
        <section className="block">{renderExerciseSet(block.exercise_set)}</section>
      ) : null;
  }
}
