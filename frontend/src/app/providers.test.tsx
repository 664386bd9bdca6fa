import { useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { act } from "react";

import { AppProviders } from "@/app/providers";
import { clearSession, getSession } from "@/lib/session-store";
import { signIn } from "@/test/fixtures";
import { API } from "@/test/render";
import { server } from "@/test/server";

let calls = 0;

function WhoAmI() {
  const query = useQuery({
    queryKey: ["who"],
    queryFn: () => {
      calls += 1;
      return getSession().user?.email ?? "nobody";
    },
  });
  return <p>{query.data}</p>;
}

test("cached data is fetched again when the person changes", async () => {
  server.use(
    http.get(`${API}/auth/csrf`, () => new HttpResponse(null, { status: 204 })),
    http.post(`${API}/auth/refresh`, () =>
      HttpResponse.json(
        { status: 401, code: "not_authenticated", message: "No.", fields: {} },
        { status: 401 },
      ),
    ),
  );
  calls = 0;
  render(
    <AppProviders>
      <WhoAmI />
    </AppProviders>,
  );
  expect(await screen.findByText("nobody")).toBeInTheDocument();

  act(() => signIn());
  expect(await screen.findByText("learner@example.com")).toBeInTheDocument();

  act(() => clearSession());
  expect(await screen.findByText("nobody")).toBeInTheDocument();
  expect(calls).toBeGreaterThanOrEqual(3);
});
