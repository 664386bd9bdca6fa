import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import type { QuestionBank } from "@/features/authoring/api/types";
import { QuestionBankPage } from "@/features/authoring/components/question-bank-page";
import { QuestionBanksPage } from "@/features/authoring/components/question-banks-page";
import { page, teacher } from "@/features/authoring/test/fixtures";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

test("a teacher creates, renames and deletes banks; a bank in use says why it stays", async () => {
  let banks: QuestionBank[] = [{ id: 1, name: "Verbs", question_count: 2 }];
  const renames: unknown[] = [];
  server.use(
    http.get(`${API}/question-banks`, () => HttpResponse.json(page(banks))),
    http.post(`${API}/question-banks`, async ({ request }) => {
      const { name } = (await request.json()) as { name: string };
      banks = [...banks, { id: 2, name, question_count: 0 }];
      return HttpResponse.json(banks[1], { status: 201 });
    }),
    http.patch(`${API}/question-banks/1`, async ({ request }) => {
      const body = (await request.json()) as { name: string };
      renames.push(body);
      banks = banks.map((bank) => (bank.id === 1 ? { ...bank, ...body } : bank));
      return HttpResponse.json(banks[0]);
    }),
    http.delete(`${API}/question-banks/1`, () =>
      HttpResponse.json(
        {
          status: 409,
          code: "question_in_use",
          message: "Some questions of this bank are used in exercises; remove them there first.",
          fields: {},
        },
        { status: 409 },
      ),
    ),
  );
  signIn(teacher);
  const { user } = renderPage(<QuestionBanksPage />, {
    path: "/teach/banks",
    route: "/teach/banks",
  });

  await user.type(await screen.findByLabelText("Bank name"), "Food");
  await user.click(screen.getByRole("button", { name: "Create bank" }));
  expect(await screen.findByRole("link", { name: "Food" })).toHaveAttribute(
    "href",
    "/teach/banks/2",
  );

  await user.click(screen.getByRole("button", { name: "Rename Verbs" }));
  const name = screen.getByLabelText("New name for Verbs");
  expect(name).toHaveFocus();
  await user.clear(name);
  await user.type(name, "Verbos{Enter}");
  expect(await screen.findByRole("link", { name: "Verbos" })).toBeInTheDocument();
  expect(renames).toEqual([{ name: "Verbos" }]);

  await user.click(screen.getByRole("button", { name: "Delete Verbos" }));
  expect(screen.getByRole("alertdialog")).toHaveTextContent(
    'Delete the bank "Verbos" and its 2 questions? This cannot be undone.',
  );
  await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Delete" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Some questions of this bank are used in exercises; remove them there first.",
  );
  expect(screen.getByRole("link", { name: "Verbos" })).toBeInTheDocument();
});

test("a bank downloads as GIFT and as Moodle XML, and offers a new question of any type", async () => {
  const formats: (string | null)[] = [];
  server.use(
    http.get(`${API}/question-banks/3`, () =>
      HttpResponse.json({ id: 3, name: "Verbs", question_count: 0 }),
    ),
    http.get(`${API}/question-banks/3/questions`, () => HttpResponse.json(page([]))),
    http.get(`${API}/question-banks/3/export`, ({ request }) => {
      const format = new URL(request.url).searchParams.get("format");
      formats.push(format);
      return new HttpResponse(format === "gift" ? "::Q:: x {T}" : "<quiz/>", {
        headers: { "Content-Disposition": `attachment; filename="verbs.${format ?? ""}"` },
      });
    }),
  );
  // jsdom has no object URLs and does not follow a download link.
  const created = vi.fn(() => "blob:verbs");
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  signIn(teacher);
  const { user } = renderPage(<QuestionBankPage />, {
    path: "/teach/banks/3",
    route: "/teach/banks/:id",
  });

  await user.click(await screen.findByRole("button", { name: "Export as GIFT" }));
  await user.click(screen.getByRole("button", { name: "Export as Moodle XML" }));

  await waitFor(() => expect(formats).toEqual(["gift", "moodlexml"]));
  await waitFor(() => expect(clicks).toHaveBeenCalledTimes(2));
  expect(clicks.mock.instances.map((link) => (link as HTMLAnchorElement).download)).toEqual([
    "verbs.gift",
    "verbs.moodlexml",
  ]);

  await user.selectOptions(screen.getByLabelText("Type of the new question"), "dictation");
  expect(screen.getByRole("link", { name: "New question" })).toHaveAttribute(
    "href",
    "/teach/banks/3/new?type=dictation",
  );
  expect(screen.getByText("This bank has no questions yet.")).toBeInTheDocument();
});
