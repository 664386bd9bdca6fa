import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import { createMemoryRouter, RouterProvider } from "react-router";

import { CatalogPage } from "@/features/catalog/components/catalog-page";
import type { Course } from "@/lib/api-types";
import { i18n } from "@/lib/i18n";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

function course(id: number, title: string): Course {
  return {
    id,
    slug: `course-${id}`,
    title,
    summary: "A first course.",
    language: "es",
    language_name: "Spanish",
    level: "A1",
    author: { id: 1, display_name: "Anna" },
    lesson_count: 3,
    is_enrolled: false,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

function catalogApi() {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/courses/languages`, () =>
      HttpResponse.json([
        { code: "en", name: "English" },
        { code: "es", name: "Spanish" },
      ]),
    ),
    http.get(`${API}/courses`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const results =
        query.get("search") === "hola" ? [course(2, "¡Hola!")] : [course(1, "Español A1")];
      return HttpResponse.json({ count: 30, next: null, previous: null, results });
    }),
  );
  return queries;
}

test("filters come from the address, so a filtered page can be shared", async () => {
  const queries = catalogApi();
  renderPage(<CatalogPage />, { path: "/courses?language=es&level=A1&page=2", route: "/courses" });

  expect(await screen.findByRole("link", { name: "Español A1" })).toHaveAttribute(
    "href",
    "/courses/1",
  );
  expect(screen.getByLabelText("Level")).toHaveValue("A1");
  expect(screen.getByText("30 courses found.")).toBeInTheDocument();
  // Only the languages courses are taught in, not every ISO language.
  await screen.findByRole("option", { name: "Spanish" });
  expect(
    within(screen.getByLabelText("Language"))
      .getAllByRole("option")
      .map((option) => option.textContent),
  ).toEqual(["Any language", "English", "Spanish"]);
  expect(screen.getByText("Page 2 of 3")).toBeInTheDocument();
  const last = queries.at(-1);
  expect(last?.get("language")).toBe("es");
  expect(last?.get("level")).toBe("A1");
  expect(last?.get("page")).toBe("2");
});

test("search is debounced into the address and starts again from page 1", async () => {
  const queries = catalogApi();
  const { user, router } = renderPage(<CatalogPage />, {
    path: "/courses?page=2",
    route: "/courses",
  });
  await screen.findByRole("link", { name: "Español A1" });

  await user.type(screen.getByRole("searchbox", { name: "Search by title" }), "hola");

  expect(await screen.findByRole("link", { name: "¡Hola!" })).toBeInTheDocument();
  expect(router.state.location.search).toBe("?search=hola");
  expect(queries.map((query) => query.get("search"))).not.toContain("hol");
});

test("the pager moves through the pages", async () => {
  const queries = catalogApi();
  const { user, router } = renderPage(<CatalogPage />, { path: "/courses", route: "/courses" });
  await screen.findByRole("link", { name: "Español A1" });

  await user.click(screen.getByRole("button", { name: "Next" }));

  expect(router.state.location.search).toBe("?page=2");
  await vi.waitFor(() => expect(queries.at(-1)?.get("page")).toBe("2"));
});

test("after a page change the results start from their top, where the focus goes", async () => {
  catalogApi();
  const { user } = renderPage(<CatalogPage />, { path: "/courses", route: "/courses" });
  await screen.findByRole("link", { name: "Español A1" });

  await user.click(screen.getByRole("button", { name: "Next" }));

  expect(screen.getByRole("status")).toHaveFocus();
});

test("a page that no longer exists offers the first page", async () => {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/courses/languages`, () => HttpResponse.json([])),
    http.get(`${API}/courses`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      if (query.get("page") === "99") {
        return HttpResponse.json(
          { status: 404, code: "not_found", message: "Invalid page.", fields: {} },
          { status: 404 },
        );
      }
      return HttpResponse.json({
        count: 1,
        next: null,
        previous: null,
        results: [course(1, "Español A1")],
      });
    }),
  );
  const { user, router } = renderPage(<CatalogPage />, {
    path: "/courses?level=A1&page=99",
    route: "/courses",
  });

  await user.click(await screen.findByRole("button", { name: "Go to the first page" }));

  expect(await screen.findByRole("link", { name: "Español A1" })).toBeInTheDocument();
  expect(router.state.location.search).toBe("?level=A1");
});

test("a course clicked right after typing a search opens, though its page is still loading", async () => {
  catalogApi();
  vi.useFakeTimers({ shouldAdvanceTime: true });
  let loaded: (route: { Component: () => ReactElement }) => void = () => undefined;
  const router = createMemoryRouter(
    [
      { path: "/courses", element: <CatalogPage /> },
      // The course page's code arrives only when the test says so, as over a slow network.
      { path: "/courses/:id", lazy: () => new Promise((resolve) => (loaded = resolve)) },
    ],
    { initialEntries: ["/courses"] },
  );
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );

  await user.type(screen.getByRole("searchbox", { name: "Search by title" }), "hol");
  await user.click(await screen.findByRole("link", { name: "Español A1" }));
  expect(router.state.navigation.state).toBe("loading");
  // Past the search's pause: it must not send the learner back to the catalog.
  await act(() => vi.advanceTimersByTimeAsync(1000));
  loaded({ Component: () => <h1>Course page</h1> });

  expect(await screen.findByRole("heading", { name: "Course page" })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe("/courses/1");
});
