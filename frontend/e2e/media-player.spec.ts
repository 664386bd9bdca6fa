import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { type APIRequestContext, expect, type Page, test, type TestInfo } from "@playwright/test";

import { chooseLanguage, expectLoggedIn, logIn } from "./support/accounts";
import { DEMO_LEARNER, DEMO_PASSWORD, DEMO_TEACHER } from "./support/demo";
import { languageOf } from "./support/i18n";

/*
 * The learner's side of lesson media: a course the demo teacher made and published through
 * the API, with media the worker really transcoded, played by the demo learner after enrolling.
 * The media is long enough (30 s) that nothing ends while the test is still looking at it.
 */

const CAPTIONS = `WEBVTT

00:00.000 --> 00:10.000
Uno, dos.

00:10.000 --> 00:20.000
Tres, cuatro.

00:20.000 --> 00:30.000
Cinco, seis.
`;

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A file made with FFmpeg's test sources, read back for the upload. */
function ffmpegFile(path: string, mimeType: string, args: string[]): Upload {
  execFileSync("ffmpeg", ["-v", "error", "-y", ...args, path]);
  return { name: path.split("/").pop() ?? path, mimeType, buffer: readFileSync(path) };
}

/** Thirty seconds of FFmpeg's test picture and tone. */
function testVideo(testInfo: TestInfo): Upload {
  return ffmpegFile(testInfo.outputPath("numeros.mp4"), "video/mp4", [
    ...["-f", "lavfi", "-i", "testsrc=duration=30:size=320x240:rate=25"],
    ...["-f", "lavfi", "-i", "sine=frequency=440:duration=30"],
    ...["-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
  ]);
}

/** Thirty seconds of a sine tone in FLAC, a format browsers are not given as it is. */
function testAudio(testInfo: TestInfo): Upload {
  return ffmpegFile(testInfo.outputPath("escucha.flac"), "audio/flac", [
    ...["-f", "lavfi", "-i", "sine=frequency=330:duration=30"],
    ...["-c:a", "flac"],
  ]);
}

type Call = <T>(method: "post" | "get", path: string, options?: object) => Promise<T>;

async function teacherApi(request: APIRequestContext): Promise<Call> {
  const login = await request.post("/api/v1/auth/login", {
    data: { email: DEMO_TEACHER, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { access } = (await login.json()) as { access: string };
  const headers = { Authorization: `Bearer ${access}` };
  return async <T>(method: "post" | "get", path: string, options: object = {}) => {
    const response = await request[method](`/api/v1/${path}`, { headers, ...options });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
}

interface LessonMedia {
  block: "video" | "audio";
  blockTitle: string;
  file: Upload;
  captions?: string;
}

/**
 * A published course with one lesson holding one media block, made through the demo
 * teacher's API as the authoring app would. Its media plays only for enrolled learners.
 */
async function publishedCourse(
  request: APIRequestContext,
  title: string,
  media: LessonMedia,
): Promise<void> {
  const call = await teacherApi(request);
  const course = await call<{ id: number }>("post", "authoring/courses", {
    data: { title, language: "es", level: "A2", media_requires_enrollment: true },
  });
  const lesson = await call<{ id: number }>("post", `authoring/courses/${course.id}/lessons`, {
    data: { title: "Los números" },
  });
  const asset = await call<{ id: number }>("post", "media/assets", {
    multipart: { file: media.file, course: String(course.id) },
  });
  // The worker transcodes the upload; the lesson plays it once it is ready.
  await expect
    .poll(async () => (await call<{ status: string }>("get", `media/assets/${asset.id}`)).status, {
      timeout: 90_000,
    })
    .toBe("ready");
  if (media.captions) {
    await call("post", `media/assets/${asset.id}/tracks`, {
      multipart: {
        file: { name: "numeros.vtt", mimeType: "text/vtt", buffer: Buffer.from(media.captions) },
        language: "es",
        kind: "captions",
        label: "Español",
      },
    });
  }
  await call("post", `authoring/lessons/${lesson.id}/blocks`, {
    data: { type: media.block, title: media.blockTitle, media_id: asset.id },
  });
  const { version } = await call<{ version: number }>("get", `authoring/courses/${course.id}`);
  await call("post", `authoring/courses/${course.id}/publish`, { data: { version } });
}

/** The demo learner finds the course in the catalog, enrolls and opens its lesson. */
async function studyAsLearner(page: Page, testInfo: TestInfo, courseTitle: string): Promise<void> {
  const { language, t } = languageOf(testInfo);
  await logIn(page, t, DEMO_LEARNER, DEMO_PASSWORD);
  await chooseLanguage(page, language);
  await expectLoggedIn(page, t);
  await page
    .getByRole("navigation", { name: t("nav.label") })
    .getByRole("link", { name: t("nav.courses") })
    .click();
  await page.getByRole("searchbox", { name: t("catalog.search") }).fill(courseTitle);
  await page.getByRole("link", { name: courseTitle }).click();
  await page.getByRole("button", { name: t("catalog.enroll") }).click();
  await expect(page.getByRole("button", { name: t("catalog.leave") })).toBeVisible();
  await page.getByRole("link", { name: "Los números" }).click();
}

/** A video that keeps where its next seek landed. */
type SeekWatched = HTMLVideoElement & { seekedTo?: number };

function courseTitle(testInfo: TestInfo, kind: string): string {
  return `${kind} ${testInfo.project.name} ${Date.now()}`;
}

test("a learner plays a video, changes its speed, jumps from the transcript and skips back", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const { language, t } = languageOf(testInfo);
  const title = courseTitle(testInfo, "Vídeo");
  await publishedCourse(request, title, {
    block: "video",
    blockTitle: "Contamos",
    file: testVideo(testInfo),
    captions: CAPTIONS,
  });
  await studyAsLearner(page, testInfo, title);

  const player = page.getByRole("group", { name: t("player.videoPlayer", { title: "Contamos" }) });
  const video = player.locator("video");
  const currentTime = () => video.evaluate((element: HTMLVideoElement) => element.currentTime);
  const playbackRate = () => video.evaluate((element: HTMLVideoElement) => element.playbackRate);
  await expect(video).toHaveAttribute("poster", /\/api\/v1\/media\/files\//);

  await player.getByRole("button", { name: t("audio.play"), exact: true }).click();
  await expect(player.getByRole("button", { name: t("audio.pause"), exact: true })).toBeVisible();
  await expect.poll(currentTime).toBeGreaterThan(0);

  await player.getByLabel(t("audio.speed")).selectOption({ label: "1.5×" });
  await expect.poll(playbackRate).toBe(1.5);
  expect(await video.evaluate((element: HTMLVideoElement) => element.preservesPitch)).toBe(true);

  // A line of the transcript plays from its start; "k" pauses there to look.
  const transcript = player.getByRole("region", { name: t("player.transcript") });
  const lastLine = transcript.getByRole("button", { name: /Cinco, seis\./ });
  const middleLine = transcript.getByRole("button", { name: /Tres, cuatro\./ });
  // Listen before the click: the seek it makes is what is checked, not playback reaching 20 s.
  await video.evaluate((element: SeekWatched) => {
    element.addEventListener("seeked", () => (element.seekedTo = element.currentTime), {
      once: true,
    });
  });
  await lastLine.click();
  const seekedTo = () => video.evaluate((element: SeekWatched) => element.seekedTo ?? -1);
  await expect.poll(seekedTo, { message: "the click seeks" }).toBeGreaterThanOrEqual(20);
  expect(await seekedTo()).toBeLessThan(30);
  await lastLine.press("k");
  await expect(player.getByRole("button", { name: t("audio.play"), exact: true })).toBeVisible();
  const paused = await currentTime();
  expect(paused).toBeGreaterThanOrEqual(20);
  expect(paused).toBeLessThan(30);
  await expect(lastLine).toHaveAttribute("aria-current", "true");

  // "j" goes back five seconds, into the sentence before.
  await page.keyboard.press("j");
  await expect.poll(currentTime).toBeCloseTo(paused - 5, 1);
  await expect(middleLine).toHaveAttribute("aria-current", "true");
  await expect(lastLine).not.toHaveAttribute("aria-current");

  // The speed is the learner's: the page starts at it again after a reload.
  await page.reload();
  // Both language projects sign in as the demo learner: the account may say the other one.
  await chooseLanguage(page, language);
  await expect(player.getByLabel(t("audio.speed"))).toHaveValue("1.5");
  await expect.poll(playbackRate).toBe(1.5);
});

test("a learner plays an uploaded FLAC recording from its Opus and AAC renditions", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const { t } = languageOf(testInfo);
  const title = courseTitle(testInfo, "Audio");
  await publishedCourse(request, title, {
    block: "audio",
    blockTitle: "Escucha",
    file: testAudio(testInfo),
  });
  await studyAsLearner(page, testInfo, title);

  const player = page.getByRole("group", { name: t("audio.player", { title: "Escucha" }) });
  const audio = player.locator("audio");
  const currentTime = () => audio.evaluate((element: HTMLAudioElement) => element.currentTime);
  // The lesson page renders the player once the lesson has loaded.
  await expect(audio.locator("source")).toHaveCount(2);
  const sources = await audio
    .locator("source")
    .evaluateAll((elements: HTMLSourceElement[]) =>
      elements.map((element) => ({ url: element.src, type: element.type })),
    );
  expect(sources.map((source) => source.type)).toEqual([
    'audio/webm; codecs="opus"',
    'audio/mp4; codecs="mp4a.40.2"',
  ]);
  const [opus, aac] = sources;

  await player.getByRole("button", { name: t("audio.play"), exact: true }).click();
  await expect.poll(currentTime).toBeGreaterThan(0);
  const started = await currentTime();
  await expect.poll(currentTime).toBeGreaterThan(started);
  // Chromium plays the first source it can: the Opus rendition the worker made, not the FLAC.
  expect(await audio.evaluate((element: HTMLAudioElement) => element.currentSrc)).toBe(opus?.url);
  const opusFile = await page.request.get(opus?.url ?? "");
  expect(opusFile.headers()["content-type"]).toBe("audio/webm");
  // The EBML signature of WebM, where the upload began with "fLaC".
  expect((await opusFile.body()).subarray(0, 4).toString("hex")).toBe("1a45dfa3");

  // Browsers without Opus get the AAC rendition; it plays too.
  const aacFile = await page.request.get(aac?.url ?? "");
  expect(aacFile.headers()["content-type"]).toBe("audio/mp4");
  const aacTime = await page.evaluate(async (url) => {
    const element = new Audio(url);
    element.muted = true;
    const advanced = new Promise<number>((resolve) => {
      element.addEventListener("timeupdate", () => {
        if (element.currentTime > 0) resolve(element.currentTime);
      });
    });
    await element.play();
    const seconds = await advanced;
    element.pause();
    return seconds;
  }, aac?.url ?? "");
  expect(aacTime).toBeGreaterThan(0);
});
