import { expect, test } from "@playwright/test";

import { createConfirmedAccount, expectLoggedIn, logIn } from "./support/accounts";
import { languageOf, translator } from "./support/i18n";
import { solidPng } from "./support/png";

test("a learner edits the profile and finds it saved after a reload", async ({
  page,
  request,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  const account = await createConfirmedAccount(request, "profile", language);
  await logIn(page, t, account.email, account.password);
  await expectLoggedIn(page, t);

  await page.getByRole("link", { name: t("nav.profile") }).click();
  const form = page.getByRole("form", { name: t("profile.formLabel") });
  await form.getByLabel(t("fields.displayName")).fill("Ольга Петрова");
  await form.getByLabel(t("profile.nativeLanguage")).selectOption("ru");
  await form.getByRole("button", { name: t("profile.addTarget") }).click();
  await form.getByLabel(t("profile.targetLanguage", { n: 1 }), { exact: true }).selectOption("es");
  await form.getByLabel(t("profile.level", { n: 1 }), { exact: true }).selectOption("B1");
  await form.getByLabel(t("profile.dailyGoal")).fill("25");
  await form.getByLabel(t("profile.timeZone")).selectOption("Europe/Moscow");
  await form.getByRole("button", { name: t("profile.save") }).click();
  await expect(page.getByText(t("profile.saved"))).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole("form", { name: t("profile.formLabel") });
  await expect(reloaded.getByLabel(t("fields.displayName"))).toHaveValue("Ольга Петрова");
  await expect(reloaded.getByLabel(t("profile.nativeLanguage"))).toHaveValue("ru");
  await expect(
    reloaded.getByLabel(t("profile.targetLanguage", { n: 1 }), { exact: true }),
  ).toHaveValue("es");
  await expect(reloaded.getByLabel(t("profile.level", { n: 1 }), { exact: true })).toHaveValue(
    "B1",
  );
  await expect(reloaded.getByLabel(t("profile.dailyGoal"))).toHaveValue("25");
  await expect(reloaded.getByLabel(t("profile.timeZone"))).toHaveValue("Europe/Moscow");
});

test("switching the interface language changes the page at once and is remembered", async ({
  page,
  request,
  browser,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  const other = language === "ru" ? "en" : "ru";
  const o = translator(other);
  const account = await createConfirmedAccount(request, "language", language);
  await logIn(page, t, account.email, account.password);
  await page.getByRole("link", { name: t("nav.profile") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("profile.title") })).toBeVisible();

  const form = page.getByRole("form", { name: t("profile.formLabel") });
  await form.getByLabel(t("profile.interfaceLanguage")).selectOption(other);
  await expect(page.getByRole("heading", { level: 1, name: o("profile.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", other);
  await page
    .getByRole("form", { name: o("profile.formLabel") })
    .getByRole("button", { name: o("profile.save") })
    .click();
  await expect(page.getByText(o("profile.saved"))).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: o("profile.title") })).toBeVisible();

  // A fresh browser in the first language: the saved choice follows the account.
  const fresh = await browser.newContext({ locale: testInfo.project.use.locale });
  const freshPage = await fresh.newPage();
  await logIn(freshPage, t, account.email, account.password);
  await expect(freshPage.getByRole("button", { name: o("nav.logout") })).toBeVisible();
  await fresh.close();
});

test("an avatar is uploaded, and a file that is not an image is refused with a clear message", async ({
  page,
  request,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  const account = await createConfirmedAccount(request, "avatar", language);
  await logIn(page, t, account.email, account.password);
  await page.getByRole("link", { name: t("nav.profile") }).click();
  const avatar = page.getByRole("region", { name: t("avatar.title") });

  await avatar.getByLabel(t("avatar.choose")).setInputFiles({
    name: "notes.png",
    mimeType: "image/png",
    buffer: Buffer.from("these are my notes, not a picture"),
  });
  await avatar.getByRole("button", { name: t("avatar.upload") }).click();
  await expect(avatar.getByRole("alert")).toBeVisible();
  await expect(avatar.getByRole("button", { name: t("avatar.remove") })).toHaveCount(0);

  await avatar.getByLabel(t("avatar.choose")).setInputFiles({
    name: "huge.png",
    mimeType: "image/png",
    buffer: Buffer.alloc(6 * 1024 * 1024, 1),
  });
  await expect(avatar.getByText(t("avatar.tooLarge", { mb: 5 }))).toBeVisible();
  await expect(avatar.getByRole("button", { name: t("avatar.upload") })).toBeDisabled();

  await avatar.getByLabel(t("avatar.choose")).setInputFiles({
    name: "me.png",
    mimeType: "image/png",
    buffer: solidPng(600, [40, 120, 200]),
  });
  await avatar.getByRole("button", { name: t("avatar.upload") }).click();
  await expect(avatar.getByText(t("avatar.saved"))).toBeVisible();
  await expect(avatar.getByRole("button", { name: t("avatar.remove") })).toBeVisible();

  await page.reload();
  const image = page.getByRole("img", { name: t("avatar.alt") });
  await expect(image).toBeVisible();
  // Re-encoded and resized on the server: the stored picture is no longer 600 px wide.
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBeLessThan(600);
});
