"""Reads of question banks and the public (answer-free) view of a question."""

import random
from typing import Any

from django.db.models import Count, Prefetch, QuerySet

from glossa.accounts.models import User
from glossa.common.richtext import render
from glossa.questions.grading import matching_choices
from glossa.questions.models import Category, Question, QuestionBank, QuestionType


def question_bank_list(*, owner: User) -> QuerySet[QuestionBank]:
    """Return the banks ``owner`` owns, with ``question_count`` and categories prefetched."""
    return (
        QuestionBank.objects.filter(owner=owner)
        .annotate(question_count=Count("questions"))
        .prefetch_related(Prefetch("categories", queryset=Category.objects.order_by("path")))
        .order_by("name", "id")
    )


def question_public_data(question: Question, *, shuffle_seed: int | None = None) -> dict[str, Any]:
    """Return what a learner may see of ``question``: no answers, fractions or feedback.

    Shape (docs/api.md "Public question"): ``{id, type, title, text_html}`` plus ``options``
    for single/multiple choice and ``prompts`` + ``choices`` for matching. With
    ``shuffle_seed`` the options and choices come in an order fixed by the seed (so an
    attempt shows the same order on reload); without it, in authored order.
    """
    public: dict[str, Any] = {
        "id": question.pk,
        "type": question.type,
        "title": question.title,
        "text_html": render(question.text, question.text_format),
    }
    shuffler = random.Random(f"{shuffle_seed}:{question.pk}") if shuffle_seed is not None else None  # noqa: S311

    if question.type in {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}:
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
