import "@testing-library/jest-dom/vitest";

import { i18n } from "@/lib/i18n";
import { clearSession } from "@/lib/session-store";
import { server } from "@/test/server";

// Warnings are errors: a React or library warning printed during a test fails that test.
const printed: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));

beforeEach(async () => {
  for (const level of ["error", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
    });
  }
  await i18n.changeLanguage("en");
  // Start anonymous, with the page-load session restore already over (requests wait for it).
  clearSession();
});

afterEach(() => {
  server.resetHandlers();
  clearSession();
  localStorage.clear();
  document.cookie = "csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
  vi.restoreAllMocks();
  expect(printed.splice(0)).toEqual([]);
});

afterAll(() => server.close());
