import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { expect, type Locator, type Page, test } from "@playwright/test";

import { chooseLanguage, createConfirmedAccount, expectLoggedIn, logIn } from "./support/accounts";
import { DEMO_PASSWORD, DEMO_TEACHER } from "./support/demo";
import { languageOf, type Translate } from "./support/i18n";

/** Three seconds of FFmpeg's sine tone: a recording the upload pipeline really probes. */
function testAudio(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, "buenos-dias.wav");
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y"],
    ...["-f", "lavfi", "-i", "sine=frequency=440:duration=3"],
    path,
  ]);
  return path;
}

/** Choose an audio file in the shared media upload inside `scope`, which uploads it at once,
 * and wait until it is processed. */
async function upload(scope: Locator, t: Translate, file: string): Promise<void> {
  const input = scope.getByLabel(t("upload.fileAudio"));
  // The field waits for the site's upload limits, to check the file before sending it.
  await expect(input).toBeEnabled();
  await input.setInputFiles(file);
  await expect(
    scope.getByText(t("upload.status.ready", { name: "buenos-dias.wav" })).first(),
  ).toBeVisible({ timeout: 90_000 });
}

async function openTeaching(page: Page, t: Translate): Promise<void> {
  await page
    .getByRole("navigation", { name: t("nav.label") })
    .getByRole("link", { name: t("nav.teach") })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: t("authoring.courses.title") }),
  ).toBeVisible();
}

test("a teacher builds a course with text, audio, captions, a dialogue and a dictation, publishes it, and a learner takes it", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const { language, t } = languageOf(testInfo);
  const audio = testAudio(testInfo.outputDir);
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const courseTitle = `Español paso a paso ${stamp}`;
  const bankName = `Dictados ${stamp}`;

  await logIn(page, t, DEMO_TEACHER, DEMO_PASSWORD);
  await chooseLanguage(page, language);
  await expectLoggedIn(page, t);

  // A new draft course.
  await openTeaching(page, t);
  await page.getByLabel(t("authoring.course.title")).fill(courseTitle);
  await page.getByLabel(t("authoring.course.language")).selectOption("es");
  await page.getByRole("button", { name: t("authoring.courses.create") }).click();
  await expect(page.getByRole("heading", { level: 1, name: courseTitle })).toBeVisible();
  const courseId = /\/teach\/courses\/(\d+)/.exec(page.url())?.[1] ?? "";

  // A lesson, opened in the lesson editor.
  await page.getByLabel(t("authoring.lessons.newTitle")).fill("Saludos");
  await page.getByRole("button", { name: t("authoring.lessons.add") }).click();
  await page.getByRole("link", { name: "Saludos", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saludos" })).toBeVisible();
  const lessonUrl = page.url();

  // A text block in Markdown.
  await page.getByRole("button", { name: t("authoring.blocks.add_text") }).click();
  const text = page.getByRole("article", { name: t("authoring.blockTypes.text") });
  await text
    .getByLabel(t("authoring.blocks.text"), { exact: true })
    .fill("¡Hola! **Buenos días**.");
  await expect(text.locator("strong", { hasText: "Buenos días" })).toBeVisible();
  await text.getByRole("button", { name: t("authoring.save") }).click();
  await expect(text.getByText(t("authoring.saved"))).toBeVisible();

  // An audio block: upload, processing, then a typed transcript as its captions.
  await page.getByRole("button", { name: t("authoring.blocks.add_audio") }).click();
  const sound = page.getByRole("article", { name: t("authoring.blockTypes.audio") });
  await upload(sound, t, audio);
  await expect(
    sound.getByText(t("authoring.media.current", { name: "buenos-dias.wav" })),
  ).toBeVisible();
  const captions = sound.getByRole("region", { name: t("captions.title") });
  const typed = captions.getByRole("form", { name: t("captions.typeTitle") });
  await typed.getByLabel(t("captions.language")).fill("es");
  await typed.getByLabel(t("captions.transcript")).fill("Buenos días.");
  await typed.getByRole("button", { name: t("captions.createTranscript") }).click();
  await expect(captions.getByText(t("captions.none"))).toHaveCount(0);

  // A dialogue, line by line.
  await page.getByRole("button", { name: t("authoring.blocks.add_dialogue") }).click();
  const dialogue = page.getByRole("article", { name: t("authoring.blockTypes.dialogue") });
  const line = dialogue.getByRole("form", { name: t("authoring.dialogue.add") });
  await line.getByLabel(t("authoring.dialogue.speaker")).fill("Ana");
  await line.getByLabel(t("authoring.dialogue.text")).fill("¿Qué tal?");
  await line.getByLabel(t("authoring.dialogue.translation")).fill("How are you?");
  await line.getByRole("button", { name: t("authoring.dialogue.add") }).click();
  await expect(dialogue.getByRole("form", { name: "Ana: ¿Qué tal?" })).toBeVisible();

  // A dictation in a new question bank, with its own recording.
  await page
    .getByRole("navigation", { name: t("authoring.nav.label") })
    .getByRole("link", { name: t("authoring.nav.banks") })
    .click();
  await page.getByLabel(t("authoring.banks.name")).fill(bankName);
  await page.getByRole("button", { name: t("authoring.banks.create") }).click();
  await page.getByRole("link", { name: bankName }).click();
  await page.getByLabel(t("authoring.banks.newType")).selectOption("dictation");
  await page.getByRole("link", { name: t("authoring.banks.newQuestion") }).click();
  const form = page.getByRole("form", { name: t("authoring.questionTypes.dictation") });
  await form.getByLabel(t("authoring.question.title")).fill("Dictado");
  await form.getByLabel(t("authoring.question.text"), { exact: true }).fill("Escribe lo que oyes.");
  await upload(form, t, audio);
  await form.getByLabel(t("authoring.question.dictationText")).fill("Buenos días");
  await form.getByRole("button", { name: t("authoring.save") }).click();
  const preview = page.getByRole("region", { name: t("authoring.question.preview") });
  // The preview is the learner's dictation: their player, their answer box, no word count.
  await expect(preview.getByRole("combobox", { name: t("audio.speed") })).toBeVisible();
  await expect(preview.getByLabel(t("exercises.dictationAnswer", { n: 1 }))).toBeEditable();

  // The dictation goes into an exercise set of the lesson.
  await page.goto(lessonUrl);
  await page.getByRole("button", { name: t("authoring.blocks.add_exercise_set") }).click();
  const exercises = page.getByRole("article", { name: t("authoring.blockTypes.exercise_set") });
  await exercises.getByLabel(t("authoring.exerciseSet.bank")).selectOption({ label: bankName });
  await exercises
    .getByLabel(t("authoring.exerciseSet.question"), { exact: true })
    .selectOption({ label: `Dictado (${t("authoring.questionTypes.dictation")})` });
  await exercises.getByRole("button", { name: t("authoring.exerciseSet.add") }).click();
  await expect(
    exercises.getByRole("list", { name: t("authoring.exerciseSet.questions") }),
  ).toContainText("Dictado");

  // Published, the course is open to learners.
  await page.getByRole("link", { name: courseTitle }).click();
  await page.getByRole("button", { name: t("authoring.course.publish") }).click();
  await expect(page.getByRole("button", { name: t("authoring.course.unpublish") })).toBeVisible();

  // A learner enrolls, reads the lesson and takes the dictation.
  const learner = await createConfirmedAccount(request, "author-journey", language);
  const { baseURL, locale } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale });
  const learnerPage = await context.newPage();
  await logIn(learnerPage, t, learner.email, learner.password);
  await expectLoggedIn(learnerPage, t);
  await learnerPage.goto(`/courses/${courseId}`);
  await learnerPage.getByRole("button", { name: t("catalog.enroll") }).click();
  await learnerPage.getByRole("link", { name: "Saludos" }).click();
  await expect(learnerPage.locator("strong", { hasText: "Buenos días" })).toBeVisible();
  await expect(learnerPage.getByText("¿Qué tal?")).toBeVisible();
  await learnerPage.getByLabel(t("exercises.dictationAnswer", { n: 1 })).fill("Buenos días");
  await learnerPage.getByRole("button", { name: t("exercises.submit") }).click();
  await expect(learnerPage.getByText(t("exercises.status.correct"))).toBeVisible();
  await context.close();
});

test("on a 360 px phone, by keyboard: lessons reorder with the drag handle, and a deleted lesson comes back from the trash", async ({
  page,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  await logIn(page, t, DEMO_TEACHER, DEMO_PASSWORD);
  await chooseLanguage(page, language);
  await expectLoggedIn(page, t);
  // Signed in on a wide screen (the phone menu hides the language switcher), then a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/teach");
  const title = `Orden ${testInfo.project.name} ${Date.now()}`;
  await page.getByLabel(t("authoring.course.title")).fill(title);
  await page.getByLabel(t("authoring.course.language")).selectOption("es");
  await page.getByRole("button", { name: t("authoring.courses.create") }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  for (const lesson of ["Uno", "Dos"]) {
    await page.getByLabel(t("authoring.lessons.newTitle")).fill(lesson);
    await page.getByLabel(t("authoring.lessons.newTitle")).press("Enter");
    await expect(page.getByRole("link", { name: lesson, exact: true })).toBeVisible();
  }
  const lessons = page.getByRole("list", { name: t("authoring.lessons.title") });

  // Space picks "Uno" up, the down arrow moves it below "Dos", Space drops it there.
  await page.getByRole("button", { name: t("authoring.sort.drag", { title: "Uno" }) }).focus();
  // Each step waits for what a screen reader hears, as a person waits to hear it.
  await page.keyboard.press("Space");
  await expect(
    page.getByRole("button", { name: t("authoring.sort.drag", { title: "Uno" }) }),
  ).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowDown");
  await expect(
    page.getByText(t("authoring.sort.over", { title: "Uno", position: 2, count: 2 })),
  ).toBeAttached();
  await page.keyboard.press("Space");
  await expect(lessons.getByRole("link", { name: /^(Uno|Dos)$/ })).toHaveText(["Dos", "Uno"]);
  await page.reload();
  await expect(lessons.getByRole("link", { name: /^(Uno|Dos)$/ })).toHaveText(["Dos", "Uno"]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Delete asks first; the trash gives the lesson back.
  await page
    .getByRole("button", { name: t("authoring.deleteNamed", { title: "Dos" }) })
    .press("Enter");
  await page.getByRole("button", { name: t("authoring.moveToTrash") }).press("Enter");
  await expect(lessons.getByRole("link", { name: "Dos", exact: true })).toHaveCount(0);
  await page
    .getByRole("navigation", { name: t("authoring.nav.label") })
    .getByRole("link", { name: t("authoring.nav.trash") })
    .press("Enter");
  await page
    .getByRole("button", { name: t("authoring.trash.restoreNamed", { title: "Dos" }) })
    .first()
    .press("Enter");
  await expect(page.getByText(t("authoring.trash.restored"))).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goBack();
  await expect(lessons.getByRole("link", { name: /^(Uno|Dos)$/ })).toHaveText(["Uno", "Dos"]);
});
