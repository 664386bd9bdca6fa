"""The Aiken reader's own rules and errors (the corpus files are in test_corpus)."""

import pytest

from glossa.questions.aiken import looks_like_aiken, parse_aiken


def test_multi_line_question_text_and_html_kept_as_plain_text() -> None:
    result = parse_aiken("Line one\n<b>line</b> two\nA) x\nB. y\nANSWER: B")

    (question,) = result.questions
    assert (question.text, question.text_format) == ("Line one\n<b>line</b> two", "plain")
    assert [(a["text"], a["fraction"]) for a in question.data["answers"]] == [
        ("x", 0.0),
        ("y", 1.0),
    ]


@pytest.mark.parametrize(
    ("source", "lines", "fragment"),
    [
        pytest.param("Q?\nA) x\nB) y\nANSWER: E\n", [4], "not one of the options", id="bad-letter"),
        pytest.param("Q?\nA) x\nANSWER: A\n", [1], "at least two options", id="one-option"),
        pytest.param("Q?\nA) x\nB) y\n\nNext?\nA) a\nB) b\nANSWER: A", [1], "no ANSWER",
                     id="missing-answer"),
        pytest.param("A) x\nB) y\nANSWER: A\n", [1], "no question", id="no-question"),
        pytest.param("Q?\nA) x\nB) y\n", [1], "no ANSWER", id="end-of-file"),
        pytest.param("Q?\nA) x\nA) y\nANSWER: A\n", [1], "same letter", id="duplicate-letter"),
    ],
)  # fmt: skip
def test_invalid_aiken_question_is_refused_with_its_line(
    source: str, lines: list[int], fragment: str
) -> None:
    result = parse_aiken(source)

    assert [error.line for error in result.errors] == lines
    assert fragment in result.errors[0].message


def test_valid_question_after_an_invalid_one_is_still_read() -> None:
    result = parse_aiken("Q1?\nA) x\nB) y\nANSWER: Z\n\nQ2?\nA) x\nB) y\nANSWER: A\n")

    assert [q.text for q in result.questions] == ["Q2?"]
    assert [e.line for e in result.errors] == [4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Q?\nA) x\nB) y\nANSWER: A", True, id="aiken"),
        pytest.param("Q?{=a ~b}\n", False, id="gift"),
        pytest.param("Q?\nA) x\nB) y\nANSWER: A\n\nG{T}", False, id="gift-block-wins"),
    ],
)
def test_format_is_detected(text: str, expected: bool) -> None:
    assert looks_like_aiken(text) is expected
