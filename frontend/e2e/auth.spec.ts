import { expect, test } from "@playwright/test";

import { createConfirmedAccount, expectLoggedIn, logIn, newAccount } from "./support/accounts";
import { languageOf } from "./support/i18n";
import { linkIn, waitForMail } from "./support/mailbox";

test("a learner signs up, confirms the email, logs in and out, and resets a forgotten password", async ({
  page,
  browser,
}, testInfo) => {
  const { t } = languageOf(testInfo);
  const account = newAccount("signup");

  await test.step("sign up", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: t("nav.signup") }).click();
    await page.getByLabel(t("fields.email")).fill(account.email);
    await page.getByLabel(t("fields.password"), { exact: true }).fill(account.password);
    await page.getByLabel(t("fields.displayName")).fill(account.displayName);
    await page.getByRole("button", { name: t("signup.submit") }).click();
    await expect(page.getByRole("heading", { name: t("checkEmail.title") })).toBeVisible();
  });

  await test.step("log in before confirming is refused", async () => {
    await logIn(page, t, account.email, account.password);
    await expect(page.getByRole("button", { name: t("login.resend") })).toBeVisible();
  });

  await test.step("confirm through the link in the mail", async () => {
    const mail = await waitForMail(account.email);
    await page.goto(linkIn(mail, "/verify-email/"));
    await expect(page.getByText(t("verify.done"))).toBeVisible();
  });

  await test.step("log in and out", async () => {
    await page
      .getByRole("main")
      .getByRole("link", { name: t("nav.login") })
      .click();
    await page.getByLabel(t("fields.email")).fill(account.email);
    await page.getByLabel(t("fields.password"), { exact: true }).fill(account.password);
    await page.getByRole("button", { name: t("login.submit") }).click();
    await expectLoggedIn(page, t);
    await page.getByRole("button", { name: t("nav.logout") }).click();
    const nav = page.getByRole("navigation", { name: t("nav.label") });
    await expect(nav.getByRole("link", { name: t("nav.login") })).toBeVisible();
    await page.goto("/profile");
    await expect(page.getByRole("heading", { name: t("login.title") })).toBeVisible();
  });

  // A second browser stays logged in, to see that the reset ends its session.
  const otherContext = await browser.newContext({ locale: testInfo.project.use.locale });
  const otherPage = await otherContext.newPage();
  await logIn(otherPage, t, account.email, account.password);
  await expectLoggedIn(otherPage, t);

  const newPassword = `${account.password} renewed`;
  await test.step("forgot password: the mail's link sets a new password", async () => {
    await page.goto("/login");
    await page.getByRole("link", { name: t("login.forgot") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("forgot.title") })).toBeVisible();
    await page.getByLabel(t("fields.email")).fill(account.email);
    await page.getByRole("button", { name: t("forgot.submit") }).click();
    await expect(page.getByText(t("forgot.sent"))).toBeVisible();

    const mail = await waitForMail(account.email, 2);
    await page.goto(linkIn(mail, "/reset-password/"));
    await page.getByLabel(t("fields.newPassword")).fill(newPassword);
    await page.getByRole("button", { name: t("reset.submit") }).click();
    await expect(page.getByText(t("reset.done"))).toBeVisible();
  });

  await test.step("the other session has ended", async () => {
    await otherPage.goto("/profile");
    await expect(otherPage.getByRole("heading", { name: t("login.title") })).toBeVisible();
    await otherContext.close();
  });

  await test.step("the old password no longer works, the new one does", async () => {
    await logIn(page, t, account.email, account.password);
    await expect(page.getByRole("alert")).toBeVisible();
    await logIn(page, t, account.email, newPassword);
    await expectLoggedIn(page, t);
  });
});

test("wrong credentials get one message, whether or not the account exists", async ({
  page,
  request,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  const account = await createConfirmedAccount(request, "wrong", language);

  await logIn(page, t, account.email, "not the right password at all");
  const wrongPassword = (await page.getByRole("alert").textContent()) ?? "";
  await logIn(page, t, `nobody-${account.email}`, account.password);
  const unknownEmail = (await page.getByRole("alert").textContent()) ?? "";

  expect(wrongPassword).not.toBe("");
  expect(unknownEmail).toBe(wrongPassword);
  expect(wrongPassword).toMatch(language === "ru" ? /[а-яё]/i : /^[^а-яё]*$/i);
  await expect(page.getByRole("button", { name: t("nav.logout") })).toHaveCount(0);
});

test("repeated failures lock the account for this address and say when to try again", async ({
  page,
  request,
}, testInfo) => {
  const { language, t } = languageOf(testInfo);
  const account = await createConfirmedAccount(request, "lockout", language);

  await logIn(page, t, account.email, "wrong password number 0");
  const generic = (await page.getByRole("alert").textContent()) ?? "";
  for (let attempt = 1; attempt < 5; attempt += 1) {
    await logIn(page, t, account.email, `wrong password number ${attempt}`);
    await expect(page.getByRole("alert")).toBeVisible();
  }
  await logIn(page, t, account.email, account.password);

  const locked = page.getByRole("alert");
  await expect(locked).toBeVisible();
  await expect(locked).not.toHaveText(generic);
  await expect(locked).toContainText(/\d/);
  await expect(page.getByRole("button", { name: t("nav.logout") })).toHaveCount(0);
});
