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

test("the learner picks an accent; the teacher's recording is offered first", async () => {
  const user = userEvent.setup();
  const play = vi.spyOn(HTMLMediaElement.prototype, "play").mockResolvedValue(undefined);
  const clips = (n: number) => [
    { voice: "es", label: "Español (España)", speed: "normal" as const, url: `/s/es-${n}.ogg` },
    { voice: "es", label: "Español (España)", speed: "slow" as const, url: `/s/es-slow-${n}.ogg` },
    {
      voice: "es-419",
      label: "Español (América)",
      speed: "normal" as const,
      url: `/s/la-${n}.ogg`,
    },
  ];
  render(
    <DialogueBlock
      title="At the café"
      lines={lines.map((line) => ({ ...line, speech: clips(line.id) }))}
    />,
  );
  const voice = screen.getByRole("combobox", { name: "Voice" });
  expect(voice).toHaveDisplayValue("Teacher's recording");
  expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(
    expect.arrayContaining(["Español (España), slow", "Español (América)"]),
  );

  await user.selectOptions(voice, "Español (América)");
  await user.click(screen.getByRole("button", { name: "Play the line of Luis" }));

  expect(play).toHaveBeenCalledOnce();
  expect(screen.getByTestId("audio-element")).toHaveAttribute("src", "/s/la-2.ogg");
  play.mockRestore();
});
