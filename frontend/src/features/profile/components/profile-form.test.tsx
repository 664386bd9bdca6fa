import { act, screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { ProfileForm } from "@/features/profile/components/profile-form";
import type { Profile } from "@/lib/api-types";
import { i18n } from "@/lib/i18n";
import { getSession } from "@/lib/session-store";
import { errorBody, signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const profile: Profile = {
  email: "learner@example.com",
  display_name: "Ann",
  native_language: "ru",
  interface_language: "en",
  target_languages: [{ language: "es", level: "A1" }],
  daily_goal_minutes: 15,
  time_zone: "Europe/Moscow",
  avatar_url: null,
};

function referenceData() {
  return [
    http.get(`${API}/languages`, () =>
      HttpResponse.json([
        { code: "en", name: "English" },
        { code: "es", name: "Spanish" },
        { code: "ru", name: "Russian" },
      ]),
    ),
    http.get(`${API}/timezones`, () => HttpResponse.json(["Europe/Madrid", "Europe/Moscow"])),
  ];
}

test("maps the API's field errors to their inputs, including a target language row", async () => {
  server.use(
    ...referenceData(),
    http.patch(`${API}/profile/`, () =>
      HttpResponse.json(
        errorBody(400, "invalid", "Some fields are not valid. Check them and try again.", {
          display_name: ["Ensure this field has no more than 50 characters."],
          daily_goal_minutes: ["Ensure this value is less than or equal to 1440."],
          "target_languages.0.level": ['"Z9" is not a valid choice.'],
        }),
        { status: 400 },
      ),
    ),
  );
  signIn();
  const { user } = renderPage(<ProfileForm profile={profile} />);
  await screen.findByRole("option", { name: /^Europe\/Madrid/ });

  await user.click(screen.getByRole("button", { name: "Save" }));

  expect(await screen.findByLabelText("Display name")).toHaveAccessibleDescription(
    "Ensure this field has no more than 50 characters.",
  );
  expect(screen.getByLabelText("Daily goal, minutes")).toHaveAccessibleDescription(
    "Ensure this value is less than or equal to 1440.",
  );
  expect(screen.getByLabelText("Level of language 1")).toHaveAccessibleDescription(
    '"Z9" is not a valid choice.',
  );
  expect(screen.getByRole("alert")).toHaveTextContent("Some fields are not valid.");
});

test("saves every field and confirms", async () => {
  let saved: unknown = null;
  server.use(
    ...referenceData(),
    http.patch(`${API}/profile/`, async ({ request }) => {
      saved = await request.json();
      return HttpResponse.json({ ...profile, ...(saved as object) });
    }),
  );
  signIn();
  const { user } = renderPage(<ProfileForm profile={profile} />);
  await screen.findByRole("option", { name: /^Europe\/Madrid/ });

  await user.clear(screen.getByLabelText("Display name"));
  await user.type(screen.getByLabelText("Display name"), "Anna");
  await user.click(screen.getByRole("button", { name: "Add a language" }));
  const languages = screen.getByRole("group", { name: "Languages I am learning" });
  await user.selectOptions(within(languages).getByLabelText("Language 2"), "en");
  await user.selectOptions(within(languages).getByLabelText("Level of language 2"), "B2");
  await user.selectOptions(screen.getByLabelText("Time zone"), "Europe/Madrid");
  await user.click(screen.getByRole("button", { name: "Save" }));

  expect(await screen.findByRole("status")).toHaveTextContent("Your profile has been saved.");
  expect(saved).toEqual({
    display_name: "Anna",
    native_language: "ru",
    interface_language: "en",
    daily_goal_minutes: 15,
    time_zone: "Europe/Madrid",
    target_languages: [
      { language: "es", level: "A1" },
      { language: "en", level: "B2" },
    ],
  });
});

test("saving the form keeps the language picked in the header after the form was opened", async () => {
  const patches: unknown[] = [];
  server.use(
    ...referenceData(),
    http.patch(`${API}/profile/`, async ({ request }) => {
      const body = (await request.json()) as object;
      patches.push(body);
      return HttpResponse.json({ ...profile, ...body });
    }),
  );
  signIn();
  const { user } = renderPage(<ProfileForm profile={profile} />);
  await screen.findByRole("option", { name: /^Europe\/Madrid/ });

  // The header's switch, used while the form is open.
  await act(() => i18n.changeLanguage("ru"));
  expect(screen.getByLabelText("Язык интерфейса")).toHaveValue("ru");
  await user.click(screen.getByRole("button", { name: "Сохранить" }));

  expect(await screen.findByRole("status")).toBeInTheDocument();
  expect(patches).toEqual([expect.objectContaining({ interface_language: "ru" })]);
});

test("picking the interface language in the form switches and saves it at once", async () => {
  const patches: unknown[] = [];
  server.use(
    ...referenceData(),
    http.patch(`${API}/profile/`, async ({ request }) => {
      const body = (await request.json()) as object;
      patches.push(body);
      return HttpResponse.json({ ...profile, ...body });
    }),
  );
  signIn();
  const { user } = renderPage(<ProfileForm profile={profile} />);
  await screen.findByRole("option", { name: /^Europe\/Madrid/ });

  await user.selectOptions(screen.getByLabelText("Interface language"), "ru");

  expect(await screen.findByLabelText("Язык интерфейса")).toHaveValue("ru");
  await vi.waitFor(() => expect(patches).toEqual([{ interface_language: "ru" }]));
  expect(getSession().user?.interface_language).toBe("ru");
});

test("adding or removing a language moves the focus to the row a keyboard user works on next", async () => {
  server.use(...referenceData());
  signIn();
  const { user } = renderPage(<ProfileForm profile={profile} />);
  await screen.findByRole("option", { name: /^Europe\/Madrid/ });
  const languages = screen.getByRole("group", { name: "Languages I am learning" });

  await user.click(screen.getByRole("button", { name: "Add a language" }));
  expect(within(languages).getByLabelText("Language 2")).toHaveFocus();

  await user.selectOptions(within(languages).getByLabelText("Language 2"), "en");
  await user.click(within(languages).getByRole("button", { name: "Remove language 1" }));
  const remaining = within(languages).getByLabelText("Language 1");
  expect(remaining).toHaveValue("en");
  expect(remaining).toHaveFocus();

  await user.click(within(languages).getByRole("button", { name: "Remove language 1" }));
  expect(screen.getByRole("button", { name: "Add a language" })).toHaveFocus();
});

test("offers this device's time zone when the profile has another one", async () => {
  server.use(...referenceData());
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockReturnValue({
    ...resolved,
    timeZone: "Europe/Madrid",
  });
  signIn();
  const { user } = renderPage(<ProfileForm profile={profile} />);

  await user.click(
    await screen.findByRole("button", { name: /^Use this device's time zone: Europe\/Madrid/ }),
  );

  expect(screen.getByLabelText("Time zone")).toHaveValue("Europe/Madrid");
  expect(screen.queryByRole("button", { name: /this device's time zone/ })).not.toBeInTheDocument();
});
