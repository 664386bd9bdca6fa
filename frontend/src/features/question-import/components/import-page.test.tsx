import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { ImportPage } from "@/features/question-import/components/import-page";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const preview = {
  format: "gift",
  questions: 3,
  by_type: { single_choice: 2, true_false: 1 },
  categories: ["Grammar/Verbs"],
  errors: [{ line: 12, message: "The answer block is not closed." }],
  preview: [{ line: 1, type: "single_choice", title: "Ser", text: "Yo ___ estudiante." }],
};

test("shows the file's errors with line numbers and disables Import until invalid ones are skipped", async () => {
  const imports: FormData[] = [];
  server.use(
    http.post(`${API}/question-banks/import/preview`, () => HttpResponse.json(preview)),
    http.post(`${API}/question-banks/import`, async ({ request }) => {
      imports.push(await request.formData());
      return HttpResponse.json(
        { ...preview, questions: 2, bank: { id: 1, name: "Spanish" }, question_ids: [1, 2] },
        { status: 201 },
      );
    }),
  );
  signIn({
    id: 2,
    email: "t@example.com",
    display_name: "T",
    role: "teacher",
    email_verified: true,
    interface_language: "en",
  });
  const { user } = renderPage(<ImportPage />);

  await user.upload(
    screen.getByLabelText("Quiz file (.gift, .txt or .xml)"),
    new File(["::Ser:: ..."], "quiz.gift", { type: "text/plain" }),
  );
  await user.type(screen.getByLabelText("Question bank"), "Spanish");
  await user.click(screen.getByRole("button", { name: "Check file" }));

  expect(await screen.findByRole("heading", { name: "3 questions found" })).toBeInTheDocument();
  expect(screen.getByText("Single choice: 2")).toBeInTheDocument();
  expect(screen.getByText("Line 12: The answer block is not closed.")).toBeInTheDocument();
  expect(screen.getByText(/Grammar\/Verbs/)).toBeInTheDocument();
  const importButton = screen.getByRole("button", { name: "Import" });
  expect(importButton).toBeDisabled();

  await user.click(screen.getByRole("checkbox", { name: "Skip invalid questions" }));
  expect(importButton).toBeEnabled();
  await user.click(importButton);

  expect(await screen.findByText("2 questions imported.")).toBeInTheDocument();
  expect(imports).toHaveLength(1);
  expect(imports[0]?.get("bank")).toBe("Spanish");
  expect(imports[0]?.get("skip_invalid")).toBe("true");
  // jsdom's File crosses into Node's FormData without its name; size and type survive.
  expect(imports[0]?.get("file")).toMatchObject({ size: 11, type: "text/plain" });
});

test("an all-or-nothing refusal lists the errors the server sends", async () => {
  server.use(
    http.post(`${API}/question-banks/import/preview`, () =>
      HttpResponse.json({ ...preview, errors: [] }),
    ),
    http.post(`${API}/question-banks/import`, () =>
      HttpResponse.json(
        {
          status: 400,
          code: "import_invalid",
          message: "Some questions in the file are not valid; nothing was imported.",
          fields: {},
          ...preview,
          errors: [{ line: 4, message: "Unknown answer mark." }],
        },
        { status: 400 },
      ),
    ),
  );
  signIn({
    id: 2,
    email: "t@example.com",
    display_name: "T",
    role: "teacher",
    email_verified: true,
    interface_language: "en",
  });
  const { user } = renderPage(<ImportPage />);

  await user.upload(
    screen.getByLabelText("Quiz file (.gift, .txt or .xml)"),
    new File(["x"], "quiz.gift", { type: "text/plain" }),
  );
  await user.type(screen.getByLabelText("Question bank"), "Spanish");
  await user.click(screen.getByRole("button", { name: "Check file" }));
  await user.click(await screen.findByRole("button", { name: "Import" }));

  expect(await screen.findByText("Line 4: Unknown answer mark.")).toBeInTheDocument();
  expect(
    screen.getByText("Some questions in the file are not valid; nothing was imported."),
  ).toBeInTheDocument();
});

test("a double click imports once, and the file cannot be imported again until another is chosen", async () => {
  let imports = 0;
  server.use(
    http.post(`${API}/question-banks/import/preview`, () =>
      HttpResponse.json({ ...preview, errors: [] }),
    ),
    http.post(`${API}/question-banks/import`, () => {
      imports += 1;
      return HttpResponse.json(
        { ...preview, errors: [], bank: { id: 1, name: "Spanish" }, question_ids: [1, 2, 3] },
        { status: 201 },
      );
    }),
  );
  signIn({
    id: 2,
    email: "t@example.com",
    display_name: "T",
    role: "teacher",
    email_verified: true,
    interface_language: "en",
  });
  const { user } = renderPage(<ImportPage />);

  const fileInput = screen.getByLabelText<HTMLInputElement>("Quiz file (.gift, .txt or .xml)");
  await user.upload(fileInput, new File(["::Ser:: ..."], "quiz.gift", { type: "text/plain" }));
  await user.type(screen.getByLabelText("Question bank"), "Spanish");
  await user.click(screen.getByRole("button", { name: "Check file" }));
  await user.dblClick(await screen.findByRole("button", { name: "Import" }));

  expect(await screen.findByText("3 questions imported.")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Import" })).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Check file" })).toBeDisabled();
  expect(imports).toBe(1);
  expect(screen.getByRole("button", { name: "Import another file" })).toHaveFocus();

  await user.click(screen.getByRole("button", { name: "Import another file" }));

  expect(screen.queryByText("3 questions imported.")).not.toBeInTheDocument();
  expect(screen.queryByRole("region", { name: "File summary" })).not.toBeInTheDocument();
  const freshInput = screen.getByLabelText<HTMLInputElement>("Quiz file (.gift, .txt or .xml)");
  expect(freshInput.files).toHaveLength(0);
  expect(screen.getByLabelText("Question bank")).toHaveValue("Spanish");
  await user.click(screen.getByRole("button", { name: "Check file" }));
  expect(await screen.findByText("Choose a file to check.")).toBeInTheDocument();
  expect(imports).toBe(1);
});

test("a file with no valid question cannot be imported, even when skipping invalid ones", async () => {
  server.use(
    http.post(`${API}/question-banks/import/preview`, () =>
      HttpResponse.json({ ...preview, questions: 0, by_type: {}, preview: [] }),
    ),
  );
  signIn();
  const { user } = renderPage(<ImportPage />);

  await user.upload(
    screen.getByLabelText("Quiz file (.gift, .txt or .xml)"),
    new File(["{"], "broken.gift", { type: "text/plain" }),
  );
  await user.type(screen.getByLabelText("Question bank"), "Spanish");
  await user.click(screen.getByRole("checkbox", { name: "Skip invalid questions" }));
  await user.click(screen.getByRole("button", { name: "Check file" }));

  expect(await screen.findByRole("button", { name: "Import" })).toBeDisabled();
  expect(
    screen.getByText("The file has no valid question: there is nothing to import."),
  ).toBeInTheDocument();
});

test("a retry after a failed import sends the same submission id, so the server imports once", async () => {
  const ids: (FormDataEntryValue | null)[] = [];
  server.use(
    http.post(`${API}/question-banks/import/preview`, () =>
      HttpResponse.json({ ...preview, errors: [] }),
    ),
    http.post(`${API}/question-banks/import`, async ({ request }) => {
      ids.push((await request.formData()).get("submission_id"));
      if (ids.length === 1) {
        return HttpResponse.json(
          { status: 503, code: "unavailable", message: "Try later.", fields: {} },
          { status: 503 },
        );
      }
      return HttpResponse.json(
        { ...preview, errors: [], bank: { id: 1, name: "Spanish" }, question_ids: [1, 2, 3] },
        { status: 201 },
      );
    }),
  );
  signIn();
  const { user } = renderPage(<ImportPage />);

  await user.upload(
    screen.getByLabelText("Quiz file (.gift, .txt or .xml)"),
    new File(["::Ser:: ..."], "quiz.gift", { type: "text/plain" }),
  );
  await user.type(screen.getByLabelText("Question bank"), "Spanish");
  await user.click(screen.getByRole("button", { name: "Check file" }));
  await user.click(await screen.findByRole("button", { name: "Import" }));
  expect(await screen.findByText("Try later.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Import" }));

  expect(await screen.findByText("3 questions imported.")).toBeInTheDocument();
  expect(ids).toHaveLength(2);
  expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(ids[1]).toBe(ids[0]);
});

test("a Moodle XML file can be chosen and is checked as Moodle XML", async () => {
  const previews: FormData[] = [];
  server.use(
    http.post(`${API}/question-banks/import/preview`, async ({ request }) => {
      previews.push(await request.formData());
      return HttpResponse.json({ ...preview, format: "moodlexml", errors: [] });
    }),
  );
  signIn({
    id: 2,
    email: "t@example.com",
    display_name: "T",
    role: "teacher",
    email_verified: true,
    interface_language: "en",
  });
  const { user } = renderPage(<ImportPage />);
  const input = screen.getByLabelText("Quiz file (.gift, .txt or .xml)");

  expect(input).toHaveAttribute("accept", expect.stringContaining(".xml"));
  await user.upload(input, new File(["<quiz></quiz>"], "quiz.xml", { type: "text/xml" }));
  await user.selectOptions(screen.getByLabelText("Format"), "Moodle XML");
  await user.click(screen.getByRole("button", { name: "Check file" }));

  expect(await screen.findByRole("heading", { name: "3 questions found" })).toBeInTheDocument();
  expect(previews[0]?.get("format")).toBe("moodlexml");
});
