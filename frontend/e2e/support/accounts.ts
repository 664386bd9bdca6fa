import { randomUUID } from "node:crypto";

import { type APIRequestContext, expect, type Page } from "@playwright/test";

import { type Language, type Translate, translator } from "./i18n";
import { linkIn, waitForMail } from "./mailbox";

export interface Account {
  email: string;
  password: string;
  displayName: string;
}

export function newAccount(prefix: string): Account {
  const id = randomUUID().slice(0, 8);
  return {
    email: `${prefix}-${id}@example.com`,
    password: `river lantern ${id} quietly`,
    displayName: `Learner ${id}`,
  };
}

/**
 * A confirmed account made through the API and the real verification mail, for tests whose
 * subject is not the sign-up itself.
 */
export async function createConfirmedAccount(
  request: APIRequestContext,
  prefix: string,
  language: Language,
): Promise<Account> {
  const account = newAccount(prefix);
  const signup = await request.post("/api/v1/auth/signup", {
    data: {
      email: account.email,
      password: account.password,
      display_name: account.displayName,
      interface_language: language,
    },
  });
  expect(signup.status(), await signup.text()).toBe(201);
  const token = linkIn(await waitForMail(account.email), "/verify-email/")
    .split("/")
    .pop();
  const verify = await request.post("/api/v1/auth/verify-email", { data: { token } });
  expect(verify.status(), await verify.text()).toBe(200);
  return account;
}

export async function logIn(
  page: Page,
  t: Translate,
  email: string,
  password: string,
): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(t("fields.email")).fill(email);
  await page.getByLabel(t("fields.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: t("login.submit") }).click();
}

export async function expectLoggedIn(page: Page, t: Translate): Promise<void> {
  await expect(page.getByRole("button", { name: t("nav.logout") })).toBeVisible();
}

/** Pick the interface language in the header, as a person whose account says otherwise would. */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  // Logging in applies the account's language; wait for it before choosing another.
  const logout = [translator("ru")("nav.logout"), translator("en")("nav.logout")].join("|");
  await expect(page.getByRole("button", { name: new RegExp(`^(${logout})$`) })).toBeVisible();
  await page.getByRole("banner").getByRole("combobox").selectOption(language);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
}
