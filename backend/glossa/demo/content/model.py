"""The shape of demo content: plain data, so the audio script can read it without Django."""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str
    translation: str
    voice: str  # eSpeak NG voice with variant, e.g. "en-gb+f3"


@dataclass(frozen=True)
class Reading:
    """A text read aloud: the audio block. ``text`` is also its transcript."""

    title: str
    text: str
    voice: str


@dataclass(frozen=True)
class Lesson:
    title: str
    markdown: str
    dialogue_title: str
    lines: tuple[Line, ...]
    reading: Reading
    exercise_title: str
    # Titles of GIFT questions from the course's file, in the order the set shows them.
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Practice:
    """A question of a type GIFT cannot express (ordering, gap fill, dictation, listening).

    ``data`` is in the shape the questions app validates. Dictation and listening choice play
    the recording of a dialogue line of an earlier lesson: ``line`` is (lesson, position).
    """

    type: str
    title: str
    text: str
    data: dict[str, Any]
    line: tuple[int, int] | None = None


@dataclass(frozen=True)
class PracticeLesson:
    """The last lesson: a short text and an exercise set of :class:`Practice` questions."""

    title: str
    markdown: str
    exercise_title: str
    questions: tuple[Practice, ...]


@dataclass(frozen=True)
class Course:
    slug: str
    title: str
    summary: str
    description: str
    language: str
    level: str
    gift_file: str
    lessons: tuple[Lesson, ...] = field(default_factory=tuple)
    practice: PracticeLesson | None = None

    def audio_files(self) -> dict[str, tuple[str, str]]:
        """Return ``{file name: (text, voice)}`` for every recording the course needs."""
        files: dict[str, tuple[str, str]] = {}
        for number, lesson in enumerate(self.lessons, start=1):
            files[reading_file(number)] = (lesson.reading.text, lesson.reading.voice)
            for position, line in enumerate(lesson.lines, start=1):
                files[line_file(number, position)] = (line.text, line.voice)
        return files


def reading_file(lesson_number: int) -> str:
    return f"lesson-{lesson_number}-reading.mp3"


def line_file(lesson_number: int, position: int) -> str:
    return f"lesson-{lesson_number}-line-{position}.mp3"
