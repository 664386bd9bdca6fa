"""Question data checks used by the admin, and the model's clean()."""

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from glossa.questions.models import Question, QuestionBank
from glossa.questions.validators import question_data_errors

CHOICES = {"answers": [{"id": "a1", "text": "x", "fraction": 1}, {"id": "a2", "text": "y",
                                                                    "fraction": 0}]}  # fmt: skip


@pytest.mark.parametrize(
    ("question_type", "data"),
    [
        pytest.param("single_choice", CHOICES, id="single"),
        pytest.param("true_false", {"answer": False}, id="true-false"),
        pytest.param(
            "short_answer",
            {"answers": [{"id": "a1", "text": "x", "fraction": 1}], "accents": "partial",
             "accent_credit": 0.3, "case_sensitive": True},
            id="short",
        ),
        pytest.param(
            "numerical",
            {"answers": [{"id": "a1", "value": 3, "tolerance": 1, "fraction": 1},
                         {"id": "a2", "min": 1, "max": 2, "fraction": 0.5}]},
            id="numerical",
        ),
        pytest.param(
            "matching",
            {"pairs": [{"id": "a1", "left": "a", "right": "1"}], "distractors": ["2"]},
            id="matching",
        ),
        pytest.param("essay", {}, id="essay"),
    ],
)  # fmt: skip
def test_valid_data_has_no_errors(question_type: str, data: dict[str, Any]) -> None:
    assert question_data_errors(question_type, data) == []


@pytest.mark.parametrize(
    ("question_type", "data", "fragment"),
    [
        pytest.param("single_choice", [], "JSON object", id="not-object"),
        pytest.param("single_choice", {"answers": []}, "list of answers", id="no-answers"),
        pytest.param(
            "single_choice",
            {"answers": [{"id": "a1", "text": "x", "fraction": 0.5}]},
            "worth 100%",
            id="single-without-full",
        ),
        pytest.param(
            "multiple_choice",
            {"answers": [{"id": "a1", "text": "x", "fraction": 2}]},
            "between -1 and 1",
            id="fraction-too-big",
        ),
        pytest.param(
            "single_choice",
            {"answers": [{"id": "a1", "text": "x", "fraction": 1},
                         {"id": "a1", "text": "y", "fraction": 0}]},
            "same id",
            id="duplicate-id",
        ),
        pytest.param("true_false", {"answer": "yes"}, "true or false", id="tf-not-bool"),
        pytest.param(
            "short_answer",
            {"answers": [{"id": "a1", "text": "x", "fraction": 1}], "accents": "loose"},
            "strict, accept or partial",
            id="unknown-accent-rule",
        ),
        pytest.param(
            "numerical",
            {"answers": [{"id": "a1", "value": "3", "fraction": 1}]},
            "value and tolerance",
            id="numerical-string",
        ),
        pytest.param("matching", {"pairs": [{"id": "a1", "left": "a"}]}, "right side",
                     id="matching-no-right"),
        pytest.param("true_false", {"answer": True, "note": "a\u0000b"}, "U+0000",
                     id="nul-in-a-value"),
        pytest.param("true_false", {"answer": True, "\ud83d": 1}, "unpaired surrogate",
                     id="lone-surrogate-in-a-key"),
    ],
)  # fmt: skip
def test_invalid_data_is_reported(question_type: str, data: Any, fragment: str) -> None:
    errors = question_data_errors(question_type, data)

    assert any(fragment in error for error in errors), errors


@pytest.mark.django_db
def test_model_clean_refuses_data_that_cannot_be_graded() -> None:
    bank = QuestionBank.objects.create(name="Bank")
    question = Question(bank=bank, type="true_false", text="Q", data={"answer": "maybe"})

    with pytest.raises(ValidationError) as raised:
        question.full_clean()

    assert "data" in raised.value.message_dict
    assert Question.objects.count() == 0
