import { render, screen } from "@testing-library/react";

import { useOneAudioAtATime } from "@/features/lesson/hooks/use-one-audio-at-a-time";

function TwoAudios() {
  useOneAudioAtATime();
  return (
    <>
      <audio data-testid="player" />
      <audio data-testid="line" />
    </>
  );
}

test("starting one audio pauses the one that was playing", () => {
  const pause = vi.spyOn(HTMLMediaElement.prototype, "pause").mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    Object.defineProperty(this, "paused", { value: true, configurable: true });
  });
  render(<TwoAudios />);
  const player = screen.getByTestId<HTMLAudioElement>("player");
  const line = screen.getByTestId<HTMLAudioElement>("line");
  Object.defineProperty(player, "paused", { value: false, configurable: true });

  Object.defineProperty(line, "paused", { value: false, configurable: true });
  line.dispatchEvent(new Event("play"));

  expect(pause).toHaveBeenCalledOnce();
  expect(player.paused).toBe(true);
  expect(line.paused).toBe(false);
});
