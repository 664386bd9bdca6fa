import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { Header } from "@/app/header";
import { i18n } from "@/lib/i18n";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

test("the language switcher changes the visible text at once and remembers the choice", async () => {
  const { user } = renderPage(<Header />);
  expect(screen.getByRole("link", { name: "Courses" })).toBeInTheDocument();

  await user.selectOptions(screen.getByRole("combobox", { name: "Interface language" }), "ru");

  expect(screen.getByRole("link", { name: "Курсы" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Войти" })).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Язык интерфейса" })).toHaveValue("ru");
  expect(document.documentElement.lang).toBe("ru");
  expect(localStorage.getItem("glossa.language")).toBe("ru");
});

test("a signed-in user's language choice is saved to the profile", async () => {
  const patches: unknown[] = [];
  server.use(
    http.patch(`${API}/profile/`, async ({ request }) => {
      patches.push(await request.json());
      expect(request.headers.get("Authorization")).toBe("Bearer access-token");
      return HttpResponse.json({ interface_language: "ru" });
    }),
  );
  signIn();
  const { user } = renderPage(<Header />);

  await user.selectOptions(screen.getByRole("combobox", { name: "Interface language" }), "ru");

  await vi.waitFor(() => expect(patches).toEqual([{ interface_language: "ru" }]));
  expect(screen.getByRole("link", { name: "Мой профиль" })).toBeInTheDocument();
});

test("the teaching and import links are shown to teachers only", () => {
  signIn({
    id: 2,
    email: "t@example.com",
    display_name: "T",
    role: "teacher",
    email_verified: true,
    interface_language: "en",
  });
  renderPage(<Header />);
  expect(screen.getByRole("link", { name: "Import questions" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Teach" })).toHaveAttribute("href", "/teach");
});

test("the teaching and import links are hidden from learners", () => {
  signIn();
  renderPage(<Header />);
  expect(screen.queryByRole("link", { name: "Import questions" })).not.toBeInTheDocument();
  expect(screen.queryByRole("link", { name: "Teach" })).not.toBeInTheDocument();
  expect(i18n.language).toBe("en");
});

test("the phone menu opens from its button and Escape closes it", async () => {
  const { user } = renderPage(<Header />);
  const toggle = screen.getByRole("button", { name: "Menu" });

  await user.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  await user.tab();
  await user.keyboard("{Escape}");

  expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(toggle).toHaveFocus();
});

test("the phone menu closes after logging out, even on the page it was opened on", async () => {
  server.use(http.post(`${API}/auth/logout`, () => new HttpResponse(null, { status: 204 })));
  signIn();
  const { user } = renderPage(<Header />);
  const toggle = screen.getByRole("button", { name: "Menu" });

  await user.click(toggle);
  await user.click(screen.getByRole("button", { name: "Log out" }));

  await vi.waitFor(() => expect(toggle).toHaveAttribute("aria-expanded", "false"));
  expect(screen.queryByRole("button", { name: "Log out" })).not.toBeInTheDocument();
});
