import type { components } from "@/types/api.gen";

/*
 * Media shapes from the API contract (media, captions and speech). They are declared here
 * until the generated schema carries them; then each becomes an alias of its schema type.
 */

/** One playable file of an asset: a rendition (720p MP4, Opus…) or a generated speech clip. */
export interface MediaSource {
  url: string;
  type: string;
  label: string;
}

export type MediaKind = "audio" | "video";

export type MediaStatusValue = "uploading" | "queued" | "processing" | "ready" | "failed";

/** An asset as lessons and questions embed it; `sources` only once it is ready. */
export interface MediaAsset {
  id: number;
  kind: MediaKind;
  status: MediaStatusValue;
  error: string;
  duration: number | null;
  original_name: string;
  sources: MediaSource[];
  poster_url: string | null;
  width: number | null;
  height: number | null;
}

/** A caption cue; times in milliseconds, null while a typed transcript is not timed yet. */
export interface Cue {
  start: number | null;
  end: number | null;
  text: string;
  /** WebVTT cue identifier and settings (position, alignment), kept through an edit. */
  identifier?: string;
  settings?: string;
}

/** A cue with both times, the only kind a player can show. */
export interface TimedCue {
  start: number;
  end: number;
  text: string;
}

export type TrackKind = "captions" | "translation";

export interface CaptionTrack {
  id: number;
  kind: TrackKind;
  language: string;
  label: string;
  url: string;
  cues: Cue[];
}

/** A clip of generated (eSpeak NG) speech for a text block or a dialogue line. */
export interface SpeechClip {
  voice: string;
  label: string;
  speed: "normal" | "slow";
  url: string;
}

/** One version of the same words a learner may choose: a recording, or an accent and speed. */
export interface PlayerVariant {
  id: string;
  label: string;
  sources: MediaSource[];
}

export interface MediaLimits {
  video_max_bytes: number;
  audio_max_bytes: number;
  video_types: string[];
  audio_types: string[];
}

/** A track as its editors see it (`GET media/assets/{id}/tracks`). */
export type EditorTrack = components["schemas"]["TrackOutput"];

/** A track just added: its cues, and the blocks of the file that were left out, by line. */
export type CreatedTrack = components["schemas"]["TrackCreated"];

/** One problem of a refused caption file (400 `invalid_captions`). */
export interface CaptionFileError {
  line: number;
  message: string;
}
