import { useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { act } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";

import { AppProviders } from "@/app/providers";
import { CoursePage } from "@/features/catalog/components/course-page";
import type { CourseDetail } from "@/lib/api-types";
import { clearSession, getSession, resetSessionStore } from "@/lib/session-store";
import { sessionFor, signIn } from "@/test/fixtures";
import { API } from "@/test/render";
import { server } from "@/test/server";

let calls = 0;

const courseDetail: CourseDetail = {
  id: 3,
  slug: "espanol-a1",
  title: "Español A1",
  summary: "Spanish from scratch.",
  language: "es",
  language_name: "Spanish",
  level: "A1",
  author: { id: 1, display_name: "Anna" },
  lesson_count: 1,
  is_enrolled: false,
  description_html: "<p>Learn greetings.</p>",
  lessons: [{ id: 10, title: "Hello", position: 1, is_completed: false }],
};

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

test("on a page load, a signed-in learner's course page waits for the session and shows the enrollment", async () => {
  let releaseRefresh = () => {};
  const refreshed = new Promise<void>((resolve) => {
    releaseRefresh = resolve;
  });
  const anonymousRequests: string[] = [];
  let courseRequests = 0;
  server.use(
    http.get(`${API}/auth/csrf`, () => new HttpResponse(null, { status: 204 })),
    http.post(`${API}/auth/refresh`, async () => {
      await refreshed;
      return HttpResponse.json(sessionFor());
    }),
    http.get(`${API}/courses/3`, ({ request }) => {
      courseRequests += 1;
      const signedIn = request.headers.get("Authorization") === "Bearer access-token";
      if (!signedIn) anonymousRequests.push(request.url);
      return HttpResponse.json({ ...courseDetail, is_enrolled: signedIn });
    }),
  );
  resetSessionStore();
  const router = createMemoryRouter([{ path: "/courses/:id", element: <CoursePage /> }], {
    initialEntries: ["/courses/3"],
  });
  render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );

  releaseRefresh();

  expect(await screen.findByRole("button", { name: "Leave the course" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Hello" })).toHaveAttribute("href", "/lessons/10");
  expect(screen.queryByRole("button", { name: "Enroll" })).not.toBeInTheDocument();
  expect(anonymousRequests).toEqual([]);
  // Asked once, as the learner: the restore is not a change of person that refetches.
  expect(courseRequests).toBe(1);
});
