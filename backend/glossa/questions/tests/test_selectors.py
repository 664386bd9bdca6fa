"""The public view of a question carries no answers and renders the text safely."""

import json

import pytest

from glossa.questions.gift import parse_gift
from glossa.questions.models import Question, QuestionBank
from glossa.questions.selectors import question_public_data


def saved(source: str) -> Question:
    (parsed,) = parse_gift(source).questions
    bank, _created = QuestionBank.objects.get_or_create(name="Bank", owner=None)
    return Question.objects.create(
        bank=bank, type=parsed.type, title=parsed.title, text=parsed.text,
        text_format=parsed.text_format, data=parsed.data,
    )  # fmt: skip


@pytest.mark.django_db
def test_choice_question_shows_options_without_fractions_or_feedback() -> None:
    question = saved("::T::[markdown]Pick **one**{=Paris#Yes ~%50%Lyon#Half ~[html]<i>Rome</i>}")

    public = question_public_data(question)

    assert public == {
        "id": question.pk,
        "type": "single_choice",
        "title": "T",
        "text_html": "<p>Pick <strong>one</strong></p>\n",
        "options": [
            {"id": "a1", "text_html": "<p>Paris</p>\n"},
            {"id": "a2", "text_html": "<p>Lyon</p>\n"},
            {"id": "a3", "text_html": "<i>Rome</i>"},
        ],
    }
    dumped = json.dumps(public)
    assert "fraction" not in dumped
    assert "Yes" not in dumped


@pytest.mark.django_db
def test_matching_shows_prompts_and_choices_including_distractors() -> None:
    question = saved("Match {=Canada -> Ottawa =Italy -> Rome = -> Paris}")

    public = question_public_data(question)

    assert public["prompts"] == [
        {"id": "a1", "text_html": "Canada"},
        {"id": "a2", "text_html": "Italy"},
    ]
    assert public["choices"] == [
        {"id": "c1", "text": "Ottawa"},
        {"id": "c2", "text": "Rome"},
        {"id": "c3", "text": "Paris"},
    ]


@pytest.mark.django_db
def test_shuffle_seed_gives_a_stable_order_of_the_same_options() -> None:
    question = saved("Q{=a ~b ~c ~d ~e ~f ~g ~h}")

    first = question_public_data(question, shuffle_seed=7)["options"]
    again = question_public_data(question, shuffle_seed=7)["options"]
    plain = question_public_data(question)["options"]

    assert first == again
    assert sorted(o["id"] for o in first) == [o["id"] for o in plain]
    assert [o["id"] for o in first] != [o["id"] for o in plain]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "source", ["Q{T}", "Q{=word}", "Q{#5:1}", "Essay{}", "Just text."], ids=str
)
def test_other_types_show_only_the_text(source: str) -> None:
    public = question_public_data(saved(source))

    assert set(public) == {"id", "type", "title", "text_html"}
    assert "5" not in public["text_html"]


@pytest.mark.django_db
def test_script_in_html_text_is_removed() -> None:
    question = saved("[html]<script>alert(1)</script><b>Hi</b>{}")

    assert question_public_data(question)["text_html"] == "<b>Hi</b>"
