import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { LoginForm } from "@/features/auth/components/login-form";
import { getAccessToken, getSession } from "@/lib/session-store";
import { errorBody, sessionFor } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

function csrf() {
  return http.get(`${API}/auth/csrf`, () => new HttpResponse(null, { status: 204 }));
}

async function logIn(user: ReturnType<typeof renderPage>["user"], email: string, password: string) {
  if (email) await user.type(screen.getByLabelText("Email"), email);
  if (password) await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Log in" }));
}

test("shows field errors next to their inputs and the form message as an alert", async () => {
  server.use(
    csrf(),
    http.post(`${API}/auth/login`, () =>
      HttpResponse.json(
        errorBody(400, "invalid", "Some fields are not valid. Check them and try again.", {
          email: ["Enter a valid email address."],
          password: ["This field may not be blank."],
        }),
        { status: 400 },
      ),
    ),
  );
  const { user } = renderPage(<LoginForm onSuccess={() => undefined} />);

  await logIn(user, "not-an-email", "");

  expect(await screen.findByText("Enter a valid email address.")).toBeInTheDocument();
  expect(screen.getByLabelText("Email")).toHaveAccessibleDescription(
    "Enter a valid email address.",
  );
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(
    "This field may not be blank.",
  );
  expect(screen.getByRole("alert")).toHaveTextContent("Some fields are not valid.");
});

test("shows the server's one generic message for wrong credentials", async () => {
  server.use(
    csrf(),
    http.post(`${API}/auth/login`, () =>
      HttpResponse.json(errorBody(400, "invalid_credentials", "The email or password is wrong."), {
        status: 400,
      }),
    ),
  );
  const { user } = renderPage(<LoginForm onSuccess={() => undefined} />);

  await logIn(user, "ann@example.com", "wrong password");

  expect(await screen.findByRole("alert")).toHaveTextContent("The email or password is wrong.");
  expect(getAccessToken()).toBeNull();
});

test("shows the lock message with the time to wait", async () => {
  server.use(
    csrf(),
    http.post(`${API}/auth/login`, () =>
      HttpResponse.json(
        errorBody(
          429,
          "locked",
          "Too many failed attempts. Try again in 15 minutes.",
          {},
          { retry_after: 900 },
        ),
        { status: 429, headers: { "Retry-After": "900" } },
      ),
    ),
  );
  const { user } = renderPage(<LoginForm onSuccess={() => undefined} />);

  await logIn(user, "ann@example.com", "a password");

  expect(await screen.findByRole("alert")).toHaveTextContent("Try again in 15 minutes.");
});

test("offers to resend the confirmation email when the address is not verified", async () => {
  const resent: unknown[] = [];
  server.use(
    csrf(),
    http.post(`${API}/auth/login`, () =>
      HttpResponse.json(errorBody(403, "email_not_verified", "Confirm your email first."), {
        status: 403,
      }),
    ),
    http.post(`${API}/auth/verify-email/resend`, async ({ request }) => {
      resent.push(await request.json());
      return HttpResponse.json({ detail: "Sent." }, { status: 202 });
    }),
  );
  const { user } = renderPage(<LoginForm onSuccess={() => undefined} />);

  await logIn(user, "ann@example.com", "a long password");
  await user.click(
    await screen.findByRole("button", { name: "Send the confirmation email again" }),
  );

  expect(await screen.findByText(/a new email is on its way/)).toBeInTheDocument();
  expect(resent).toEqual([{ email: "ann@example.com" }]);
});

test("keeps the access token in memory only after logging in", async () => {
  const onSuccess = vi.fn();
  server.use(
    csrf(),
    http.post(`${API}/auth/login`, () => HttpResponse.json(sessionFor())),
  );
  const { user } = renderPage(<LoginForm onSuccess={onSuccess} />);

  await logIn(user, "learner@example.com", "a long password");

  await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
  expect(getSession().user?.email).toBe("learner@example.com");
  expect(getAccessToken()).toBe("access-token");
  for (const storage of [localStorage, sessionStorage]) {
    const values = Array.from({ length: storage.length }, (_, i) =>
      storage.getItem(storage.key(i) ?? ""),
    );
    expect(values.join()).not.toContain("access-token");
  }
});
