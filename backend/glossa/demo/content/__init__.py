"""The demo courses, as plain data; the text is the source of truth for the audio."""

from glossa.demo.content import english_a1, spanish_a1
from glossa.demo.content.model import Course

COURSES: tuple[Course, ...] = (english_a1.COURSE, spanish_a1.COURSE)
