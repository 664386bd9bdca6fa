import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { SignupPage } from "@/features/auth/components/signup-page";
import { errorBody } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

test("shows the password errors next to the password field", async () => {
  server.use(
    http.post(`${API}/auth/signup`, () =>
      HttpResponse.json(
        errorBody(400, "invalid", "Some fields are not valid. Check them and try again.", {
          password: [
            "This password is too short. It must contain at least 10 characters.",
            "This password is too common.",
          ],
        }),
        { status: 400 },
      ),
    ),
  );
  const { user } = renderPage(<SignupPage />);

  await user.type(screen.getByLabelText("Email"), "ann@example.com");
  await user.type(screen.getByLabelText("Password"), "qwerty");
  await user.click(screen.getByRole("button", { name: "Create account" }));

  const password = screen.getByLabelText("Password");
  expect(await screen.findByText(/This password is too common\./)).toBeInTheDocument();
  expect(password).toHaveAttribute("aria-invalid", "true");
  expect(password).toHaveAccessibleDescription(expect.stringContaining("at least 10 characters"));
  expect(screen.getByLabelText("Email")).not.toHaveAttribute("aria-invalid");
});

test("sends the interface language and shows the check-your-email screen", async () => {
  let body: unknown = null;
  server.use(
    http.post(`${API}/auth/signup`, async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ detail: "Check your email." }, { status: 201 });
    }),
  );
  const { user } = renderPage(<SignupPage />);

  await user.type(screen.getByLabelText("Email"), "ann@example.com");
  await user.type(screen.getByLabelText("Password"), "a long enough passphrase");
  await user.type(screen.getByLabelText("Display name"), "Ann");
  await user.click(screen.getByRole("button", { name: "Create account" }));

  expect(await screen.findByRole("heading", { name: "Check your email" })).toBeInTheDocument();
  expect(screen.getByText(/ann@example.com/)).toBeInTheDocument();
  expect(body).toEqual({
    email: "ann@example.com",
    password: "a long enough passphrase",
    display_name: "Ann",
    interface_language: "en",
  });
});
