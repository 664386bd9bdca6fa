import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { TrashItem } from "@/features/authoring/api/types";
import { TrashPage } from "@/features/authoring/components/trash-page";
import { page, teacher } from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const DAY = 24 * 60 * 60 * 1000;

function trashed(overrides: Partial<TrashItem>): TrashItem {
  return {
    kind: "lesson",
    id: 5,
    title: "Hola",
    course_id: 1,
    course_title: "Español A1",
    deleted_at: new Date(Date.now() - 2 * DAY).toISOString(),
    purge_at: new Date(Date.now() + 28 * DAY - 60_000).toISOString(),
    ...overrides,
  };
}

test("the trash shows what was deleted and for how long it can come back; Restore brings it back", async () => {
  let items = [trashed({}), trashed({ kind: "course", id: 3, title: "Deutsch", course_id: 3 })];
  const restored: string[] = [];
  server.use(
    http.get(`${API}/authoring/trash`, () => HttpResponse.json(page(items))),
    http.post(`${API}/authoring/trash/:kind/:id/restore`, ({ params }) => {
      restored.push(`${String(params.kind)}/${String(params.id)}`);
      items = items.filter((item) => String(item.id) !== params.id);
      return HttpResponse.json({ id: 5, title: "Hola" });
    }),
  );
  signIn(teacher);
  const { user } = renderPage(<TrashPage />, { path: "/teach/trash", route: "/teach/trash" });

  const list = await screen.findByRole("list", { name: "Trash" });
  const [lesson] = within(list).getAllByRole("listitem");
  expect(lesson).toHaveTextContent("Lesson: Hola");
  expect(within(lesson!).getByText(/in Español A1/)).toBeInTheDocument();
  expect(within(lesson!).getByText(/28 days left/)).toBeInTheDocument();
  expect(screen.getByText("Course: Deutsch")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Restore Hola" }));

  expect(await screen.findByText("Restored.")).toBeInTheDocument();
  expect(restored).toEqual(["lesson/5"]);
  expect(screen.queryByText("Lesson: Hola")).not.toBeInTheDocument();
  expect(screen.getByText("Course: Deutsch")).toBeInTheDocument();
});

test("an empty trash says so", async () => {
  server.use(http.get(`${API}/authoring/trash`, () => HttpResponse.json(page([]))));
  signIn(teacher);
  renderPage(<TrashPage />, { path: "/teach/trash", route: "/teach/trash" });

  expect(await screen.findByText("The trash is empty.")).toBeInTheDocument();
});
