import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createMemoryRouter, RouterProvider } from "react-router";

import { routes } from "@/app/router";
import { i18n } from "@/lib/i18n";
import { signIn } from "@/test/fixtures";

function openAt(path: string) {
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

test.each(["/courses/abc", "/courses/5x", "/lessons/0", "/lessons/-1"])(
  "%s shows the not-found page instead of loading forever",
  async (path) => {
    signIn();
    openAt(path);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
  },
);
