import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { MyCourses } from "@/features/catalog/components/dashboard";
import type { Course } from "@/lib/api-types";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

function course(id: number): Course {
  return {
    id,
    slug: `course-${id}`,
    title: `Course ${id}`,
    summary: "A course.",
    language: "es",
    language_name: "Spanish",
    level: "A1",
    author: { id: 1, display_name: "Anna" },
    lesson_count: 3,
    is_enrolled: true,
  };
}

test("lists the learner's own courses from the server, a page at a time", async () => {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/courses`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const page = Number(query.get("page") ?? "1");
      const ids = page === 1 ? Array.from({ length: 12 }, (_, i) => i + 1) : [13];
      return HttpResponse.json({ count: 13, next: null, previous: null, results: ids.map(course) });
    }),
  );
  signIn();
  const { user } = renderPage(<MyCourses />);

  expect(await screen.findByRole("link", { name: "Course 12" })).toBeInTheDocument();
  expect(queries[0]?.get("enrolled")).toBe("true");
  expect(screen.getByText("Page 1 of 2")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Next" }));

  expect(await screen.findByRole("link", { name: "Course 13" })).toBeInTheDocument();
  expect(screen.queryByRole("link", { name: "Course 1" })).not.toBeInTheDocument();
  expect(queries.at(-1)?.get("page")).toBe("2");
  expect(queries.at(-1)?.get("enrolled")).toBe("true");
});

test("a learner with no courses is pointed to the catalog", async () => {
  server.use(
    http.get(`${API}/courses`, () =>
      HttpResponse.json({ count: 0, next: null, previous: null, results: [] }),
    ),
  );
  signIn();
  renderPage(<MyCourses />);

  expect(await screen.findByRole("link", { name: "Browse courses" })).toHaveAttribute(
    "href",
    "/courses",
  );
});
