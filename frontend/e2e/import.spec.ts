import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { expect, test } from "@playwright/test";

import { chooseLanguage, expectLoggedIn, logIn } from "./support/accounts";
import { DEMO_PASSWORD, DEMO_TEACHER } from "./support/demo";
import { languageOf } from "./support/i18n";

const corpus =
  process.env.GLOSSA_CORPUS ?? fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const quiz = join(corpus, "gift", "moodle_questions.gift.txt");
const broken = join(corpus, "gift", "ethanou_error_missingCurly.gift");

test.beforeEach(() => {
  test.skip(
    !existsSync(quiz),
    `the shared corpus is not at ${corpus}; set GLOSSA_CORPUS to its path`,
  );
});

test("a teacher checks a GIFT file from the corpus, then imports it", async ({
  page,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  await logIn(page, t, DEMO_TEACHER, DEMO_PASSWORD);
  // The demo teacher's account says Russian; the test walks the page in its own language.
  await chooseLanguage(page, language);
  await expectLoggedIn(page, t);

  await page.getByRole("link", { name: t("nav.import") }).click();
  await page.getByLabel(t("import.file")).setInputFiles(quiz);
  await page.getByLabel(t("import.bank")).fill(`Moodle examples (${testInfo.project.name})`);
  await page.getByRole("button", { name: t("import.check") }).click();

  const summary = page.getByRole("region", { name: t("import.summary") });
  await expect(
    summary.getByRole("heading", { name: t("import.found", { count: 9 }) }),
  ).toBeVisible();
  await expect(summary).toContainText(`${t("questionTypes.matching")}: 1`);
  await expect(summary.getByRole("alert")).toHaveCount(0);

  await page.getByRole("button", { name: t("import.import"), exact: true }).click();
  await expect(page.getByText(t("import.done", { count: 9 }))).toBeVisible();
});

test("a file with an error is refused with its line before anything is imported", async ({
  page,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  await logIn(page, t, DEMO_TEACHER, DEMO_PASSWORD);
  // The demo teacher's account says Russian; the test walks the page in its own language.
  await chooseLanguage(page, language);
  await expectLoggedIn(page, t);

  await page.goto("/teach/import");
  await page.getByLabel(t("import.file")).setInputFiles(broken);
  await page.getByLabel(t("import.bank")).fill("Broken file");
  await page.getByRole("button", { name: t("import.check") }).click();

  const errors = page.getByRole("region", { name: t("import.summary") }).getByRole("alert");
  await expect(errors).toBeVisible();
  // "Line 12: …": every error names its line in the file.
  const line = t("import.errorLine", { line: "LINE", message: "" }).split("LINE")[0]!;
  await expect(errors.getByRole("listitem").first()).toContainText(new RegExp(`${line}\\d+`));
  await expect(page.getByRole("button", { name: t("import.import"), exact: true })).toBeDisabled();
  await expect(page.getByText(t("import.fixOrSkip"))).toBeVisible();
});
