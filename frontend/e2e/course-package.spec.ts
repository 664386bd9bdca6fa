import { expect, type Page, test } from "@playwright/test";

import { chooseLanguage, expectLoggedIn, logIn } from "./support/accounts";
import { DEMO_PASSWORD, DEMO_TEACHER, ENGLISH_COURSE } from "./support/demo";
import { languageOf, type Translate } from "./support/i18n";

/** Each lesson of the course open in the editor, as its row reads: title and block count. */
function lessonRows(page: Page, t: Translate): Promise<string[]> {
  return page
    .getByRole("list", { name: t("authoring.lessons.title") })
    .locator(".authoring-row__main")
    .allInnerTexts();
}

test("a teacher exports a demo course as a package and imports it back as a draft with the same lessons", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const { language, t } = languageOf(testInfo);
  await logIn(page, t, DEMO_TEACHER, DEMO_PASSWORD);
  await chooseLanguage(page, language);
  await expectLoggedIn(page, t);

  // Export: the demo course's package is downloaded under the course's title.
  await page.goto("/teach");
  // The other project's run may have imported a copy already; any copy has the same content.
  await page.getByRole("link", { name: ENGLISH_COURSE, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: ENGLISH_COURSE })).toBeVisible();
  const lessons = await lessonRows(page, t);
  expect(lessons.length).toBeGreaterThan(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: t("authoring.course.export") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${ENGLISH_COURSE}.zip`);
  const zip = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(zip);

  // Import: from My courses, with the upload's progress, into a new draft.
  await page.getByRole("link", { name: t("authoring.nav.courses") }).click();
  await page.getByRole("link", { name: t("authoring.package.importAction") }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: t("authoring.package.title") }),
  ).toBeVisible();
  await page.getByLabel(t("authoring.package.file")).setInputFiles(zip);
  await page.getByRole("button", { name: t("authoring.package.import") }).click();
  const result = page.getByRole("region", { name: t("authoring.package.result") });
  await expect(result.getByRole("status")).toHaveText(
    t("authoring.package.imported", { title: ENGLISH_COURSE, count: lessons.length }),
    { timeout: 90_000 },
  );

  // The new draft has the same lessons, in the same order, with the same blocks.
  const open = page.getByRole("link", {
    name: t("authoring.package.open", { title: ENGLISH_COURSE }),
  });
  await expect(open).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: ENGLISH_COURSE })).toBeVisible();
  await expect(page.getByText(t("authoring.status.draft")).first()).toBeVisible();
  await expect.poll(() => lessonRows(page, t)).toEqual(lessons);
});
