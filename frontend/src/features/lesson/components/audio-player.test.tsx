import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { AudioPlayer } from "@/features/lesson/components/audio-player";

test("offers speeds from 0.5× to 2× and sets the rate with pitch preserved", async () => {
  const user = userEvent.setup();
  render(<AudioPlayer src="/media/hello.mp3" title="Greetings" />);
  const speed = screen.getByRole("combobox", { name: "Speed" });
  const values = within(speed)
    .getAllByRole<HTMLOptionElement>("option")
    .map((option) => Number(option.value));

  expect(values[0]).toBe(0.5);
  expect(values.at(-1)).toBe(2);
  expect(values).toContain(0.75);
  expect(values).toContain(1.25);
  expect(
    values.every((value, i) => i === 0 || Math.abs(value - (values[i - 1] ?? 0) - 0.05) < 1e-9),
  ).toBe(true);

  await user.selectOptions(speed, "0.75");

  const audio = screen.getByTestId<HTMLAudioElement>("audio-element");
  expect(audio.playbackRate).toBe(0.75);
  expect(audio.preservesPitch).toBe(true);
});

test("play and pause drive the audio element and the button says what it will do", async () => {
  const user = userEvent.setup();
  const play = vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    this.dispatchEvent(new Event("play"));
    return Promise.resolve();
  });
  render(<AudioPlayer src="/media/hello.mp3" title="Greetings" />);

  expect(screen.getByRole("group", { name: "Audio player: Greetings" })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Play" }));

  expect(play).toHaveBeenCalledOnce();
  expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
  expect(screen.getByRole("slider", { name: "Position" })).toBeInTheDocument();
  play.mockRestore();
});

test("the position slider announces time as minutes and seconds, not a bare number", () => {
  render(<AudioPlayer src="/media/hello.mp3" title="Greetings" />);
  const audio = screen.getByTestId<HTMLAudioElement>("audio-element");
  Object.defineProperty(audio, "duration", { value: 13.49, configurable: true });
  fireEvent.loadedMetadata(audio);
  Object.defineProperty(audio, "currentTime", { value: 1.2, configurable: true });
  fireEvent.timeUpdate(audio);

  expect(screen.getByRole("slider", { name: "Position" })).toHaveAttribute(
    "aria-valuetext",
    "0:01 of 0:13",
  );
});
