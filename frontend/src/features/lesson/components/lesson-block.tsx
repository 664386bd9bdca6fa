import type { ReactNode } from "react";

import { AudioPlayer } from "@/features/lesson/components/audio-player";
import { DialogueBlock } from "@/features/lesson/components/dialogue-block";
import type { Block, ExerciseSet } from "@/lib/api-types";

interface LessonBlockProps {
  block: Block;
  renderExerciseSet: (exerciseSet: ExerciseSet) => ReactNode;
}

/*
 * Blocks are told apart by their fields rather than by `type`: the generated schema names the
 * `type` values after the serializers ("TextBlock") while the API sends "text".
 * TODO(#2): switch on `block.type` once the schema declares the values the API sends.
 */
export function LessonBlock({ block, renderExerciseSet }: LessonBlockProps) {
  if ("html" in block) {
    // Markdown rendered and sanitised on the server; never built from user input here.
    return <section className="block prose" dangerouslySetInnerHTML={{ __html: block.html }} />;
  }
  if ("transcript" in block) {
    return (
      <section className="block">
        {block.title ? <h2>{block.title}</h2> : null}
        {block.audio_url ? <AudioPlayer src={block.audio_url} title={block.title} /> : null}
        {block.transcript ? <p className="transcript">{block.transcript}</p> : null}
      </section>
    );
  }
  if ("lines" in block) return <DialogueBlock title={block.title} lines={block.lines} />;
  if ("exercise_set" in block && block.exercise_set) {
    return <section className="block">{renderExerciseSet(block.exercise_set)}</section>;
  }
  return null;
}
