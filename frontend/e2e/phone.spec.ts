import { expect, type Locator, type Page, test } from "@playwright/test";

import { createConfirmedAccount } from "./support/accounts";
import { ENGLISH_COURSE } from "./support/demo";
import { languageOf } from "./support/i18n";

/** Press Tab until `target` has the focus, as a keyboard user moves through a page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(360);
}

test.describe("on a 360 px phone, by keyboard alone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test("a learner logs in, finds a course, enrolls and opens a lesson", async ({
    page,
    request,
  }, testInfo) => {
    const { language, t } = languageOf(testInfo);
    const account = await createConfirmedAccount(request, "phone", language);

    await page.goto("/login");
    await expectNoSidewaysScroll(page);
    await tabTo(page, page.getByLabel(t("fields.email")));
    await page.keyboard.type(account.email);
    await tabTo(page, page.getByLabel(t("fields.password"), { exact: true }));
    await page.keyboard.type(account.password);
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: t("home.greeting", { name: account.displayName }),
      }),
    ).toBeVisible();

    const menu = page.getByRole("button", { name: t("nav.menu") });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await tabTo(page, menu);
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const nav = page.getByRole("navigation", { name: t("nav.label") });
    await tabTo(page, nav.getByRole("link", { name: t("nav.courses") }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: t("catalog.title") })).toBeVisible();
    await expectNoSidewaysScroll(page);

    await tabTo(page, page.getByRole("link", { name: ENGLISH_COURSE }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: ENGLISH_COURSE })).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: t("catalog.enroll") }));
    await page.keyboard.press("Enter");
    const firstLesson = page
      .getByRole("region", { name: t("catalog.lessonsTitle") })
      .getByRole("link")
      .first();
    await tabTo(page, firstLesson);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: t("lesson.markDone") })).toBeVisible();
    await expectNoSidewaysScroll(page);

    await tabTo(page, page.getByRole("button", { name: t("lesson.markDone") }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: t("lesson.done") })).toBeVisible();
  });
});
