"""Reads of question banks and the public (answer-free) view of a question."""

import random
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Prefetch, QuerySet
from django.utils.translation import gettext as _

from glossa.accounts.models import Role, User
from glossa.common.exceptions import NotFoundError
from glossa.common.richtext import render
from glossa.media.selectors import media_asset_summary
from glossa.questions.grading import matching_choices
from glossa.questions.models import Category, GapMode, Question, QuestionBank, QuestionType
from glossa.questions.validators import GAP_MARKER

# What ``question_public_data`` reads besides the question row: prefetch these with the
# questions of a list (``Prefetch("items__question", ...)`` users add the prefix).
QUESTION_PUBLIC_PREFETCH = ("media__renditions",)


def question_bank_list(*, owner: User) -> QuerySet[QuestionBank]:
    """Return the banks ``owner`` owns, with ``question_count`` and categories prefetched."""
    return (
        QuestionBank.objects.filter(owner=owner)
        .annotate(question_count=Count("questions"))
        .prefetch_related(Prefetch("categories", queryset=Category.objects.order_by("path")))
        .order_by("name", "id")
    )


def question_bank_can_edit(*, user: User | AnonymousUser, bank: QuestionBank) -> bool:
    """Whether ``user`` may change ``bank`` and its questions: its owner or an admin."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.role == Role.ADMIN:
        return True
    return user.role == Role.TEACHER and bank.owner_id == user.pk


def question_bank_get(*, user: User, bank_id: int) -> QuestionBank:
    """Return the bank ``user`` may edit, with ``question_count`` and categories.

    Raises :class:`NotFoundError` for a bank that does not exist or that ``user`` may not
    edit (another teacher's bank is not revealed)."""
    bank = (
        QuestionBank.objects.filter(pk=bank_id)
        .annotate(question_count=Count("questions"))
        .prefetch_related(Prefetch("categories", queryset=Category.objects.order_by("path")))
        .first()
    )
    if bank is None or not question_bank_can_edit(user=user, bank=bank):
        raise NotFoundError(_("No such question bank."))
    return bank


def question_list(*, bank: QuestionBank) -> QuerySet[Question]:
    """The questions of ``bank`` in authored order, with what the author view shows joined."""
    return (
        Question.objects.filter(bank=bank)
        .select_related("category", "media")
        .prefetch_related("media__renditions")
        .order_by("id")
    )


def question_get(*, user: User, question_id: int) -> Question:
    """Return a question ``user`` may edit; :class:`NotFoundError` otherwise (as for banks)."""
    question = (
        Question.objects.filter(pk=question_id)
        .select_related("bank", "category", "media")
        .prefetch_related("media__renditions")
        .first()
    )
    if question is None or not question_bank_can_edit(user=user, bank=question.bank):
        raise NotFoundError(_("No such question."))
    return question


def question_public_data(question: Question, *, shuffle_seed: int | None = None) -> dict[str, Any]:
    """Return what a learner may see of ``question``: no answers, fractions or feedback.

    Shape (docs/api.md "Public question"): ``{id, type, title, text_html}`` plus ``options``
    for single/multiple/listening choice, ``prompts`` + ``choices`` for matching, ``items``
    for ordering, ``segments`` + ``word_bank`` for gap fill and ``media`` for dictation and
    listening. With ``shuffle_seed`` the options and choices come in an order fixed by the
    seed (so an attempt shows the same order on reload); without it, in authored order.
    Ordering items and the word bank are always shuffled (by the seed, or by the question's
    id and version), and ordering items never come in the right order.

    Whoever may see the question may hear its audio: the media summary carries signed
    links whatever course the asset belongs to. Prefetch ``QUESTION_PUBLIC_PREFETCH``.
    """
    public: dict[str, Any] = {
        "id": question.pk,
        "type": question.type,
        "title": question.title,
        "text_html": render(question.text, question.text_format),
    }
    shuffler = random.Random(f"{shuffle_seed}:{question.pk}") if shuffle_seed is not None else None  # noqa: S311

    if question.type in {QuestionType.DICTATION, QuestionType.LISTENING_CHOICE}:
        public["media"] = _media(question)
    if question.type == QuestionType.DICTATION:
        public["word_count"] = len(str(question.data.get("text", "")).split())
    elif question.type == QuestionType.ORDERING:
        public |= _ordering_public(question, shuffle_seed)
    elif question.type == QuestionType.GAP_FILL:
        public |= _gap_fill_public(question, shuffle_seed)
    elif question.type in CHOICE_TYPES:
        options = [
            {
                "id": answer["id"],
                "text_html": render(
                    str(answer.get("text", "")), answer.get("format", question.text_format)
                ),
            }
            for answer in question.answers
        ]
        if shuffler:
            shuffler.shuffle(options)
        public["options"] = options
    elif question.type == QuestionType.MATCHING:
        prompts = [
            {
                "id": pair["id"],
                "text_html": render(
                    str(pair["left"]), pair.get("left_format", question.text_format)
                ),
            }
            for pair in question.data.get("pairs", [])
        ]
        choices = [
            {"id": choice_id, "text": text} for choice_id, text in matching_choices(question.data)
        ]
        if shuffler:
            shuffler.shuffle(choices)
        public["prompts"] = prompts
        public["choices"] = choices
    return public


CHOICE_TYPES = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.LISTENING_CHOICE,
}


def _media(question: Question) -> dict[str, Any] | None:
    if question.media is None:
        return None
    return media_asset_summary(asset=question.media, user=AnonymousUser(), visible=True)


def _always_shuffler(question: Question, shuffle_seed: int | None) -> random.Random:
    seed = shuffle_seed if shuffle_seed is not None else f"v{question.version}"
    return random.Random(f"{seed}:{question.pk}")  # noqa: S311


def _ordering_public(question: Question, shuffle_seed: int | None) -> dict[str, Any]:
    items = [{"id": str(item["id"]), "text": str(item["text"])}
             for item in question.data.get("items", [])]  # fmt: skip
    texts = [item["text"].strip() for item in items]
    shuffled = list(items)
    _always_shuffler(question, shuffle_seed).shuffle(shuffled)
    # A shuffle may leave items where they belong, which an untouched answer would be given
    # credit for. Of its turnings (each item stands in its place in exactly one of them) take
    # the one with the fewest such items: none, unless every turning has exactly one.
    turnings = [shuffled[n:] + shuffled[:n] for n in range(len(shuffled))] or [shuffled]

    def in_place(order: list[dict[str, str]]) -> int:
        return sum(item["text"].strip() == text for item, text in zip(order, texts, strict=True))

    shuffled = min(turnings, key=in_place)
    return {"items": shuffled, "unit": question.data.get("unit", "word")}


def _gap_fill_public(question: Question, shuffle_seed: int | None) -> dict[str, Any]:
    text = str(question.data.get("text", ""))
    segments: list[dict[str, str]] = []
    position = 0
    for match in GAP_MARKER.finditer(text):
        if match.start() > position:
            segments.append({"type": "text", "text": text[position : match.start()]})
        segments.append({"type": "gap", "id": match.group(1)})
        position = match.end()
    if position < len(text):
        segments.append({"type": "text", "text": text[position:]})
    mode = question.data.get("mode", GapMode.TYPE)
    public: dict[str, Any] = {"segments": segments, "mode": mode, "word_bank": []}
    if mode == GapMode.DRAG:
        words = [str(gap["answers"][0]) for gap in question.data.get("gaps", [])]
        words += [str(word) for word in question.data.get("distractors", [])]
        _always_shuffler(question, shuffle_seed).shuffle(words)
        public["word_bank"] = words
    return public
