"""Writes for exercise sets and attempts: building a set, grading a submission."""

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from glossa.accounts.models import User
from glossa.common.exceptions import ConflictError, DomainError
from glossa.courses.models import Block, Lesson
from glossa.courses.services import block_exercise_set_create, positions_set
from glossa.exercises.models import (
    Attempt,
    AttemptAnswer,
    ExerciseSet,
    ExerciseSetItem,
)
from glossa.questions.grading import grade
from glossa.questions.models import Question, QuestionType

logger = logging.getLogger(__name__)

# Essays wait for a teacher and descriptions are only text: neither is in the auto score.
NOT_AUTO_SCORED = frozenset({QuestionType.ESSAY, QuestionType.DESCRIPTION})
_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class AnswerData:
    question_id: int
    response: Any


@transaction.atomic
def exercise_set_create(
    *,
    lesson: Lesson,
    title: str,
    questions: Sequence[Question | tuple[Question, Decimal]],
) -> ExerciseSet:
    """Append an exercise-set block to ``lesson`` with ``questions`` in the given order.

    Each entry is a question (worth 1 point) or a ``(question, points)`` pair.
    """
    block = block_exercise_set_create(lesson=lesson, title=title)
    exercise_set = ExerciseSet.objects.create(block=block, title=title)
    items = []
    for position, entry in enumerate(questions, start=1):
        question, points = entry if isinstance(entry, tuple) else (entry, Decimal(1))
        items.append(
            ExerciseSetItem(
                exercise_set=exercise_set, question=question, position=position, points=points
            )
        )
    ExerciseSetItem.objects.bulk_create(items)

    logger.info("exercises.set.created exercise_set_id=%s", exercise_set.pk)
    return exercise_set


class AttemptInvalidError(DomainError):
    code = "invalid"


def _is_unanswered(response: Any) -> bool:
    return response is None or response == {}


def _validate_answers(
    items: list[ExerciseSetItem], answers: Sequence[AnswerData]
) -> dict[int, Any]:
    """Return ``{question_id: response}``; raise a field error per bad answer."""
    in_set = {item.question_id for item in items}
    responses: dict[int, Any] = {}
    fields: dict[str, list[str]] = {}
    for index, answer in enumerate(answers):
        if answer.question_id not in in_set:
            fields[f"answers.{index}.question_id"] = [
                _("This question is not in the exercise set.")
            ]
        elif answer.question_id in responses:
            fields[f"answers.{index}.question_id"] = [_("This question is answered twice.")]
        else:
            responses[answer.question_id] = answer.response
    if fields:
        raise AttemptInvalidError(
            _("Some answers are not valid. Check them and try again."), fields=fields
        )
    return responses


def _points(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(_PLACES, rounding=ROUND_HALF_UP)


def _grade_items(
    items: list[ExerciseSetItem], answers: Sequence[AnswerData], responses: dict[int, Any]
) -> list[AttemptAnswer]:
    """Grade every item of the set in order; unanswered questions grade as incorrect."""
    rows: list[AttemptAnswer] = []
    fields: dict[str, list[str]] = {}
    index_of = {answer.question_id: index for index, answer in enumerate(answers)}
    for item in items:
        question = item.question
        response = responses.get(item.question_id)
        unanswered = _is_unanswered(response)
        result = grade(question, None if unanswered else response)
        if not unanswered and result.detail.get("error") == "malformed_response":
            fields[f"answers.{index_of[item.question_id]}.response"] = [
                _("This answer does not fit the question. Answer it again.")
            ]
            continue

        auto_scored = question.type not in NOT_AUTO_SCORED
        credit = _points(result.credit)
        rows.append(
            AttemptAnswer(
                question=question,
                position=item.position,
                response=None if unanswered else response,
                status=result.status,
                credit=credit,
                points=_points(credit * item.points) if auto_scored else Decimal(0),
                max_points=item.points if question.type != QuestionType.DESCRIPTION else Decimal(0),
                expected=result.expected,
                feedback_html=result.feedback_html,
                detail=result.detail,
            )
        )
    if fields:
        raise AttemptInvalidError(
            _("Some answers are not valid. Check them and try again."), fields=fields
        )
    return rows


def _existing_attempt(
    *, user: User, exercise_set: ExerciseSet, submission_id: uuid.UUID
) -> Attempt | None:
    attempt = Attempt.objects.filter(user=user, submission_id=submission_id).first()
    if attempt is not None and attempt.exercise_set_id != exercise_set.pk:
        raise ConflictError(_("This submission was already used for another exercise set."))
    return attempt


def attempt_submit(
    *,
    user: User,
    exercise_set: ExerciseSet,
    submission_id: uuid.UUID,
    answers: Sequence[AnswerData],
) -> tuple[Attempt, bool]:
    """Grade and store a submission; return the attempt and whether it was created now.

    Idempotent per ``(user, submission_id)``: sending the same submission again (a double
    click, a retry after a timeout) returns the stored attempt unchanged, even when both
    requests race. The unique constraint decides the race: the loser's insert fails inside
    its own savepoint and it returns the winner's attempt. ``exercise_set`` must come from
    ``exercise_set_get`` (items and questions loaded, access checked). Raises
    ``AttemptInvalidError`` with one field error per bad answer, writing nothing.
    """
    existing = _existing_attempt(user=user, exercise_set=exercise_set, submission_id=submission_id)
    if existing is not None:
        return existing, False

    items = list(exercise_set.items.all())
    responses = _validate_answers(items, answers)
    rows = _grade_items(items, answers, responses)
    auto = [row for row in rows if row.question.type not in NOT_AUTO_SCORED]
    score = sum((row.points for row in auto), Decimal(0))
    max_score = sum((row.max_points for row in auto), Decimal(0))

    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user,
                exercise_set=exercise_set,
                submission_id=submission_id,
                score=score,
                max_score=max_score,
            )
            for row in rows:
                row.attempt = attempt
            AttemptAnswer.objects.bulk_create(rows)
    except IntegrityError:
        winner = _existing_attempt(
            user=user, exercise_set=exercise_set, submission_id=submission_id
        )
        if winner is None:
            raise
        return winner, False

    logger.info(
        "exercises.attempt.submitted attempt_id=%s exercise_set_id=%s",
        attempt.pk,
        exercise_set.pk,
    )
    return attempt, True


# --- authoring: the questions of a set ------------------------------------------------------


class ExerciseSetItemInvalidError(DomainError):
    code = "invalid"


def exercise_set_for_block_create(*, block: Block, title: str) -> ExerciseSet:
    """Create the (empty) exercise set of a new ``exercise_set`` block."""
    exercise_set = ExerciseSet.objects.create(block=block, title=title)
    logger.info("exercises.set.created exercise_set_id=%s", exercise_set.pk)
    return exercise_set


def exercise_set_copy(*, source: ExerciseSet, block: Block) -> ExerciseSet:
    """Copy ``source`` with its items onto ``block`` (a copy of the source's block).

    The copy points at the same bank questions; learners' attempts are not copied.
    """
    copy = ExerciseSet.objects.create(block=block, title=source.title)
    ExerciseSetItem.objects.bulk_create(
        ExerciseSetItem(
            exercise_set=copy,
            question_id=item.question_id,
            position=item.position,
            points=item.points,
        )
        for item in source.items.all()
    )
    return copy


@transaction.atomic
def exercise_set_item_add(
    *, exercise_set: ExerciseSet, question: Question, points: Decimal = Decimal(1)
) -> ExerciseSetItem:
    """Append ``question`` to the set; a question already in the set is refused."""
    ExerciseSet.objects.select_for_update().filter(pk=exercise_set.pk).first()
    if exercise_set.items.filter(question=question).exists():
        raise ExerciseSetItemInvalidError(
            _("This question is already in the exercise set."),
            fields={"question_id": [_("This question is already in the exercise set.")]},
        )
    last = exercise_set.items.aggregate(last=Max("position"))["last"]
    item = ExerciseSetItem.objects.create(
        exercise_set=exercise_set, question=question, position=(last or 0) + 1, points=points
    )
    logger.info(
        "exercises.item.added exercise_set_id=%s question_id=%s", exercise_set.pk, question.pk
    )
    return item


def exercise_set_item_update(*, item: ExerciseSetItem, points: Decimal) -> ExerciseSetItem:
    item.points = points
    item.save(update_fields=["points"])
    return item


@transaction.atomic
def exercise_set_item_remove(*, item: ExerciseSetItem) -> None:
    """Take a question out of its set (the question stays in its bank) and close the gap."""
    exercise_set_id = item.exercise_set_id
    item.delete()
    siblings = ExerciseSetItem.objects.select_for_update().filter(exercise_set_id=exercise_set_id)
    ordered = list(siblings.order_by("position", "id").values_list("id", flat=True))
    positions_set(siblings, ordered)
    logger.info("exercises.item.removed exercise_set_id=%s", exercise_set_id)


@transaction.atomic
def exercise_set_item_move(*, item: ExerciseSetItem, index: int) -> list[ExerciseSetItem]:
    """Move ``item`` to the 0-based ``index`` (clamped) in its set; return the set's items."""
    siblings = ExerciseSetItem.objects.select_for_update().filter(
        exercise_set_id=item.exercise_set_id
    )
    ordered = list(siblings.order_by("position", "id").values_list("id", flat=True))
    ordered.remove(item.pk)
    ordered.insert(max(0, min(index, len(ordered))), item.pk)
    positions_set(siblings, ordered)
    return list(siblings.order_by("position", "id"))
