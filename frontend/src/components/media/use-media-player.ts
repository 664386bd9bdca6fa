import { useCallback, useRef, useState } from "react";

import { applySpeed, clampSpeed, cueToRepeat } from "@/components/media/playback";
import { readSpeed, rememberSpeed } from "@/components/media/speed-preference";
import type { TimedCue } from "@/components/media/types";
import { logger } from "@/lib/logger";

export const SKIP_BACK_SECONDS = 5;

/** How many times a loop plays; 0 plays it until the learner stops it. */
export const REPEAT_COUNTS: readonly number[] = [0, 1, 2, 3, 5, 10];

/** A stretch being played over and over: an A–B loop or the sentence being repeated. */
export interface Loop {
  kind: "ab" | "sentence";
  start: number;
  end: number;
  /** Passes played so far, counting the one under way. */
  pass: number;
}

/**
 * State and actions of one media element: play, seek, speed (remembered for the learner),
 * skip back, repeat the current sentence, A–B loop played a chosen number of times.
 */
export function useMediaPlayer({
  cues,
  knownDuration,
}: {
  cues: TimedCue[];
  knownDuration: number;
}) {
  const media = useRef<HTMLMediaElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(knownDuration);
  const [rate, setRate] = useState(readSpeed);
  const [pointA, setPointA] = useState<number | null>(null);
  const [loop, setLoop] = useState<Loop | null>(null);
  const [repeatCount, setRepeatCount] = useState(0);

  // A callback ref, so a new element (another voice, another source) gets the speed at once.
  const attach = useCallback(
    (node: HTMLMediaElement | null) => {
      media.current = node;
      if (node) applySpeed(node, rate);
    },
    [rate],
  );

  function element(): HTMLMediaElement | null {
    return media.current;
  }

  function play() {
    element()
      ?.play()
      .catch(() => logger.warn("media.play_failed"));
  }

  function seek(seconds: number) {
    const target = Math.max(0, duration ? Math.min(seconds, duration) : seconds);
    const current = element();
    if (current) current.currentTime = target;
    setTime(target);
  }

  /** A seek the learner asked for; leaving the loop's stretch ends the loop. */
  function jump(seconds: number) {
    if (loop && (seconds < loop.start || seconds >= loop.end)) clearLoop();
    seek(seconds);
  }

  function toggle() {
    const current = element();
    if (!current) return;
    if (!current.paused) {
      current.pause();
      return;
    }
    // A finished A–B loop starts over from A when played again.
    if (loop && (current.currentTime < loop.start || current.currentTime >= loop.end)) {
      seek(loop.start);
      setLoop({ ...loop, pass: 1 });
    }
    play();
  }

  function changeSpeed(next: number) {
    const value = clampSpeed(next);
    setRate(value);
    rememberSpeed(value);
  }

  function skipBack() {
    const back = (element()?.currentTime ?? time) - SKIP_BACK_SECONDS;
    // Inside a loop, going back stops at its start instead of leaving it.
    seek(loop ? Math.max(loop.start, back) : back);
  }

  function repeatSentence() {
    const cue = cueToRepeat(cues, element()?.currentTime ?? time);
    if (!cue) return;
    setLoop({ kind: "sentence", start: cue.start / 1000, end: cue.end / 1000, pass: 1 });
    seek(cue.start / 1000);
    play();
  }

  /** First press marks A, the second marks B and starts the loop at A. */
  function markLoop() {
    const now = element()?.currentTime ?? time;
    if (pointA === null || now <= pointA) {
      setPointA(now);
      setLoop(null);
      return;
    }
    setLoop({ kind: "ab", start: pointA, end: now, pass: 1 });
    setPointA(null);
    seek(pointA);
  }

  /** Forget the position of a source that was replaced (the learner chose another voice). */
  function reset() {
    setPlaying(false);
    setTime(0);
    setLoop(null);
    setPointA(null);
  }

  function clearLoop() {
    setPointA(null);
    setLoop(null);
  }

  function handleTimeUpdate(seconds: number) {
    setTime(seconds);
    if (!loop || seconds < loop.end) return;
    if (repeatCount === 0 || loop.pass < repeatCount) {
      setLoop({ ...loop, pass: loop.pass + 1 });
      seek(loop.start);
      return;
    }
    // The last pass is over: stop at its end; an A–B loop stays set for another go.
    element()?.pause();
    setLoop(loop.kind === "ab" ? loop : null);
  }

  const events = {
    onPlay: () => setPlaying(true),
    onPause: () => setPlaying(false),
    onEnded: () => setPlaying(false),
    onTimeUpdate: (event: { currentTarget: HTMLMediaElement }) =>
      handleTimeUpdate(event.currentTarget.currentTime),
    onLoadedMetadata: (event: { currentTarget: HTMLMediaElement }) => {
      const value = event.currentTarget.duration;
      if (Number.isFinite(value)) setDuration(value);
      applySpeed(event.currentTarget, rate);
    },
  };

  return {
    attach,
    reset,
    events,
    playing,
    time,
    duration,
    rate,
    pointA,
    loop,
    repeatCount,
    setRepeatCount,
    toggle,
    play,
    jump,
    changeSpeed,
    skipBack,
    repeatSentence,
    markLoop,
    clearLoop,
  };
}

export type MediaPlayerState = ReturnType<typeof useMediaPlayer>;
