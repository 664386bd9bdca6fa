import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { MediaPlayer } from "@/components/media/media-player";
import type { CaptionTrack } from "@/components/media/types";
import { fakePlayback, playTo } from "@/test/media";

const captions: CaptionTrack = {
  id: 1,
  kind: "captions",
  language: "es",
  label: "Español",
  url: "/api/v1/media/tracks/1/vtt",
  cues: [
    { start: 0, end: 2000, text: "Hola, ¿qué tal?" },
    { start: 2000, end: 5000, text: "Muy bien, gracias." },
    { start: 5000, end: 9000, text: "¿Y tú?" },
  ],
};

const translation: CaptionTrack = {
  id: 2,
  kind: "translation",
  language: "en",
  label: "English",
  url: "/api/v1/media/tracks/2/vtt",
  cues: [
    { start: 0, end: 2000, text: "Hi, how are you?" },
    { start: 2000, end: 5000, text: "Very well, thanks." },
  ],
};

const video = [{ url: "/media/clip-720.mp4", type: "video/mp4", label: "720p" }];

function renderVideo(tracks: CaptionTrack[] = [captions]) {
  const user = userEvent.setup();
  render(
    <MediaPlayer
      kind="video"
      title="At the café"
      sources={video}
      poster="/media/clip.jpg"
      width={1280}
      height={720}
      duration={9}
      tracks={tracks}
    />,
  );
  const element = screen.getByTestId<HTMLVideoElement>("video-element");
  return { user, element };
}

test("a chosen speed sets the rate with pitch kept, and the next player starts at it", async () => {
  const { user, element } = renderVideo();

  await user.selectOptions(screen.getByRole("combobox", { name: "Speed" }), "0.75");

  expect(element.playbackRate).toBe(0.75);
  expect(element.preservesPitch).toBe(true);
  render(<MediaPlayer kind="audio" title="Later" sources={[]} />);
  const later = screen.getByRole("group", { name: "Audio player: Later" });
  expect(within(later).getByRole("combobox", { name: "Speed" })).toHaveValue("0.75");
  expect(within(later).getByTestId<HTMLAudioElement>("audio-element").playbackRate).toBe(0.75);
});

test("speeds go from 0.5× to 2× in steps of 0.05", () => {
  renderVideo();
  const values = within(screen.getByRole("combobox", { name: "Speed" }))
    .getAllByRole<HTMLOptionElement>("option")
    .map((option) => Number(option.value));

  expect(values).toHaveLength(31);
  expect(values[0]).toBe(0.5);
  expect(values[1]).toBe(0.55);
  expect(values.at(-1)).toBe(2);
});

test("the poster shows before play, nothing is downloaded and the box keeps its size", () => {
  const { element } = renderVideo();

  expect(element).toHaveAttribute("poster", "/media/clip.jpg");
  expect(element).toHaveAttribute("preload", "none");
  expect(screen.getByTestId("video-screen")).toHaveStyle({ aspectRatio: "1280 / 720" });
  expect(screen.getByRole("slider", { name: "Position" })).toHaveAttribute(
    "aria-valuetext",
    "0:00 of 0:09",
  );
});

test("the cue playing is highlighted in the transcript as time passes", () => {
  const { element } = renderVideo();
  const transcript = screen.getByRole("region", { name: "Transcript" });

  playTo(element, 3.2);

  const current = within(transcript).getByRole("button", { current: true });
  expect(current).toHaveTextContent("Muy bien, gracias.");
  playTo(element, 6);
  expect(within(transcript).getByRole("button", { current: true })).toHaveTextContent("¿Y tú?");
});

/**
 * jsdom lays nothing out: put the transcript's lines 40 px apart in a box 100 px high, and
 * record any scrollIntoView, which would move the whole page under the learner.
 */
function layOutTranscript() {
  /* eslint-disable testing-library/no-node-access -- a layout stub, not a query. */
  vi.spyOn(HTMLElement.prototype, "offsetTop", "get").mockImplementation(function (
    this: HTMLElement,
  ) {
    const siblings = this.parentElement ? [...this.parentElement.children] : [];
    return this.tagName === "LI" ? siblings.indexOf(this) * 40 : 0;
  });
  /* eslint-enable testing-library/no-node-access */
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(40);
  vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(100);
  const scrollIntoView = vi.fn();
  Object.defineProperty(Element.prototype, "scrollIntoView", {
    value: scrollIntoView,
    configurable: true,
  });
  onTestFinished(() => {
    Reflect.deleteProperty(Element.prototype, "scrollIntoView");
  });
  return { scrollIntoView };
}

test("the transcript scrolls to keep the cue playing in view, and only when it is out of view", () => {
  const { scrollIntoView } = layOutTranscript();
  const { element } = renderVideo();
  const list = within(screen.getByRole("region", { name: "Transcript" })).getByRole("list");

  // The second line (40–80 px) is already in the box: nothing moves.
  playTo(element, 3.2);
  expect(list.scrollTop).toBe(0);

  // The third line (80–120 px) is below the fold: the box scrolls to between 20 and 80 px,
  // where the whole line shows.
  playTo(element, 6);
  expect(list.scrollTop).toBeGreaterThanOrEqual(20);
  expect(list.scrollTop).toBeLessThanOrEqual(80);

  // A learner who scrolls back up to read is not pulled down again while the same line plays.
  list.scrollTop = 0;
  playTo(element, 7);
  expect(list.scrollTop).toBe(0);
  // The box scrolls, never the page.
  expect(scrollIntoView).not.toHaveBeenCalled();
});

test("clicking a transcript line plays from that line", async () => {
  const { play } = fakePlayback();
  const { user, element } = renderVideo();

  await user.click(screen.getByRole("button", { name: /¿Y tú\?/ }));

  expect(element.currentTime).toBe(5);
  expect(play).toHaveBeenCalledOnce();
  expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
});

test("an A–B loop goes back to A when playback reaches B", async () => {
  fakePlayback();
  const { user, element } = renderVideo();
  playTo(element, 2);
  await user.click(screen.getByRole("button", { name: "Set loop start (A)" }));
  playTo(element, 5);
  await user.click(screen.getByRole("button", { name: "Set loop end (B)" }));
  expect(element.currentTime).toBe(2);

  playTo(element, 5.1);

  expect(element.currentTime).toBe(2);
  expect(screen.getByRole("status")).toHaveTextContent("Loop 0:02–0:05: pass 2, until stopped.");
});

test("a loop set to play twice stops at its end after the second pass", async () => {
  const { pause } = fakePlayback();
  const { user, element } = renderVideo();
  await user.selectOptions(screen.getByRole("combobox", { name: "Play a loop" }), "2 times");
  await user.click(screen.getByRole("button", { name: "Play" }));
  playTo(element, 3);

  await user.click(screen.getByRole("button", { name: "Repeat sentence" }));
  expect(element.currentTime).toBe(2);
  playTo(element, 5);
  expect(element.currentTime).toBe(2);
  expect(pause).not.toHaveBeenCalled();
  playTo(element, 5);

  expect(pause).toHaveBeenCalledOnce();
  expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
});

test("skip back goes 5 seconds back, never before the start", async () => {
  const { user, element } = renderVideo();
  playTo(element, 7.5);

  await user.click(screen.getByRole("button", { name: "Back 5 seconds" }));
  expect(element.currentTime).toBe(2.5);
  await user.click(screen.getByRole("button", { name: "Back 5 seconds" }));
  expect(element.currentTime).toBe(0);
});

test("keys work while focus is in the player: J goes back, + speeds up, K plays", async () => {
  const { play } = fakePlayback();
  const { user, element } = renderVideo();
  playTo(element, 8);
  await user.click(screen.getByRole("button", { name: "Captions" }));

  await user.keyboard("j");
  expect(element.currentTime).toBe(3);
  await user.keyboard("+");
  expect(element.playbackRate).toBe(1.05);
  await user.keyboard("k");
  expect(play).toHaveBeenCalledOnce();
});

test("captions can be turned off, and the translation shown under each line", async () => {
  const { user, element } = renderVideo([captions, translation]);
  playTo(element, 1);
  expect(screen.getAllByText("Hola, ¿qué tal?")).toHaveLength(2);

  await user.click(screen.getByRole("button", { name: "Captions" }));
  expect(screen.getByRole("button", { name: "Captions" })).toHaveAttribute("aria-pressed", "false");
  expect(screen.getAllByText("Hola, ¿qué tal?")).toHaveLength(1);
  expect(screen.queryByText("Hi, how are you?")).not.toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Translation" }));
  const transcript = screen.getByRole("region", { name: "Transcript" });
  expect(within(transcript).getByText("Very well, thanks.")).toBeInTheDocument();
});

test("the learner picks a voice; the teacher's recording comes first", async () => {
  const user = userEvent.setup();
  render(
    <MediaPlayer
      kind="audio"
      title="Hello"
      compact
      variants={[
        { id: "recording", label: "Teacher's recording", sources: [src("/media/human.mp3")] },
        { id: "en-gb:normal", label: "English (UK)", sources: [src("/speech/gb.ogg")] },
      ]}
    />,
  );
  const voice = screen.getByRole("combobox", { name: "Voice" });
  expect(voice).toHaveDisplayValue("Teacher's recording");
  expect(sourceUrl()).toBe("/media/human.mp3");

  await user.selectOptions(voice, "English (UK)");

  expect(sourceUrl()).toBe("/speech/gb.ogg");
});

function src(url: string) {
  return { url, type: "audio/ogg", label: "" };
}

function sourceUrl() {
  return screen.getByTestId("audio-element").querySelector("source")?.getAttribute("src");
}

test("play and pause drive the media and the button says what it will do", async () => {
  const user = userEvent.setup();
  const { play } = fakePlayback();
  render(<MediaPlayer kind="audio" title="Greetings" sources={[src("/media/hello.mp3")]} />);

  expect(screen.getByRole("group", { name: "Audio player: Greetings" })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Play" }));
  expect(play).toHaveBeenCalledOnce();
  await user.click(screen.getByRole("button", { name: "Pause" }));
  expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
});

test("the position slider announces minutes and seconds once the file says its length", () => {
  render(<MediaPlayer kind="audio" title="Greetings" sources={[src("/media/hello.mp3")]} />);
  const audio = screen.getByTestId<HTMLAudioElement>("audio-element");
  expect(audio).toHaveAttribute("preload", "metadata");
  Object.defineProperty(audio, "duration", { value: 13.49, configurable: true });
  fireEvent.loadedMetadata(audio);
  playTo(audio, 1.2);

  expect(screen.getByRole("slider", { name: "Position" })).toHaveAttribute(
    "aria-valuetext",
    "0:01 of 0:13",
  );
});
