"""Writes for a learner's progress."""

import logging

from django.db import IntegrityError, transaction

from glossa.accounts.models import User
from glossa.courses.models import Lesson
from glossa.progress.models import LessonCompletion

logger = logging.getLogger(__name__)


def lesson_complete(*, user: User, lesson: Lesson) -> LessonCompletion:
    """Mark ``lesson`` as done for ``user``; marking it again keeps the first completion time.

    The caller checks that the user may open the lesson. Concurrent calls are safe: the
    unique constraint decides and the loser reads the winner's row.
    """
    try:
        with transaction.atomic():
            completion, created = LessonCompletion.objects.get_or_create(user=user, lesson=lesson)
    except IntegrityError:
        completion, created = LessonCompletion.objects.get(user=user, lesson=lesson), False
    if created:
        logger.info("progress.lesson.completed lesson_id=%s user_id=%s", lesson.pk, user.pk)
    return completion
