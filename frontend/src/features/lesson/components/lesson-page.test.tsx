import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";

import { LessonPage } from "@/features/lesson/components/lesson-page";
import type { Lesson } from "@/lib/api-types";
import { signIn } from "@/test/fixtures";
import { API, renderPage } from "@/test/render";
import { server } from "@/test/server";

const lesson: Lesson = {
  id: 4,
  title: "¡Hola!",
  position: 1,
  course: { id: 2, title: "Español A1" },
  is_completed: false,
  previous_lesson_id: null,
  next_lesson_id: 5,
  blocks: [
    { id: 12, position: 2, type: "dialogue", title: "At school", lines: [] },
    {
      id: 11,
      position: 1,
      type: "text",
      html: "<p>Greetings first.</p>",
      audio_url: null,
      speech: [],
    },
    {
      id: 13,
      position: 3,
      type: "exercise_set",
      exercise_set: { id: 9, title: "Quiz", questions: [] },
    },
  ],
};

test("shows the blocks in order, marks the lesson done and links to the next one", async () => {
  let completed = 0;
  server.use(
    http.get(`${API}/lessons/4`, () =>
      HttpResponse.json(completed ? { ...lesson, is_completed: true } : lesson),
    ),
    http.post(`${API}/lessons/4/completion`, () => {
      completed += 1;
      return HttpResponse.json({ completed_at: "2026-01-01T10:00:00Z" });
    }),
  );
  signIn();
  const { user } = renderPage(
    <LessonPage renderExerciseSet={(set) => <p>Exercise set {set.title}</p>} />,
    { path: "/lessons/4", route: "/lessons/:id" },
  );

  const heading = await screen.findByRole("heading", { level: 1, name: "¡Hola!" });
  const text = screen.getByText("Greetings first.");
  const dialogue = screen.getByRole("heading", { name: "At school" });
  const exercises = screen.getByText("Exercise set Quiz");
  expect(heading.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(text.compareDocumentPosition(dialogue) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(
    dialogue.compareDocumentPosition(exercises) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  expect(screen.getByRole("link", { name: /Next lesson/ })).toHaveAttribute("href", "/lessons/5");
  expect(screen.queryByRole("link", { name: /Previous lesson/ })).not.toBeInTheDocument();
  expect(document.title).toBe("¡Hola! — Glossa");

  await user.click(screen.getByRole("button", { name: "Mark as done" }));

  expect(await screen.findByText("Lesson done")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Mark as done" })).not.toBeInTheDocument();
  expect(completed).toBe(1);
});

test("a learner not enrolled is told so and sent to the course page to enroll", async () => {
  server.use(
    http.get(`${API}/lessons/4`, () =>
      HttpResponse.json(
        {
          status: 403,
          code: "permission_denied",
          message: "Enroll in the course to open its lessons.",
          fields: {},
          course_id: 2,
        },
        { status: 403 },
      ),
    ),
  );
  signIn();
  renderPage(<LessonPage renderExerciseSet={() => null} />, {
    path: "/lessons/4",
    route: "/lessons/:id",
  });

  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Enroll in the course to open its lessons.",
  );
  expect(screen.getByRole("link", { name: "Go to the course page to enroll" })).toHaveAttribute(
    "href",
    "/courses/2",
  );
});

test("a video block plays with its transcript and a text offers its accents", async () => {
  const mediaLesson = {
    ...lesson,
    blocks: [
      {
        id: 21,
        position: 1,
        type: "video",
        title: "En el mercado",
        media: {
          id: 5,
          kind: "video",
          status: "ready",
          error: "",
          duration: 12.5,
          original_name: "mercado.mov",
          sources: [{ url: "/media/5/720.mp4", type: "video/mp4", label: "720p" }],
          poster_url: "/media/5/poster.jpg",
          width: 1280,
          height: 720,
        },
        tracks: [
          {
            id: 3,
            kind: "captions",
            language: "es",
            label: "Español",
            url: "/api/v1/media/tracks/3/vtt",
            cues: [
              { start: 0, end: 3000, text: "¿Cuánto cuesta?" },
              { start: 3000, end: 6000, text: "Dos euros." },
            ],
          },
        ],
      },
      {
        id: 22,
        position: 2,
        type: "text",
        html: "<p>Buenos días.</p>",
        speech: [
          { voice: "es", label: "Español (España)", speed: "normal", url: "/s/1.ogg" },
          { voice: "es-419", label: "Español (América)", speed: "normal", url: "/s/2.ogg" },
        ],
      },
    ],
  };
  server.use(http.get(`${API}/lessons/4`, () => HttpResponse.json(mediaLesson)));
  signIn();
  renderPage(<LessonPage renderExerciseSet={() => null} />, {
    path: "/lessons/4",
    route: "/lessons/:id",
  });

  const video = await screen.findByRole("group", { name: "Video player: En el mercado" });
  expect(within(video).getByTestId("video-element")).toHaveAttribute(
    "poster",
    "/media/5/poster.jpg",
  );
  const transcript = within(video).getByRole("region", { name: "Transcript" });
  expect(within(transcript).getByRole("button", { name: /Dos euros\./ })).toBeInTheDocument();
  const text = screen.getByRole("group", { name: "Audio player: Listen to the text" });
  expect(within(text).getByRole("combobox", { name: "Voice" })).toHaveDisplayValue(
    "Español (España)",
  );
});

test("a text the teacher recorded plays the recording first, the generated voices after it", async () => {
  const recorded: Lesson = {
    ...lesson,
    blocks: [
      {
        id: 11,
        position: 1,
        type: "text",
        html: "<p>Buenos días.</p>",
        audio_url: "/media/courses/2/blocks/11-a1-recording.mp3",
        speech: [{ voice: "es", label: "Español (España)", speed: "normal", url: "/s/1.ogg" }],
      } as Lesson["blocks"][number],
    ],
  };
  server.use(http.get(`${API}/lessons/4`, () => HttpResponse.json(recorded)));
  signIn();
  renderPage(<LessonPage renderExerciseSet={() => null} />, {
    path: "/lessons/4",
    route: "/lessons/:id",
  });

  const text = await screen.findByRole("group", { name: "Audio player: Listen to the text" });
  const voice = within(text).getByRole("combobox", { name: "Voice" });
  expect(voice).toHaveDisplayValue("Teacher's recording");
  expect(
    within(voice)
      .getAllByRole("option")
      .map((option) => option.textContent),
  ).toEqual(["Teacher's recording", "Español (España)"]);
});
