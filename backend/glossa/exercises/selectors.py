"""Reads of exercise sets and of a learner's own attempts."""

from django.db.models import F, Prefetch, QuerySet
from django.utils.translation import gettext as _

from glossa.accounts.models import User
from glossa.common.exceptions import NotFoundError
from glossa.courses.selectors import AnyUser, id_in_range, lesson_get_accessible
from glossa.exercises.models import Attempt, AttemptAnswer, ExerciseSet, ExerciseSetItem


def exercise_set_get(*, user: AnyUser, exercise_set_id: int) -> ExerciseSet:
    """Return an exercise set whose lesson ``user`` may open, with items and questions loaded.

    Raises ``NotFoundError`` for an unknown or trashed set or one in a course the user cannot
    see, and ``ForbiddenError`` when the user is not enrolled in the course (see
    ``glossa.courses.selectors.lesson_access_check``).
    """
    exercise_set = None
    if id_in_range(exercise_set_id):
        items = ExerciseSetItem.objects.select_related("question").order_by("position", "id")
        exercise_set = (
            ExerciseSet.objects.select_related("block")
            .prefetch_related(Prefetch("items", queryset=items))
            .filter(pk=exercise_set_id, block__deleted_at__isnull=True)
            .first()
        )
    if exercise_set is None:
        raise NotFoundError(_("The exercise set does not exist."))
    lesson_get_accessible(user=user, lesson_id=exercise_set.block.lesson_id)
    return exercise_set


def _with_answers(attempts: QuerySet[Attempt]) -> QuerySet[Attempt]:
    answers = AttemptAnswer.objects.annotate(question_type=F("question__type")).order_by(
        "position", "id"
    )
    return attempts.prefetch_related(Prefetch("answers", queryset=answers))


def attempt_list(*, user: User, exercise_set: ExerciseSet) -> QuerySet[Attempt]:
    """The user's own attempts at ``exercise_set``, newest first, with their answers."""
    attempts = Attempt.objects.filter(user=user, exercise_set=exercise_set)
    return _with_answers(attempts).order_by("-submitted_at", "-id")


def attempt_get(*, attempt_id: int) -> Attempt:
    return _with_answers(Attempt.objects.filter(pk=attempt_id)).get()
