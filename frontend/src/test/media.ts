import { fireEvent } from "@testing-library/react";

/**
 * jsdom has media elements but no playback: make play and pause change `paused` and fire
 * their events, as a browser does. Returns the spies.
 */
export function fakePlayback() {
  const setPaused = (element: HTMLMediaElement, paused: boolean) =>
    Object.defineProperty(element, "paused", { value: paused, configurable: true });
  const play = vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    setPaused(this, false);
    this.dispatchEvent(new Event("play"));
    return Promise.resolve();
  });
  const pause = vi.spyOn(HTMLMediaElement.prototype, "pause").mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    setPaused(this, true);
    this.dispatchEvent(new Event("pause"));
  });
  return { play, pause };
}

/** The media has played up to `seconds`: set its time and fire timeupdate. */
export function playTo(element: HTMLMediaElement, seconds: number): void {
  element.currentTime = seconds;
  fireEvent.timeUpdate(element);
}
