"""Align a typed dictation with the text it should be, word by word.

The alignment is an edit distance over words (as ``diff`` and speech recognisers' word error
rate use): the cheapest substitutions, deletions and insertions that turn the typed words into
the expected ones. Each expected word ends up ``correct``,
``wrong`` (another word typed in its place) or ``missing``; each typed word with no place is
``extra``.
"""

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

WordStatus = Literal["correct", "wrong", "missing", "extra"]

# Costs of the edits: a wrong word costs more than a missing or an extra one, but less than
# both, so a typo stays one wrong word while a skipped word does not shift every later word
# into "wrong" (the alignment with the most correct words wins among the cheapest).
_GAP = 2
_SUBSTITUTE = 3

# Typed text past this many words beyond the expected ones is all extra: aligning costs
# expected × typed steps, and no honest answer to a dictation is that long.
EXTRA_WORDS_ALIGNED = 100


@dataclass(frozen=True)
class Word:
    """A word as shown (``text``) and as compared (``key``)."""

    text: str
    key: str


@dataclass(frozen=True)
class AlignedWord:
    expected: str | None
    given: str | None
    status: WordStatus

    def as_dict(self) -> dict[str, str | None]:
        return {"expected": self.expected, "given": self.given, "status": self.status}


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def strip_punctuation(token: str) -> str:
    """Drop punctuation inside and around a word: ``«Hola,»`` → ``Hola``, ``l'eau`` → ``leau``
    (the same on both sides, so an apostrophe typed or not never decides)."""
    return "".join(char for char in token if not _is_punctuation(char))


def _trim_punctuation(token: str) -> str:
    start, end = 0, len(token)
    while start < end and _is_punctuation(token[start]):
        start += 1
    while end > start and _is_punctuation(token[end - 1]):
        end -= 1
    return token[start:end]


def words(text: str, *, ignore_punctuation: bool, key: Callable[[str], str]) -> list[Word]:
    """Split ``text`` at whitespace into words compared by ``key``; with
    ``ignore_punctuation`` a token of punctuation alone (a dash, an ellipsis) is no word and a
    word is shown without the punctuation around it."""
    result: list[Word] = []
    for token in text.split():
        if not ignore_punctuation:
            result.append(Word(token, key(token)))
        elif compared := strip_punctuation(token):
            result.append(Word(_trim_punctuation(token), key(compared)))
    return result


def align(expected: list[Word], given: list[Word]) -> list[AlignedWord]:
    """Return the alignment of ``given`` against ``expected``, in reading order."""
    limit = len(expected) + EXTRA_WORDS_ALIGNED
    tail = given[limit:]
    given = given[:limit]
    rows, columns = len(expected), len(given)
    # cost[i][j]: edits turning the first j typed words into the first i expected ones.
    cost = [[0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(rows + 1):
        cost[i][0] = i * _GAP
    for j in range(columns + 1):
        cost[0][j] = j * _GAP
    for i in range(1, rows + 1):
        for j in range(1, columns + 1):
            same = expected[i - 1].key == given[j - 1].key
            cost[i][j] = min(
                cost[i - 1][j - 1] + (0 if same else _SUBSTITUTE),
                cost[i - 1][j] + _GAP,
                cost[i][j - 1] + _GAP,
            )

    aligned: list[AlignedWord] = []
    i, j = rows, columns
    while i or j:
        # On a tie, a match first, then a missing word, then a wrong one: walking back from
        # the end, this puts a wrong word before a missing one in reading order.
        same = bool(i and j) and expected[i - 1].key == given[j - 1].key
        if same and cost[i][j] == cost[i - 1][j - 1]:
            aligned.append(AlignedWord(expected[i - 1].text, given[j - 1].text, "correct"))
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + _GAP:
            aligned.append(AlignedWord(expected[i - 1].text, None, "missing"))
            i -= 1
        elif i and j and cost[i][j] == cost[i - 1][j - 1] + _SUBSTITUTE:
            aligned.append(AlignedWord(expected[i - 1].text, given[j - 1].text, "wrong"))
            i, j = i - 1, j - 1
        else:
            aligned.append(AlignedWord(None, given[j - 1].text, "extra"))
            j -= 1
    aligned.reverse()
    return aligned + [AlignedWord(None, word.text, "extra") for word in tail]
