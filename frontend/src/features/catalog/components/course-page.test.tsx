import { screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { CoursePage } from "@/features/catalog/components/course-page";
import type { CourseDetail } from "@/lib/api-types";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const detail: CourseDetail = {
  id: 3,
  slug: "espanol-a1",
  title: "Español A1",
  summary: "Spanish from scratch.",
  language: "es",
  language_name: "Spanish",
  level: "A1",
  author: { id: 1, display_name: "Anna" },
  lesson_count: 2,
  is_enrolled: false,
  description_html: "<p>Learn <strong>greetings</strong>.</p>",
  lessons: [
    { id: 10, title: "Hello", position: 1, is_completed: true },
    { id: 11, title: "At the market", position: 2, is_completed: false },
  ],
};

test("shows the course and enrolls, after which the lessons open", async () => {
  let enrolled = false;
  server.use(
    http.get(`${API}/courses/3`, () => HttpResponse.json({ ...detail, is_enrolled: enrolled })),
    http.post(`${API}/courses/3/enrollment`, () => {
      enrolled = true;
      return HttpResponse.json(
        { course_id: 3, enrolled_at: "2026-01-01T00:00:00Z" },
        { status: 201 },
      );
    }),
  );
  signIn();
  const { user } = renderPage(<CoursePage />, { path: "/courses/3", route: "/courses/:id" });

  expect(await screen.findByRole("heading", { level: 1, name: "Español A1" })).toBeInTheDocument();
  expect(screen.getByText("greetings").tagName).toBe("STRONG");
  expect(screen.getByText(/By Anna/)).toBeInTheDocument();
  expect(screen.queryByRole("link", { name: "Hello" })).not.toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Enroll" }));

  expect(await screen.findByRole("link", { name: "Hello" })).toHaveAttribute("href", "/lessons/10");
  expect(screen.getByText("Done")).toBeInTheDocument();
  expect(screen.getByText("1 of 2 lessons done.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Leave the course" })).toBeInTheDocument();
});

test("by keyboard: enrolling and leaving keep the focus, say what happened, and leaving asks first", async () => {
  let enrolled = false;
  let leaves = 0;
  server.use(
    http.get(`${API}/courses/3`, () => HttpResponse.json({ ...detail, is_enrolled: enrolled })),
    http.post(`${API}/courses/3/enrollment`, () => {
      enrolled = true;
      return HttpResponse.json(
        { course_id: 3, enrolled_at: "2026-01-01T00:00:00Z" },
        { status: 201 },
      );
    }),
    http.delete(`${API}/courses/3/enrollment`, () => {
      leaves += 1;
      enrolled = false;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  signIn();
  const { user } = renderPage(<CoursePage />, { path: "/courses/3", route: "/courses/:id" });

  await screen.findByRole("heading", { level: 1, name: "Español A1" });
  screen.getByRole("button", { name: "Enroll" }).focus();
  await user.keyboard("{Enter}");

  const leave = await screen.findByRole("button", { name: "Leave the course" });
  await waitFor(() => expect(leave).toHaveFocus());
  expect(screen.getByRole("status")).toHaveTextContent("You are enrolled in this course.");

  await user.keyboard("{Enter}");
  const confirm = screen.getByRole("button", { name: "Yes, leave the course" });
  expect(confirm).toHaveFocus();
  expect(screen.getByText("Leave this course? You can enroll again at any time.")).toBeVisible();
  await user.click(screen.getByRole("button", { name: "Cancel" }));
  expect(screen.getByRole("button", { name: "Leave the course" })).toHaveFocus();
  expect(leaves).toBe(0);

  await user.keyboard("{Enter}");
  await user.keyboard("{Enter}");

  const enroll = await screen.findByRole("button", { name: "Enroll" });
  await waitFor(() => expect(enroll).toHaveFocus());
  expect(screen.getByRole("status")).toHaveTextContent("You have left this course.");
  expect(leaves).toBe(1);
});

test("an anonymous visitor is asked to log in to enroll", async () => {
  server.use(http.get(`${API}/courses/3`, () => HttpResponse.json(detail)));
  renderPage(<CoursePage />, { path: "/courses/3", route: "/courses/:id" });

  expect(await screen.findByRole("link", { name: "Log in to enroll" })).toHaveAttribute(
    "href",
    "/login?next=%2Fcourses%2F3",
  );
});
