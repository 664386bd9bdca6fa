import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { TeachCoursesPage } from "@/features/authoring/components/teach-courses-page";
import {
  course,
  courseDetail,
  languagesHandler,
  layOutRows,
  page,
  teacher,
} from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

test("creating a course asks for a title and language, then opens the new draft", async () => {
  const created: unknown[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses`, () => HttpResponse.json(page([]))),
    http.post(`${API}/authoring/courses`, async ({ request }) => {
      created.push(await request.json());
      return HttpResponse.json(courseDetail({ id: 9, title: "Français B1" }), { status: 201 });
    }),
  );
  signIn(teacher);
  const { user, router } = renderPage(<TeachCoursesPage />, { path: "/teach", route: "/teach" });

  expect(await screen.findByText(/You have no courses yet/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Create course" }));
  expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("Fill in this field.");
  expect(created).toEqual([]);

  await user.type(screen.getByLabelText("Title"), "Français B1");
  await user.selectOptions(await screen.findByLabelText("Language taught"), "fr");
  await user.selectOptions(screen.getByLabelText("Level"), "B1");
  await user.click(screen.getByRole("button", { name: "Create course" }));

  await waitFor(() => expect(router.state.location.pathname).toBe("/teach/courses/9"));
  expect(created).toEqual([{ title: "Français B1", language: "fr", level: "B1" }]);
});

test("by keyboard, Move down puts the course one place lower, saves it and says so", async () => {
  let courses = [course({ id: 1, title: "Español A1" }), course({ id: 2, title: "Deutsch A2" })];
  const moves: unknown[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses`, () => HttpResponse.json(page(courses))),
    http.post(`${API}/authoring/courses/1/move`, async ({ request }) => {
      moves.push(await request.json());
      courses = [courses[1]!, courses[0]!];
      return HttpResponse.json(page(courses));
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<TeachCoursesPage />, { path: "/teach", route: "/teach" });

  const down = await screen.findByRole("button", { name: "Move down: Español A1" });
  down.focus();
  await user.keyboard("{Enter}");

  expect(moves).toEqual([{ position: 1 }]);
  expect(screen.getByText("Moved Español A1 to position 2 of 2.")).toBeInTheDocument();
  const list = screen.getByRole("list", { name: "My courses" });
  await waitFor(() =>
    expect(
      within(list)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Deutsch A2", "Español A1"]),
  );
  // The focus stays on the button that moved, so the teacher can go on moving the course.
  expect(screen.getByRole("button", { name: "Move down: Español A1" })).toHaveFocus();
});

test("deleting a course asks first, then moves it to the trash", async () => {
  let courses = [course({ id: 1, title: "Español A1" })];
  const deleted: string[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses`, () => HttpResponse.json(page(courses))),
    http.delete(`${API}/authoring/courses/:id`, ({ params }) => {
      deleted.push(String(params.id));
      courses = [];
      return new HttpResponse(null, { status: 204 });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<TeachCoursesPage />, { path: "/teach", route: "/teach" });

  await user.click(await screen.findByRole("button", { name: "Delete Español A1" }));
  const dialog = screen.getByRole("alertdialog");
  expect(dialog).toHaveTextContent(/restore it there for 30 days/);
  expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();

  await user.keyboard("{Escape}");
  expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Delete Español A1" })).toHaveFocus();
  expect(deleted).toEqual([]);

  await user.click(screen.getByRole("button", { name: "Delete Español A1" }));
  await user.click(screen.getByRole("button", { name: "Move to trash" }));

  expect(await screen.findByText("The course was moved to the trash.")).toBeInTheDocument();
  expect(deleted).toEqual(["1"]);
  expect(await screen.findByText(/You have no courses yet/)).toBeInTheDocument();
});

test("by keyboard on the drag handle: Enter picks the course up, arrows move it, Enter drops it", async () => {
  layOutRows();
  const courses = [course({ id: 1, title: "Español A1" }), course({ id: 2, title: "Deutsch A2" })];
  const moves: unknown[] = [];
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses`, () => HttpResponse.json(page(courses))),
    http.post(`${API}/authoring/courses/1/move`, async ({ request }) => {
      moves.push(await request.json());
      return HttpResponse.json(page(courses));
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<TeachCoursesPage />, { path: "/teach", route: "/teach" });

  const handle = await screen.findByRole("button", { name: "Drag to reorder: Español A1" });
  expect(handle).toHaveAttribute("aria-roledescription", "sortable item");
  handle.focus();
  await user.keyboard("{Enter}");
  expect(handle).toHaveAttribute("aria-pressed", "true");
  await user.keyboard("{ArrowDown}");
  expect(await screen.findByText("Español A1 is now over position 2 of 2.")).toBeInTheDocument();
  await user.keyboard("{Enter}");

  expect(await screen.findByText("Dropped Español A1 at position 2 of 2.")).toBeInTheDocument();
  await waitFor(() => expect(moves).toEqual([{ position: 1 }]));
});

test("the course list leads to importing a course package", async () => {
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses`, () => HttpResponse.json(page([]))),
  );
  signIn(teacher);
  const { user, router } = renderPage(<TeachCoursesPage />, { path: "/teach", route: "/teach" });

  await user.click(await screen.findByRole("link", { name: "Import a course package" }));

  await waitFor(() => expect(router.state.location.pathname).toBe("/teach/courses/import"));
});

test("Duplicate copies the course once, busy until the copy is made, and the copy joins the list", async () => {
  let courses = [course({ id: 1, title: "Español A1", lesson_count: 3 })];
  const copied: string[] = [];
  let finish: () => void = () => undefined;
  const made = new Promise<void>((resolve) => (finish = resolve));
  server.use(
    languagesHandler,
    http.get(`${API}/authoring/courses`, () => HttpResponse.json(page(courses))),
    http.post(`${API}/authoring/courses/:id/duplicate`, async ({ params }) => {
      copied.push(String(params.id));
      await made;
      const copy = courseDetail({ id: 4, title: "Español A1 (copy)", lesson_count: 3 });
      courses = [...courses, copy];
      return HttpResponse.json(copy, { status: 201 });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<TeachCoursesPage />, { path: "/teach", route: "/teach" });

  const button = await screen.findByRole("button", { name: "Duplicate Español A1" });
  await user.click(button);
  await waitFor(() => expect(button).toHaveAttribute("aria-busy", "true"));
  await user.click(button);
  finish();

  const list = screen.getByRole("list", { name: "My courses" });
  expect(await within(list).findByRole("link", { name: "Español A1 (copy)" })).toHaveAttribute(
    "href",
    "/teach/courses/4",
  );
  expect(within(list).getByRole("link", { name: "Español A1" })).toBeInTheDocument();
  expect(copied).toEqual(["1"]);
  expect(screen.getByRole("button", { name: "Duplicate Español A1" })).toBeEnabled();
});
