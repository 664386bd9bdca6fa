import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import { createMemoryRouter, RouterProvider } from "react-router";

import { i18n } from "@/lib/i18n";

interface Options {
  /** The address the page is opened at. */
  path?: string;
  /** The route pattern the element is mounted under, e.g. "/lessons/:id". */
  route?: string;
}

/** Render one page with the providers the app gives it, inside a router. */
export function renderPage(
  element: ReactElement,
  { path = "/", route = "/" }: Options = {},
): RenderResult & { user: UserEvent; router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      { path: route, element },
      { path: "*", element: <p>Elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, user, router };
}

export const API = "http://localhost:3000/api/v1";
