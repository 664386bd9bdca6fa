import { render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createMemoryRouter, RouterProvider } from "react-router";

import { RequireAuth } from "@/app/require-auth";
import { i18n } from "@/lib/i18n";
import { clearSession } from "@/lib/session-store";
import { signIn } from "@/test/fixtures";

function openAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: "/login", element: <p>Login page</p> },
      {
        element: <RequireAuth roles={["teacher", "admin"]} />,
        children: [{ path: "/teach/import", element: <p>Import page</p> }],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

test("an anonymous visitor is sent to log in and comes back afterwards", () => {
  clearSession();
  const router = openAt("/teach/import?x=1");

  expect(screen.getByText("Login page")).toBeInTheDocument();
  expect(router.state.location.search).toBe("?next=%2Fteach%2Fimport%3Fx%3D1");
});

test("a learner may not open a teacher's page", () => {
  signIn();
  openAt("/teach/import");

  expect(screen.getByRole("alert")).toHaveTextContent(
    "You do not have permission to open this page.",
  );
  expect(screen.queryByText("Import page")).not.toBeInTheDocument();
});

test("a teacher opens it", () => {
  signIn({
    id: 2,
    email: "t@example.com",
    display_name: "T",
    role: "teacher",
    email_verified: true,
    interface_language: "en",
  });
  openAt("/teach/import");

  expect(screen.getByText("Import page")).toBeInTheDocument();
});
