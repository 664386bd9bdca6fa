"""Exercise sets (ordered questions from banks) and learners' attempts at them.

An exercise set hangs on a lesson block of type ``exercise_set``. Its items point at bank
questions, so one question can serve several sets. Every attempt is kept; an attempt is
identified by the client's ``submission_id`` so that the same submission sent twice (a double
click, a retry after a timeout) is stored once.
"""

from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def score_field(
    verbose_name: "StrOrPromise", default: Decimal | None = None
) -> "models.DecimalField[Decimal, Decimal]":
    """A points column: up to 999,999.9999, exact, the same on every database."""
    if default is None:
        return models.DecimalField(verbose_name, max_digits=10, decimal_places=4)
    return models.DecimalField(verbose_name, max_digits=10, decimal_places=4, default=default)


class ExerciseSet(models.Model):
    block = models.OneToOneField(
        "courses.Block",
        verbose_name=_("block"),
        on_delete=models.CASCADE,
        related_name="exercise_set",
    )
    title = models.CharField(_("title"), max_length=191)
    questions = models.ManyToManyField(  # type: ignore[var-annotated]
        "questions.Question",
        through="ExerciseSetItem",
        related_name="exercise_sets",
        verbose_name=_("questions"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("exercise set")
        verbose_name_plural = _("exercise sets")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title


class ExerciseSetItem(models.Model):
    exercise_set = models.ForeignKey(
        ExerciseSet, verbose_name=_("exercise set"), on_delete=models.CASCADE, related_name="items"
    )
    # PROTECT: learners' answers refer to the question; a used question is retired, not deleted.
    question = models.ForeignKey(
        "questions.Question",
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="exercise_set_items",
    )
    position = models.PositiveIntegerField(_("position"))
    points = score_field(_("points"), default=Decimal(1))

    class Meta:
        verbose_name = _("exercise set item")
        verbose_name_plural = _("exercise set items")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["exercise_set", "position"], name="exercises_item_set_position_uniq"
            ),
            models.UniqueConstraint(
                fields=["exercise_set", "question"], name="exercises_item_set_question_uniq"
            ),
            models.CheckConstraint(
                condition=models.Q(points__gte=0), name="exercises_item_points_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.exercise_set} #{self.position}"


class Attempt(models.Model):
    """One submission of an exercise set by a learner, graded at once.

    ``score`` and ``max_score`` count auto-graded questions only: essays wait for a teacher
    and descriptions carry no points, so neither is in either total.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="exercise_attempts",
    )
    exercise_set = models.ForeignKey(
        ExerciseSet,
        verbose_name=_("exercise set"),
        on_delete=models.CASCADE,
        related_name="attempts",
    )
    submission_id = models.UUIDField(_("submission id"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    score = score_field(_("score"))
    max_score = score_field(_("maximum score"))

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-submitted_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "submission_id"], name="exercises_attempt_submission_uniq"
            )
        ]
        indexes = [
            models.Index(
                fields=["user", "exercise_set", "-submitted_at"], name="exercises_attempt_list_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.exercise_set} ({self.score}/{self.max_score})"


class AnswerStatus(models.TextChoices):
    CORRECT = "correct", _("Correct")
    PARTIAL = "partial", _("Partially correct")
    INCORRECT = "incorrect", _("Incorrect")
    PENDING = "pending", _("Waiting for a teacher")
    UNGRADED = "ungraded", _("Not graded")


class AttemptAnswer(models.Model):
    """A learner's answer to one question of an attempt, with the grade shown at submission.

    ``expected`` and ``feedback_html`` are stored, not recomputed, so the result of an
    attempt reads the same later even if the question is edited.
    """

    attempt = models.ForeignKey(
        Attempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        "questions.Question",
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="attempt_answers",
    )
    position = models.PositiveIntegerField(_("position"))
    response = models.JSONField(_("response"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=AnswerStatus.choices)
    credit = score_field(_("credit"))
    points = score_field(_("points"))
    max_points = score_field(_("maximum points"))
    expected = models.TextField(_("expected answer"), blank=True)
    feedback_html = models.TextField(_("feedback"), blank=True)
    # What the grader found beyond the credit, shown with the result: each gap's status, each
    # dictation word's status, an ordering's right order (glossa.questions.grading.Grade).
    detail = models.JSONField(_("grading detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["attempt", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="exercises_answer_attempt_question_uniq"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} #{self.position}: {self.status}"
