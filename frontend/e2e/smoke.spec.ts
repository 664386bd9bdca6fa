import { expect, test } from "@playwright/test";

test("the server is live and ready", async ({ request }) => {
  const live = await request.get("/healthz");
  expect(live.status()).toBe(200);

  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ok", database: "ok" });
});

test("the home page loads the app in the browser's language", async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("/");

  const language = testInfo.project.name;
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("navigation").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("a deep link is served by the app, an unknown API path by the API", async ({
  page,
  request,
}) => {
  const response = await page.goto("/courses/5");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main")).toBeVisible();

  const api = await request.get("/api/v1/no-such-thing");
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ status: 404, code: "not_found" });
});
