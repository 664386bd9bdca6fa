import { http, HttpResponse } from "msw";

import { api, unwrap } from "@/lib/api-client";
import { i18n } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import { restoreSession } from "@/lib/session";
import { getAccessToken, getSession } from "@/lib/session-store";
import { sessionFor, signIn } from "@/test/fixtures";
import { API } from "@/test/render";
import { server } from "@/test/server";

test("a 401 refreshes the session once, with the CSRF header, and retries the call", async () => {
  const seen: (string | null)[] = [];
  let refreshes = 0;
  document.cookie = "csrftoken=csrf-value; path=/";
  server.use(
    http.get(`${API}/auth/me`, ({ request }) => {
      seen.push(request.headers.get("Authorization"));
      if (request.headers.get("Authorization") !== "Bearer fresh-token") {
        return HttpResponse.json(
          { status: 401, code: "token_expired", message: "Expired.", fields: {} },
          { status: 401 },
        );
      }
      return HttpResponse.json(sessionFor().user);
    }),
    http.post(`${API}/auth/refresh`, ({ request }) => {
      refreshes += 1;
      expect(request.headers.get("X-CSRFToken")).toBe("csrf-value");
      expect(request.credentials).toBe("include");
      return HttpResponse.json({ ...sessionFor(), access: "fresh-token" });
    }),
  );
  signIn();

  const user = await unwrap(api.GET("/api/v1/auth/me"));

  expect(user.email).toBe("learner@example.com");
  expect(seen).toEqual(["Bearer access-token", "Bearer fresh-token"]);
  expect(refreshes).toBe(1);
  expect(getAccessToken()).toBe("fresh-token");
});

test("a failed refresh ends the session and the call fails with the server's error", async () => {
  server.use(
    http.get(`${API}/auth/me`, () =>
      HttpResponse.json(
        { status: 401, code: "not_authenticated", message: "Log in first.", fields: {} },
        { status: 401 },
      ),
    ),
    http.post(`${API}/auth/refresh`, () =>
      HttpResponse.json(
        { status: 401, code: "not_authenticated", message: "No session.", fields: {} },
        { status: 401 },
      ),
    ),
  );
  signIn();

  await expect(unwrap(api.GET("/api/v1/auth/me"))).rejects.toMatchObject({
    status: 401,
    message: "Log in first.",
  });
  expect(getSession().status).toBe("anonymous");
});

test("every request carries the interface language", async () => {
  let language: string | null = null;
  server.use(
    http.get(`${API}/languages`, ({ request }) => {
      language = request.headers.get("Accept-Language");
      return HttpResponse.json([]);
    }),
  );
  await i18n.changeLanguage("ru");

  await unwrap(api.GET("/api/v1/languages"));

  expect(language).toBe("ru");
});

test("on start the session is restored from the refresh cookie and follows the user's language", async () => {
  server.use(
    http.get(`${API}/auth/csrf`, () => new HttpResponse(null, { status: 204 })),
    http.post(`${API}/auth/refresh`, () =>
      HttpResponse.json(sessionFor({ ...sessionFor().user, id: 99, interface_language: "ru" })),
    ),
  );

  await restoreSession();

  expect(getSession().status).toBe("authenticated");
  expect(i18n.language).toBe("ru");
});

test("without a refresh cookie (204, no body) the app starts anonymous, quietly", async () => {
  server.use(
    http.get(`${API}/auth/csrf`, () => new HttpResponse(null, { status: 204 })),
    http.post(`${API}/auth/refresh`, () => new HttpResponse(null, { status: 204 })),
  );
  const warn = vi.spyOn(logger, "warn");

  await restoreSession();

  expect(getSession()).toEqual({ status: "anonymous", user: null });
  expect(warn).not.toHaveBeenCalled();
});

test("with a spent or revoked refresh cookie the app starts anonymous", async () => {
  server.use(
    http.get(`${API}/auth/csrf`, () => new HttpResponse(null, { status: 204 })),
    http.post(`${API}/auth/refresh`, () =>
      HttpResponse.json(
        { status: 401, code: "not_authenticated", message: "No.", fields: {} },
        { status: 401 },
      ),
    ),
  );

  await restoreSession();

  expect(getSession()).toEqual({ status: "anonymous", user: null });
});
