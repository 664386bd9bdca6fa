import "@testing-library/jest-dom/vitest";

import { i18n } from "@/lib/i18n";
import { clearSession } from "@/lib/session-store";
import { server } from "@/test/server";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));

beforeEach(async () => {
  await i18n.changeLanguage("en");
});

afterEach(() => {
  server.resetHandlers();
  clearSession();
  localStorage.clear();
  document.cookie = "csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
});

afterAll(() => server.close());
