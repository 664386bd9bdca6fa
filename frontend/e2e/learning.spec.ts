import { expect, type Page, test } from "@playwright/test";

import { createConfirmedAccount, expectLoggedIn, logIn } from "./support/accounts";
import { ENGLISH_COURSE, SPANISH_COURSE } from "./support/demo";
import { languageOf, type Translate } from "./support/i18n";

async function enrollInEnglishCourse(page: Page, t: Translate): Promise<void> {
  await page
    .getByRole("navigation", { name: t("nav.label") })
    .getByRole("link", { name: t("nav.courses") })
    .click();
  await page.getByRole("searchbox", { name: t("catalog.search") }).fill("Английский");
  await expect(
    page.getByRole("status").filter({ hasText: t("catalog.found", { count: 1 }) }),
  ).toBeVisible();
  await page.getByRole("link", { name: ENGLISH_COURSE }).click();
  await expect(page.getByRole("heading", { level: 1, name: ENGLISH_COURSE })).toBeVisible();
  await page.getByRole("button", { name: t("catalog.enroll") }).click();
  await expect(page.getByRole("button", { name: t("catalog.leave") })).toBeVisible();
}

test("the catalog filters by language and level and searches by title", async ({
  page,
}, testInfo) => {
  const { t } = languageOf(testInfo);
  // Other tests publish courses of their own while this one runs: it follows the demo's two.
  await page.goto("/courses");
  const english = page.getByRole("link", { name: ENGLISH_COURSE });
  const spanish = page.getByRole("link", { name: SPANISH_COURSE });
  await expect(english).toBeVisible();
  await expect(spanish).toBeVisible();

  await page.getByLabel(t("catalog.language"), { exact: true }).selectOption("es");
  await expect(page).toHaveURL(/language=es/);
  await expect(english).toHaveCount(0);
  await expect(spanish).toBeVisible();

  await page.getByLabel(t("catalog.language"), { exact: true }).selectOption("");
  await page.getByLabel(t("catalog.level"), { exact: true }).selectOption("C2");
  await expect(page.getByText(t("catalog.found", { count: 0 }))).toBeVisible();
  await page.getByLabel(t("catalog.level"), { exact: true }).selectOption("A1");
  await expect(english).toBeVisible();
  await expect(spanish).toBeVisible();

  await page.getByRole("searchbox", { name: t("catalog.search") }).fill("Английский");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(english).toBeVisible();
});

test("a learner enrolls, studies a lesson and marks it done", async ({
  page,
  request,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  const account = await createConfirmedAccount(request, "lesson", language);
  await logIn(page, t, account.email, account.password);
  await expectLoggedIn(page, t);

  await page.goto("/courses");
  const courseCard = page.getByRole("article").filter({ hasText: ENGLISH_COURSE });
  await expect(courseCard).toContainText(t("catalog.lessons", { count: 4 }));
  await enrollInEnglishCourse(page, t);
  const lessons = page.getByRole("region", { name: t("catalog.lessonsTitle") });
  await expect(lessons.getByRole("link")).toHaveCount(4);
  await lessons.getByRole("link").first().click();

  await test.step("text: Markdown rendered as headings, tables and lists", async () => {
    await expect(
      page.getByRole("heading", { name: "Как поздороваться и представиться" }),
    ).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Good morning!");
  });

  await test.step("audio: plays, and its speed changes with the pitch kept", async () => {
    const player = page.getByRole("group", {
      name: t("audio.player", { title: "Послушайте: Anna о себе" }),
    });
    await player.getByLabel(t("audio.speed")).selectOption({ label: "1.5×" });
    const audio = player.locator("audio");
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
    expect(await audio.evaluate((a: HTMLAudioElement) => a.preservesPitch)).toBe(true);
    await player.getByRole("button", { name: t("audio.play") }).click();
    await expect(player.getByRole("button", { name: t("audio.pause") })).toBeVisible();
    await expect
      .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime))
      .toBeGreaterThan(0);
    await player.getByRole("button", { name: t("audio.pause") }).click();
  });

  await test.step("dialogue: the translation shows and hides, each line has audio", async () => {
    const dialogue = page.getByRole("region", { name: "Первая встреча" });
    const translation = dialogue.getByText("Привет! Я Том. Как тебя зовут?");
    await expect(dialogue.getByText("Hello! I'm Tom. What's your name?")).toBeVisible();
    await expect(translation).toHaveCount(0);
    await dialogue.getByRole("button", { name: t("dialogue.showTranslation") }).click();
    await expect(translation).toBeVisible();
    await dialogue.getByRole("button", { name: t("dialogue.hideTranslation") }).click();
    await expect(translation).toHaveCount(0);
    await expect(
      dialogue.getByRole("button", { name: t("dialogue.playLine", { speaker: "Tom" }) }),
    ).toHaveCount(3);
  });

  await page.getByRole("button", { name: t("lesson.markDone") }).click();
  await expect(page.getByRole("status").filter({ hasText: t("lesson.done") })).toBeVisible();
  await page.reload();
  await expect(page.getByText(t("lesson.done"))).toBeVisible();
  await page.getByRole("link", { name: ENGLISH_COURSE }).click();
  await expect(page.getByText(t("catalog.progress", { done: 1, count: 4 }))).toBeVisible();
});

test("a learner answers every type of question and sees score, expected answers and feedback", async ({
  page,
  request,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  const account = await createConfirmedAccount(request, "quiz", language);
  await logIn(page, t, account.email, account.password);
  await expectLoggedIn(page, t);
  await enrollInEnglishCourse(page, t);
  const lessons = page.getByRole("region", { name: t("catalog.lessonsTitle") });
  const question = (n: number, title: string) =>
    page.getByRole("group", { name: t("exercises.questionTitled", { n, title }) });
  // A result reads "Title — Correct …"; the lesson text has list items of its own.
  const result = (title: string) =>
    page
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${title.replace(/[()]/g, "\\$&")} — `) });

  await test.step("lesson 1: single choice, true/false, short answer, matching", async () => {
    await lessons.getByRole("link").nth(0).click();
    await question(1, "Приветствие утром").getByRole("radio", { name: "Good night!" }).check();
    await question(2, "I am")
      .getByRole("radio", { name: t("exercises.false"), exact: true })
      .check();
    // Case and surrounding spaces do not matter.
    await page.getByLabel(t("exercises.yourAnswer", { n: 3 }), { exact: true }).fill("  IS ");
    const matching = question(4, "Местоимения и to be");
    for (const [pronoun, verb] of [
      ["I", "am"],
      ["he", "is"],
      ["you", "are"],
      ["we", "are"],
    ] as const) {
      await matching.getByLabel(pronoun, { exact: true }).selectOption({ label: verb });
    }
    await page.getByRole("button", { name: t("exercises.submit") }).click();

    await expect(page.getByRole("heading", { name: scorePattern(t, 75) })).toBeVisible();
    const wrong = result("Приветствие утром");
    await expect(wrong).toContainText(t("exercises.status.incorrect"));
    await expect(wrong).toContainText(`${t("exercises.expected")} Good morning!`);
    await expect(wrong).toContainText("Good night говорят только при прощании, перед сном.");
    await expect(result("I am")).toContainText(t("exercises.status.correct"));
    await expect(result("Глагол to be (she)")).toContainText(t("exercises.status.correct"));
    await expect(result("Местоимения и to be")).toContainText(t("exercises.status.correct"));
  });

  await test.step("lesson 2: multiple choice with partial credit, numerical, essay", async () => {
    await page.getByRole("link", { name: t("lesson.next") }).click();
    const members = question(1, "Члены семьи");
    await members.getByRole("checkbox", { name: "mother" }).check();
    await members.getByRole("checkbox", { name: "brother" }).check();
    await question(2, "his или her")
      .getByRole("radio", { name: "This is Tom's sister. This is his sister." })
      .check();
    await page.getByLabel(t("exercises.numberAnswer", { n: 3 })).fill("72");
    await page
      .getByLabel(t("exercises.yourAnswer", { n: 4 }), { exact: true })
      .fill("I have got a brother. His name is Ivan.");
    await page.getByRole("button", { name: t("exercises.submit") }).click();

    await expect(page.getByRole("heading", { name: scorePattern(t) })).toBeVisible();
    await expect(result("Члены семьи")).toContainText(t("exercises.status.partial"));
    await expect(result("his или her")).toContainText(t("exercises.status.correct"));
    await expect(result("his или her")).toContainText("Верно: Том — мужчина, поэтому his.");
    await expect(result("Возраст бабушки")).toContainText(t("exercises.status.correct"));
    await expect(result("Моя семья")).toContainText(t("exercises.status.pending"));
  });

  await test.step("lesson 3: a description, a numerical tolerance and a second accepted answer", async () => {
    await page.getByRole("link", { name: t("lesson.next") }).click();
    await expect(
      page.getByText("Вспомним числа и вежливые просьбы.", { exact: false }),
    ).toBeVisible();
    await page.getByLabel(t("exercises.numberAnswer", { n: 1 })).fill("2,5");
    await page.getByLabel(t("exercises.yourAnswer", { n: 2 }), { exact: true }).fill("check");
    await question(3, "Twelve")
      .getByRole("radio", { name: t("exercises.true"), exact: true })
      .check();
    const phrases = question(4, "Фразы в кафе");
    await phrases.getByLabel("How much is it?").selectOption({ label: "Сколько это стоит?" });
    await phrases.getByLabel("Here you are.").selectOption({ label: "Вот, пожалуйста." });
    await phrases.getByLabel("Anything else?").selectOption({ label: "Что-нибудь ещё?" });
    await phrases.getByLabel("The bill, please.").selectOption({ label: "Счёт, пожалуйста." });
    await page.getByRole("button", { name: t("exercises.submit") }).click();

    await expect(page.getByRole("heading", { name: scorePattern(t, 100) })).toBeVisible();
    await expect(result("Счёт")).toContainText("Верно, так говорят в США.");
  });
});

/** The score line ("Score: 3 of 4 (75%)") with any numbers, or with the given percentage. */
function scorePattern(t: Translate, percent?: number): RegExp {
  const text = t("exercises.score", { score: "SCORE", max: "MAX", percent: percent ?? "PERCENT" });
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    escaped.replace("SCORE", "[\\d.,]+").replace("MAX", "[\\d.,]+").replace("PERCENT", "\\d+"),
  );
}
