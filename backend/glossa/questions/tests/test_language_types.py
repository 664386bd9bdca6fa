"""Ordering, gap fill, dictation and listening questions: data checks, grading, public view."""

import copy
from typing import Any

import pytest

from glossa.accounts.models import User
from glossa.questions.grading import grade
from glossa.questions.models import Question, QuestionBank, QuestionType
from glossa.questions.selectors import question_public_data
from glossa.questions.tests.factories import (
    DICTATION,
    GAP_FILL,
    LISTENING,
    ORDERING,
    make_audio,
    make_question,
)
from glossa.questions.validators import question_data_errors


def _with(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return copy.deepcopy(data) | changes


def _question(type: str, data: dict[str, Any], pk: int = 7) -> Question:
    return Question(pk=pk, type=type, text="", data=data, version=1)


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type", "data", "fragment"),
    [
        pytest.param("ordering", ORDERING, None, id="ordering-valid"),
        pytest.param("ordering", _with(ORDERING, items=ORDERING["items"][:1]), "between 2",
                     id="ordering-one-item"),
        pytest.param("ordering", _with(ORDERING, items=[{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]),
                     "same id", id="ordering-duplicate-id"),
        pytest.param("ordering", _with(ORDERING, items=[{"id": "a", "text": "x"}, {"id": "b", "text": "x"}]),
                     "same text", id="ordering-all-same"),
        pytest.param("ordering", _with(ORDERING, unit="letter"), "unit", id="ordering-unit"),
        pytest.param("gap_fill", GAP_FILL, None, id="gap-valid"),
        pytest.param("gap_fill", _with(GAP_FILL, text="Yo [[g1]] español."), "exactly once",
                     id="gap-missing-marker"),
        pytest.param("gap_fill", _with(GAP_FILL, text="[[g1]] [[g1]] [[g2]]"), "exactly once",
                     id="gap-twice"),
        pytest.param("gap_fill", _with(GAP_FILL, gaps=[{"id": "g1", "answers": []},
                                                       {"id": "g2", "answers": ["x"]}]),
                     "accepted answers", id="gap-no-answer"),
        pytest.param("gap_fill", _with(GAP_FILL, mode="click"), "mode", id="gap-mode"),
        pytest.param("gap_fill", _with(GAP_FILL, accents="maybe"), "accents", id="gap-accents"),
        pytest.param("gap_fill", _with(GAP_FILL, distractors=[""]), "distractors",
                     id="gap-empty-distractor"),
        pytest.param("dictation", DICTATION, None, id="dictation-valid"),
        pytest.param("dictation", _with(DICTATION, text="  "), "text the recording", id="dictation-empty"),
        pytest.param("dictation", _with(DICTATION, accents="partial"), "strict or accept",
                     id="dictation-partial"),
        pytest.param("dictation", _with(DICTATION, text="la " * 501), "at most 500",
                     id="dictation-too-long"),
        pytest.param("listening_choice", LISTENING, None, id="listening-valid"),
        pytest.param("listening_choice", {"answers": [{"id": "a1", "text": "x", "fraction": 0.5}]},
                     "100%", id="listening-no-right-answer"),
    ],
)  # fmt: skip
def test_data_is_checked_per_type(type: str, data: dict[str, Any], fragment: str | None) -> None:
    errors = question_data_errors(type, data)

    if fragment is None:
        assert errors == []
    else:
        assert any(fragment in error for error in errors), errors


# --- ordering -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("order", "status", "credit", "right"),
    [
        pytest.param(["i1", "i2", "i3"], "correct", 1.0, ["i1", "i2", "i3"], id="right"),
        pytest.param(["i1", "i3", "i2"], "partial", 0.3333333, ["i1"], id="one-in-place"),
        pytest.param(["i3", "i1", "i2"], "incorrect", 0.0, [], id="none-in-place"),
    ],
)
def test_ordering_credit_is_the_share_of_items_in_place(
    order: list[str], status: str, credit: float, right: list[str]
) -> None:
    result = grade(_question("ordering", ORDERING), {"order": order})

    assert (result.status, result.credit) == (status, credit)
    assert result.expected == "Yo hablo español"
    assert result.detail == {"expected_order": ["i1", "i2", "i3"], "correct_items": right}


@pytest.mark.parametrize(
    "response",
    [
        pytest.param({"order": ["i1", "i2"]}, id="missing-item"),
        pytest.param({"order": ["i1", "i1", "i2"]}, id="duplicate"),
        pytest.param({"order": ["i1", "i2", "x"]}, id="unknown"),
        pytest.param({"order": "i1 i2 i3"}, id="not-a-list"),
        pytest.param(None, id="none"),
    ],
)
def test_malformed_ordering_response_grades_incorrect(response: object) -> None:
    result = grade(_question("ordering", ORDERING), response)

    assert (result.status, result.detail["error"]) == ("incorrect", "malformed_response")


def test_items_with_the_same_text_are_interchangeable() -> None:
    data = {"items": [{"id": "a", "text": "la"}, {"id": "b", "text": "casa"},
                      {"id": "c", "text": "la"}], "unit": "word"}  # fmt: skip

    result = grade(_question("ordering", data), {"order": ["c", "b", "a"]})

    assert result.status == "correct"


@pytest.mark.parametrize("pk", range(1, 40))
def test_public_ordering_is_shuffled_never_in_the_right_order_and_stable(pk: int) -> None:
    question = _question("ordering", ORDERING, pk=pk)

    public = question_public_data(question)

    ids = [item["id"] for item in public["items"]]
    assert sorted(ids) == ["i1", "i2", "i3"]
    assert ids != ["i1", "i2", "i3"]
    assert public["unit"] == "word"
    assert question_public_data(question) == public


@pytest.mark.parametrize("pk", range(1, 40))
def test_untouched_ordering_earns_nothing_when_the_shuffle_could_leave_items_in_place(
    pk: int,
) -> None:
    data = {"items": [{"id": f"i{n}", "text": word} for n, word in
                      enumerate(["Me", "llamo", "Carmen", "y", "soy", "de", "Sevilla"])],
            "unit": "word"}  # fmt: skip
    question = _question("ordering", data, pk=pk)
    shown = [item["id"] for item in question_public_data(question)["items"]]

    result = grade(question, {"order": shown})

    assert result.credit == 0.0


def test_public_ordering_with_a_seed_is_never_in_order_either() -> None:
    data = {"items": [{"id": "a", "text": "uno"}, {"id": "b", "text": "dos"}], "unit": "word"}
    orders = {
        tuple(i["id"] for i in question_public_data(_question("ordering", data), shuffle_seed=s)["items"])
        for s in range(30)
    }  # fmt: skip

    assert orders == {("b", "a")}


# --- gap fill -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gaps", "status", "credit", "statuses"),
    [
        pytest.param({"g1": "hablo", "g2": "leo"}, "correct", 1.0,
                     {"g1": "correct", "g2": "correct"}, id="both-any-accepted"),
        pytest.param({"g1": " HABLO ", "g2": "como"}, "partial", 0.5,
                     {"g1": "correct", "g2": "incorrect"}, id="case-and-space-ignored"),
        pytest.param({"g1": "hablo"}, "partial", 0.5, {"g1": "correct", "g2": "incorrect"},
                     id="gap-left-out"),
        pytest.param({"g1": None, "g2": ""}, "incorrect", 0.0,
                     {"g1": "incorrect", "g2": "incorrect"}, id="blank"),
    ],
)  # fmt: skip
def test_gap_fill_credit_is_the_share_of_gaps_right(
    gaps: dict[str, Any], status: str, credit: float, statuses: dict[str, str]
) -> None:
    result = grade(_question("gap_fill", GAP_FILL), {"gaps": gaps})

    assert (result.status, result.credit, result.detail) == (status, credit, {"gaps": statuses})
    assert result.expected == "Yo hablo español y entiendo francés."


@pytest.mark.parametrize(
    ("accents", "credit", "status"),
    [
        pytest.param("strict", 0.0, "incorrect", id="strict"),
        pytest.param("accept", 1.0, "correct", id="accept"),
        pytest.param("partial", 0.5, "partial", id="partial"),
    ],
)
def test_gap_fill_accents_follow_the_short_answer_rules(
    accents: str, credit: float, status: str
) -> None:
    data = {"text": "Él [[g1]].", "gaps": [{"id": "g1", "answers": ["comió"]}],
            "mode": "type", "accents": accents, "accent_credit": 0.5}  # fmt: skip

    result = grade(_question("gap_fill", data), {"gaps": {"g1": "comio"}})

    assert (result.credit, result.detail["gaps"]["g1"]) == (credit, status)


@pytest.mark.parametrize(
    "response",
    [
        pytest.param({"gaps": {"g9": "x"}}, id="unknown-gap"),
        pytest.param({"gaps": {"g1": 3}}, id="number"),
        pytest.param({"gaps": ["hablo"]}, id="list"),
    ],
)
def test_malformed_gap_fill_response_grades_incorrect(response: object) -> None:
    assert grade(_question("gap_fill", GAP_FILL), response).detail["error"] == "malformed_response"


def test_public_gap_fill_has_segments_and_no_answers() -> None:
    public = question_public_data(_question("gap_fill", GAP_FILL))

    assert public["segments"] == [
        {"type": "text", "text": "Yo "},
        {"type": "gap", "id": "g1"},
        {"type": "text", "text": " español y "},
        {"type": "gap", "id": "g2"},
        {"type": "text", "text": " francés."},
    ]
    assert (public["mode"], public["word_bank"]) == ("type", [])
    assert "hablo" not in str(public)


def test_public_drag_gap_fill_has_a_shuffled_word_bank_with_distractors() -> None:
    data = _with(GAP_FILL, mode="drag", distractors=["como", "vivo"])

    public = question_public_data(_question("gap_fill", data))

    assert sorted(public["word_bank"]) == ["como", "entiendo", "hablo", "vivo"]
    assert "leo" not in public["word_bank"]


# --- dictation ----------------------------------------------------------------------------


def _words(result: Any) -> list[tuple[str | None, str | None, str]]:
    return [(w["expected"], w["given"], w["status"]) for w in result.detail["words"]]


def test_dictation_right_text_is_correct_ignoring_punctuation_case_and_accents() -> None:
    result = grade(_question("dictation", DICTATION), {"text": "el nino come una manzana"})

    assert (result.status, result.credit) == ("correct", 1.0)
    assert _words(result)[1] == ("niño", "nino", "correct")
    assert result.expected == "El niño come una manzana."


def test_dictation_shows_wrong_missing_and_extra_words() -> None:
    result = grade(_question("dictation", DICTATION), {"text": "El niño bebe manzana roja"})

    assert _words(result) == [
        ("El", "El", "correct"),
        ("niño", "niño", "correct"),
        ("come", "bebe", "wrong"),
        ("una", None, "missing"),
        ("manzana", "manzana", "correct"),
        (None, "roja", "extra"),
    ]
    # Three right out of five expected words plus one extra.
    assert (result.status, result.credit) == ("partial", 0.5)


def test_dictation_strict_accents_and_case_count_when_asked() -> None:
    data = _with(DICTATION, accents="strict", case_sensitive=True)

    result = grade(_question("dictation", data), {"text": "el nino come una manzana."})

    assert [w[2] for w in _words(result)] == ["wrong", "wrong", "correct", "correct", "correct"]


def test_dictation_punctuation_counts_when_not_ignored() -> None:
    data = _with(DICTATION, ignore_punctuation=False)

    result = grade(_question("dictation", data), {"text": "El niño come una manzana"})

    assert _words(result)[-1] == ("manzana.", "manzana", "wrong")


def test_typing_every_word_twice_does_not_score_full_marks() -> None:
    text = "El El niño niño come come una una manzana manzana"

    result = grade(_question("dictation", DICTATION), {"text": text})

    assert result.credit == 0.5


def test_a_huge_dictation_answer_is_graded_quickly_as_extra_words() -> None:
    result = grade(_question("dictation", DICTATION), {"text": "palabra " * 100_000})

    assert result.status == "incorrect"
    assert len(result.detail["words"]) == 100_000


def test_public_dictation_has_word_count_and_media_but_not_the_text(
    db: None, teacher: User
) -> None:
    bank = QuestionBank.objects.create(owner=teacher, name="Bank")
    question = make_question(bank=bank, type=QuestionType.DICTATION)

    public = question_public_data(question)

    assert public["word_count"] == 5
    assert "manzana" not in str(public)
    media = public["media"]
    assert (media["id"], media["kind"], media["status"]) == (question.media_id, "audio", "ready")
    assert [source["label"] for source in media["sources"]] == ["AAC"]
    assert media["sources"][0]["url"].startswith("/api/v1/media/")


# --- listening choice ---------------------------------------------------------------------


def test_listening_choice_grades_as_single_choice_and_shows_options_and_media(
    db: None, teacher: User
) -> None:
    bank = QuestionBank.objects.create(owner=teacher, name="Bank")
    question = make_question(bank=bank, type=QuestionType.LISTENING_CHOICE)

    right = grade(question, {"choice": "a1"})
    wrong = grade(question, {"choice": "a2"})
    public = question_public_data(question)

    assert (right.status, wrong.status, right.expected) == ("correct", "incorrect", "En la playa")
    assert "¡Sí!" in right.feedback_html
    assert [option["id"] for option in public["options"]] == ["a1", "a2"]
    assert "fraction" not in str(public)
    assert public["media"]["id"] == question.media_id


def test_listening_question_whose_audio_was_deleted_shows_no_media(db: None, teacher: User) -> None:
    bank = QuestionBank.objects.create(owner=teacher, name="Bank")
    asset = make_audio(owner=teacher)
    question = make_question(bank=bank, type=QuestionType.LISTENING_CHOICE, media=asset)

    asset.delete()
    question.refresh_from_db()

    assert question_public_data(question)["media"] is None
