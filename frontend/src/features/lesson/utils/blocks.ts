import type { CaptionTrack, MediaAsset, SpeechClip } from "@/components/media/types";
import type { Block, DialogueLine } from "@/lib/api-types";

/*
 * Lesson blocks with what media, captions and speech add to them (see docs/api.md). Declared
 * as optional extras so lessons from a server without them still render.
 */

interface MediaExtras {
  media?: MediaAsset | null;
  tracks?: CaptionTrack[];
}

export type LessonLine = Omit<DialogueLine, "speech"> & { speech?: SpeechClip[] };

export interface VideoBlock extends MediaExtras {
  id: number;
  position: number;
  type: "video";
  title: string;
  transcript?: string;
}

type WithExtras<B> = B extends { type: "text" }
  ? Omit<B, "speech"> & { speech?: SpeechClip[] }
  : B extends { type: "audio" }
    ? B & MediaExtras
    : B extends { type: "dialogue" }
      ? Omit<B, "lines"> & { lines: LessonLine[] }
      : B;

export type LessonBlockData = WithExtras<Block> | VideoBlock;
