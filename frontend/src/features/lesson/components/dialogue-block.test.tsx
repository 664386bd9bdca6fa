import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { DialogueBlock } from "@/features/lesson/components/dialogue-block";

const lines = [
  {
    id: 1,
    speaker: "Ana",
    text: "¡Hola! ¿Qué tal?",
    translation: "Hi! How are you?",
    audio_url: "/media/1.mp3",
  },
  {
    id: 2,
    speaker: "Luis",
    text: "Muy bien, gracias.",
    translation: "Very well, thanks.",
    audio_url: null,
  },
];

test("the translation toggle shows and hides every line's translation", async () => {
  const user = userEvent.setup();
  render(<DialogueBlock title="At the café" lines={lines} />);
  expect(screen.queryByText("Hi! How are you?")).not.toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Show translation" }));
  expect(screen.getByText("Hi! How are you?")).toBeInTheDocument();
  expect(screen.getByText("Very well, thanks.")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Hide translation" }));
  expect(screen.queryByText("Hi! How are you?")).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Show translation" })).toBeInTheDocument();
});

test("each line with audio has its own play button", async () => {
  const user = userEvent.setup();
  const play = vi.spyOn(HTMLMediaElement.prototype, "play").mockResolvedValue(undefined);
  render(<DialogueBlock title="At the café" lines={lines} />);

  await user.selectOptions(screen.getByRole("combobox", { name: "Speed" }), "0.75");
  await user.click(screen.getByRole("button", { name: "Play the line of Ana" }));

  expect(play).toHaveBeenCalledOnce();
  const audio = screen.getByTestId<HTMLAudioElement>("audio-element");
  expect(audio).toHaveAttribute("src", "/media/1.mp3");
  expect(audio.playbackRate).toBe(0.75);
  expect(audio.preservesPitch).toBe(true);
  expect(screen.queryByRole("button", { name: "Play the line of Luis" })).not.toBeInTheDocument();
  play.mockRestore();
});
