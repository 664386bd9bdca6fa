import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { ResetPasswordPage } from "@/features/auth/components/reset-password-page";
import { VerifyEmailPage } from "@/features/auth/components/verify-email-page";
import { errorBody } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

test("confirms the address once from the link's token and offers to log in", async () => {
  const tokens: unknown[] = [];
  server.use(
    http.post(`${API}/auth/verify-email`, async ({ request }) => {
      tokens.push(await request.json());
      return HttpResponse.json({ detail: "Confirmed." });
    }),
  );
  renderPage(<VerifyEmailPage />, { path: "/verify-email/abc123", route: "/verify-email/:token" });

  expect(
    await screen.findByText("Your email is confirmed. You can log in now."),
  ).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Log in" })).toHaveAttribute("href", "/login");
  expect(tokens).toEqual([{ token: "abc123" }]);
});

test("an expired link shows the server's message", async () => {
  server.use(
    http.post(`${API}/auth/verify-email`, () =>
      HttpResponse.json(errorBody(400, "invalid_token", "This link has expired."), { status: 400 }),
    ),
  );
  renderPage(<VerifyEmailPage />, { path: "/verify-email/old", route: "/verify-email/:token" });

  expect(await screen.findByRole("alert")).toHaveTextContent("This link has expired.");
});

test("a new password from the reset link is sent with the link's uid and token", async () => {
  let body: unknown = null;
  server.use(
    http.post(`${API}/auth/password/reset/confirm`, async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ detail: "Changed." });
    }),
  );
  const { user } = renderPage(<ResetPasswordPage />, {
    path: "/reset-password/MQ/set-abc",
    route: "/reset-password/:uid/:token",
  });

  await user.type(screen.getByLabelText("New password"), "a brand new passphrase");
  await user.click(screen.getByRole("button", { name: "Save the new password" }));

  expect(await screen.findByText(/Your password has been changed/)).toBeInTheDocument();
  expect(body).toEqual({ uid: "MQ", token: "set-abc", password: "a brand new passphrase" });
});
