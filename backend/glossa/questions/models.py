"""Question banks, their categories and the questions in them.

``Question.data`` holds what is specific to a question type; every text keeps its source and
its format (``html``, ``markdown``, ``plain`` or ``moodle``) and is rendered only when shown.
Answers, pairs and numeric answers have stable string ids (``"a1"``, ``"a2"``, ...) that
responses refer to. The shape of ``data`` by type:

``single_choice`` / ``multiple_choice``::

    {"answers": [{"id", "text", "format", "fraction": -1..1, "feedback", "feedback_format"}]}

``true_false``::

    {"answer": bool, "feedback_correct": str, "feedback_correct_format": str,
     "feedback_incorrect": str, "feedback_incorrect_format": str}

``feedback_correct`` is shown when the learner picks the right value, ``feedback_incorrect``
when they pick the wrong one (GIFT ``{T#shown-if-wrong#shown-if-right}``).

``short_answer``::

    {"answers": [{"id", "text", "fraction": 0..1, "feedback", "feedback_format"}],
     "case_sensitive": false, "accents": "strict" | "accept" | "partial", "accent_credit": 0.5}

``text`` may contain ``*`` as a wildcard for any run of characters (Moodle semantics).

``numerical``::

    {"answers": [{"id", "value", "tolerance", "fraction", "feedback", "feedback_format"}
                 | {"id", "min", "max", "fraction", "feedback", "feedback_format"}],
     "other_feedback": str, "other_feedback_format": str}

``other_feedback`` (optional) is shown when no answer matches (GIFT ``{#3:2 ~#Wrong}``).

``matching``::

    {"pairs": [{"id", "left", "left_format", "right"}], "distractors": [str]}

``essay`` and ``description``: ``{}``.

``ordering`` (the authored order is the right one)::

    {"items": [{"id", "text"}], "unit": "word" | "sentence"}

``gap_fill`` (``[[id]]`` in ``text`` marks a gap; every gap appears exactly once)::

    {"text": "Yo [[g1]] español.", "gaps": [{"id": "g1", "answers": ["hablo"]}],
     "mode": "type" | "drag", "distractors": [str], "case_sensitive": false,
     "accents": "strict" | "accept" | "partial", "accent_credit": 0.5}

A gap's answers are compared as short answers are (see :mod:`glossa.questions.grading`);
in ``drag`` mode the word bank is the first answer of every gap plus the distractors.

``dictation`` (the audio is ``Question.media``)::

    {"text": "What the recording says.", "ignore_punctuation": true,
     "case_sensitive": false, "accents": "strict" | "accept" | "partial"}

``listening_choice``: as ``single_choice``, with the audio prompt in ``Question.media``.
"""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# Indexed text columns stay within 191 characters so a utf8mb4 index fits in MySQL/MariaDB.
INDEXED_CHARS = 191


class TextFormat(models.TextChoices):
    HTML = "html", _("HTML")
    MARKDOWN = "markdown", _("Markdown")
    PLAIN = "plain", _("Plain text")
    MOODLE = "moodle", _("Moodle auto-format")


class QuestionType(models.TextChoices):
    SINGLE_CHOICE = "single_choice", _("Single choice")
    MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True/false")
    SHORT_ANSWER = "short_answer", _("Short answer")
    NUMERICAL = "numerical", _("Numerical")
    MATCHING = "matching", _("Matching")
    ESSAY = "essay", _("Essay")
    DESCRIPTION = "description", _("Description")
    ORDERING = "ordering", _("Ordering")
    GAP_FILL = "gap_fill", _("Gap fill")
    DICTATION = "dictation", _("Dictation")
    LISTENING_CHOICE = "listening_choice", _("Listening choice")


class OrderingUnit(models.TextChoices):
    WORD = "word", _("Words")
    SENTENCE = "sentence", _("Sentences")


class GapMode(models.TextChoices):
    TYPE = "type", _("Type into the gaps")
    DRAG = "drag", _("Drag words into the gaps")


class AccentRule(models.TextChoices):
    STRICT = "strict", _("A missing accent is wrong")
    ACCEPT = "accept", _("A missing accent is accepted")
    PARTIAL = "partial", _("A missing accent gets partial credit")


class QuestionBank(models.Model):
    """A named collection of questions owned by a teacher (no owner: system or demo bank)."""

    name = models.CharField(_("name"), max_length=INDEXED_CHARS)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="question_banks",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")
        ordering = ("name", "id")
        constraints = (
            models.UniqueConstraint(
                fields=["owner", "name"], name="questions_bank_owner_name_uniq"
            ),
        )

    def __str__(self) -> str:
        return self.name


class Category(models.Model):
    """A node of a bank's category tree; ``path`` is the full slash-separated name."""

    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("bank"), on_delete=models.CASCADE, related_name="categories"
    )
    name = models.CharField(_("name"), max_length=INDEXED_CHARS)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
    )
    path = models.CharField(_("path"), max_length=INDEXED_CHARS)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ("path", "id")
        constraints = (
            models.UniqueConstraint(
                fields=["bank", "path"], name="questions_category_bank_path_uniq"
            ),
        )

    def __str__(self) -> str:
        return self.path


class Question(models.Model):
    """One question of a bank; see the module docstring for ``data`` by type."""

    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("bank"), on_delete=models.CASCADE, related_name="questions"
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
    )
    type = models.CharField(_("type"), max_length=32, choices=QuestionType.choices)
    title = models.CharField(_("title"), max_length=255, blank=True)
    text = models.TextField(_("text"), blank=True)
    text_format = models.CharField(
        _("text format"), max_length=16, choices=TextFormat.choices, default=TextFormat.MOODLE
    )
    general_feedback = models.TextField(_("general feedback"), blank=True)
    general_feedback_format = models.CharField(
        _("general feedback format"),
        max_length=16,
        choices=TextFormat.choices,
        default=TextFormat.MOODLE,
    )
    data = models.JSONField(_("data"), default=dict, blank=True)
    # The audio of a dictation or listening question. A string reference keeps the media app
    # free to load without this one; deleting the asset leaves the question, without audio.
    media = models.ForeignKey(
        "media.MediaAsset",
        verbose_name=_("audio"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
    )
    source_line = models.PositiveIntegerField(_("line in the imported file"), null=True, blank=True)
    # Bumped by every edit through the editor API; a PATCH naming an older version is refused,
    # so two authors never silently overwrite each other.
    version = models.PositiveIntegerField(_("version"), default=1)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ("id",)
        indexes = (models.Index(fields=["bank", "type"], name="questions_bank_type_idx"),)

    def __str__(self) -> str:
        return self.title or self.text[:60]

    def clean(self) -> None:
        # Imported here: the validators module imports the choices defined above.
        from glossa.questions.validators import question_data_errors

        errors = question_data_errors(self.type, self.data)
        if errors:
            raise ValidationError({"data": errors})

    @property
    def answers(self) -> list[dict[str, Any]]:
        answers = self.data.get("answers", [])
        return answers if isinstance(answers, list) else []


class QuestionImport(models.Model):
    """A web import, remembered by the id its client chose, so that a retry (a double click, a
    resend after a timeout) gets the first answer back instead of importing the file again."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="question_imports",
    )
    submission_id = models.UUIDField(_("submission id"))
    result = models.JSONField(_("result"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("question import")
        verbose_name_plural = _("question imports")
        constraints = (
            models.UniqueConstraint(
                fields=["owner", "submission_id"], name="questions_import_owner_submission_uniq"
            ),
        )

    def __str__(self) -> str:
        return str(self.submission_id)
