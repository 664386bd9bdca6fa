import { useEffect } from "react";

/**
 * Starting any audio or video on the page pauses the others: a dialogue line and a player
 * talking over each other is never what a learner wants. `play` does not bubble, so the
 * listener captures it on its way down.
 */
export function useOneAudioAtATime(): void {
  useEffect(() => {
    function handlePlay(event: Event) {
      for (const audio of document.querySelectorAll<HTMLMediaElement>("audio, video")) {
        if (audio !== event.target && !audio.paused) audio.pause();
      }
    }
    document.addEventListener("play", handlePlay, true);
    return () => document.removeEventListener("play", handlePlay, true);
  }, []);
}
