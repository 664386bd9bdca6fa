"""Every WebVTT and SubRip file of the shared corpus, read as an upload reads it.

Where the corpus has the web-platform-tests expectations (``*.expected.js``, testharness
asserts, and ``wptcue_entities.expected.json``, cue text trees), they are evaluated against the
parser cue by cue: they are the WebVTT specification's own reading of those files.
"""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from glossa.captions import cuetext, webvtt
from glossa.captions.parsing import CaptionFile, captions_read


def read(corpus_dir: Path, name: str, language: str | None = None) -> CaptionFile:
    path = corpus_dir / name
    return captions_read(path.read_bytes(), name=path.name, language=language)


# name, format, encoding, cues kept, lines of the errors, refused
CORPUS = [
    ("webvtt/caitp_arabic-id.vtt", "webvtt", "utf-8-sig", 1, [], False),
    ("webvtt/caitp_basic-lang.vtt", "webvtt", "utf-8", 1, [], False),
    ("webvtt/caitp_japanese-id.vtt", "webvtt", "utf-8-sig", 1, [], False),
    ("webvtt/caitp_multiline-cue-text-crlf.vtt", "webvtt", "utf-8", 1, [], False),
    ("webvtt/caitp_multiple-languages-id.vtt", "webvtt", "utf-8", 1, [], False),
    ("webvtt/caitp_v-tag-internal-text.vtt", "webvtt", "utf-8", 1, [], False),
    ("webvtt/caitp_v-tag-multi-subclass.vtt", "webvtt", "utf-8", 1, [], False),
    ("webvtt/webvttpy_captions_with_bom.vtt", "webvtt", "utf-8-sig", 4, [], False),
    ("webvtt/webvttpy_comments.vtt", "webvtt", "utf-8", 3, [], False),
    ("webvtt/webvttpy_cue_tags.vtt", "webvtt", "utf-8", 3, [], False),
    ("webvtt/webvttpy_styles.vtt", "webvtt", "utf-8", 1, [], False),
    ("webvtt/webvttpy_using_identifiers.vtt", "webvtt", "utf-8", 6, [], False),
    ("webvtt/webvttpy_youtube_dl.vtt", "webvtt", "utf-8", 4, [], False),
    ("webvtt/wpt_arrows.vtt", "webvtt", "utf-8", 6, [3, 6, 9, 12, 15, 21, 23, 25, 27], False),
    ("webvtt/wpt_header-garbage.vtt", "webvtt", "utf-8", 1, [], False),
    ("webvtt/wpt_ids.vtt", "webvtt", "utf-8", 5, [], False),
    ("webvtt/wpt_settings-multiple.vtt", "webvtt", "utf-8", 2, [], False),
    ("webvtt/wpt_signature-no-newline.vtt", "webvtt", "utf-8", 0, [], False),
    ("webvtt/wpt_stylesheets.vtt", "webvtt", "utf-8", 2, [14, 22], False),
    ("webvtt/wpt_timings-omitted-hours.vtt", "webvtt", "utf-8", 3, [], False),
    ("webvtt/wpt_whitespace-chars.vtt", "webvtt", "utf-8", 3, [16], False),
    ("webvtt/wptcue_entities.vtt", "webvtt", "utf-8", 25, [], False),
    ("webvtt/nodewebvtt_malformed.vtt", "webvtt", "utf-8", 0, [4, 8], True),
    ("srt/astisub_example-in-html-entities.srt", "srt", "utf-8-sig", 3, [], False),
    ("srt/astisub_example-in-styled.srt", "srt", "utf-8", 10, [], False),
    ("srt/cerl_chinese_multiline.srt", "srt", "utf-8-sig", 23, [], False),
    ("srt/cerl_japanese_dialogue.srt", "srt", "utf-8", 30, [], False),
    ("srt/pysrt_bom-utf-16-le.srt", "srt", "utf-16", 7, [], False),
    ("srt/pysrt_capability_tester.srt", "srt", "utf-8-sig", 35, [2, 15], False),
    ("srt/pysrt_no-indexes.srt", "srt", "utf-8-sig", 7, [], False),
    ("srt/substudy_poem.es.srt", "srt", "utf-8", 2, [], False),
]


@pytest.mark.parametrize(
    ("name", "fmt", "encoding", "cues", "error_lines", "refused"),
    CORPUS,
    ids=[row[0] for row in CORPUS],
)
def test_corpus_file_is_read_with_its_cues_and_errors(
    corpus_dir: Path,
    name: str,
    fmt: str,
    encoding: str,
    cues: int,
    error_lines: list[int],
    refused: bool,
) -> None:
    result = read(corpus_dir, name)

    assert (result.format, result.encoding, len(result.cues)) == (fmt, encoding, cues)
    assert [error.line for error in result.errors] == error_lines
    assert result.refused is refused


def test_every_caption_file_of_the_corpus_is_in_the_table(corpus_dir: Path) -> None:
    files = {
        f"{path.parent.name}/{path.name}"
        for path in [*corpus_dir.glob("webvtt/*.vtt"), *corpus_dir.glob("srt/*.srt")]
    }
    assert files - {row[0] for row in CORPUS} == {"webvtt/caitp_hebrew-id-nobom.vtt"}


def test_hebrew_file_without_bom_is_read_in_its_code_page_when_the_language_is_known(
    corpus_dir: Path,
) -> None:
    result = read(corpus_dir, "webvtt/caitp_hebrew-id-nobom.vtt", language="he")

    assert result.encoding == "cp1255"
    assert result.cues[0].identifier.startswith("אנחנו לא הולכים")
    assert result.cues[0].text == "Payload"


# --- the web-platform-tests expectations -------------------------------------------------

_ASSERT = re.compile(
    r"assert_equals\((?P<target>[\w.\[\]]+),\s*(?P<value>.+?)(?:,\s*'Failed.*)?\);"
)
_VALUE = re.compile(
    r"""^('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)(?:\s*\+\s*(\w+))?$"""
)


def _expectations(script: str) -> tuple[int, list[tuple[int | None, str, Any]]]:
    """Evaluate the few testharness shapes the expectation files use: ``cues.length``, asserts
    on ``cues[N].x`` or ``cue.x`` (after ``var cue = cues[N]``), and loops over every cue
    (``for (var i ...)`` and ``forEach(function(cue, index)``), where ``'text' + i`` is the
    index appended. Returns the cue count and (cue index or None for each, property, value)."""
    count = -1
    checks: list[tuple[int | None, str, Any]] = []
    cue_index: int | None = None
    for line in script.splitlines():
        line = line.strip()
        if chosen := re.match(r"var cue = cues\[(\d+)\];", line):
            cue_index = int(chosen.group(1))
        elif line.startswith(("for (", "Array.from(cues).forEach")):
            cue_index = None
        elif match := _ASSERT.match(line):
            target, value = match.group("target"), match.group("value")
            if target == "cues.length":
                count = int(value)
                continue
            literal = _VALUE.match(value)
            assert literal is not None, line
            parsed = json.loads(literal.group(1).replace("'", '"'))
            if literal.group(2):
                parsed = ("append index", parsed)
            if indexed := re.match(r"cues\[(\d+)\]\.(\w+)", target):
                checks.append((int(indexed.group(1)), indexed.group(2), parsed))
            else:
                checks.append((cue_index, target.split(".")[-1], parsed))
    return count, checks


def _property(cue: webvtt.Cue, name: str) -> Any:
    settings = cue.settings
    values = {
        "id": cue.identifier,
        "text": cue.text,
        "startTime": cue.start / 1000,
        "endTime": cue.end / 1000,
        "align": settings.align,
        "line": "auto" if settings.line is None else settings.line,
        "snapToLines": settings.snap_to_lines,
        "vertical": settings.vertical,
        "size": settings.size,
        "position": "auto" if settings.position is None else settings.position,
    }
    return values[name]


WPT_FILES = [
    "wpt_arrows",
    "wpt_header-garbage",
    "wpt_ids",
    "wpt_settings-multiple",
    "wpt_signature-no-newline",
    "wpt_stylesheets",
    "wpt_timings-omitted-hours",
    "wpt_whitespace-chars",
]


@pytest.mark.parametrize("name", WPT_FILES)
def test_cues_are_those_the_specification_tests_expect(corpus_dir: Path, name: str) -> None:
    source = (corpus_dir / "webvtt" / f"{name}.vtt").read_text(encoding="utf-8")
    count, checks = _expectations(
        (corpus_dir / "webvtt" / f"{name}.expected.js").read_text(encoding="utf-8")
    )

    cues = webvtt.parse(source).cues

    if count >= 0:
        assert len(cues) == count
    for index, name_, expected in checks:
        for position in range(len(cues)) if index is None else [index]:
            value = expected
            if isinstance(expected, tuple):
                value = f"{expected[1]}{position}"
            assert _property(cues[position], name_) == value, (position, name_)
    # An upload keeps the same cues (none of these has a cue without text).
    assert len(read(corpus_dir, f"webvtt/{name}.vtt").cues) == len(cues)


def test_cue_text_trees_are_those_the_specification_tests_expect(corpus_dir: Path) -> None:
    source = (corpus_dir / "webvtt" / "wptcue_entities.vtt").read_text(encoding="utf-8")
    expected = json.loads(
        (corpus_dir / "webvtt" / "wptcue_entities.expected.json").read_text(encoding="utf-8")
    )

    cues = webvtt.parse(source).cues

    assert len(cues) == len(expected)
    for cue, case in zip(cues, expected, strict=True):
        assert cue.text == case["text"].removesuffix("\n")
        assert cuetext.dump(cuetext.parse(cue.text)) == case["expectedTree"], cue.text


# --- what the corpus files hold, in detail -------------------------------------------------


def test_byte_order_mark_and_hourless_timings_are_valid(corpus_dir: Path) -> None:
    result = read(corpus_dir, "webvtt/caitp_arabic-id.vtt")

    cue = result.cues[0]
    assert (cue.start, cue.end, cue.text) == (11_000, 13_000, "Payload")
    assert cue.identifier.startswith("المشروع الرئيس")


def test_youtube_cue_without_blank_line_ends_at_the_next_timing_line(corpus_dir: Path) -> None:
    result = read(corpus_dir, "webvtt/webvttpy_youtube_dl.vtt")

    assert [(cue.start, cue.end) for cue in result.cues][1:3] == [
        (286_470, 304_080),
        (304_080, 305_069),
    ]
    assert result.cues[1].text == "yeah\n<c.colorCCCCCC>what</c>"
    assert result.cues[0].settings == "align:start position:0%"


def test_karaoke_timestamps_and_class_spans_are_kept(corpus_dir: Path) -> None:
    result = read(corpus_dir, "webvtt/webvttpy_cue_tags.vtt")

    assert result.cues[0].text == "When the moon <00:00:17.500>hits your eye"
    assert result.cues[2].text == "That's <00:00:21.000><c.colorE5E5E5>amore</c>"


def test_comments_and_styles_are_not_cues(corpus_dir: Path) -> None:
    comments = read(corpus_dir, "webvtt/webvttpy_comments.vtt")
    styles = read(corpus_dir, "webvtt/webvttpy_styles.vtt")

    assert [cue.identifier for cue in comments.cues] == ["1", "2", "3"]
    assert comments.cues[0].text == "- Ta en kopp varmt te.\n- Det är inte varmt."
    assert [cue.text for cue in styles.cues] == ["- Hello <b>world</b>."]


def test_voice_spans_keep_the_speaker(corpus_dir: Path) -> None:
    named = read(corpus_dir, "webvtt/caitp_v-tag-internal-text.vtt")
    classed = read(corpus_dir, "webvtt/caitp_v-tag-multi-subclass.vtt")

    assert named.cues[0].text == "<v Roger Bingham>We are in New York City</v>"
    assert classed.cues[0].text == "Hey <v.class.subclass>this</v> is a test!"


def test_srt_markup_becomes_webvtt_and_unknown_tags_keep_their_text(corpus_dir: Path) -> None:
    result = read(corpus_dir, "srt/pysrt_capability_tester.srt")
    texts = {cue.line: cue.text for cue in result.cues}

    assert texts[6].splitlines()[1:3] == [
        (
            "<b><i>Use VLC 1.1 or higher as reference for most things and MPC Home Cinema for "
            "others</i></b>"
        ),
        "This text should be blue",
    ]
    assert "2&lt;3,5&gt;1,4&lt;6" in texts[52]
    assert texts[43].splitlines()[2] == (
        "hide invalid html tags that are closed and show the text in them"
    )


def test_srt_position_codes_become_cue_settings(corpus_dir: Path) -> None:
    result = read(corpus_dir, "srt/pysrt_capability_tester.srt")
    settings = {cue.line: (cue.settings, cue.text.splitlines()[0]) for cue in result.cues}

    assert settings[74] == ("line:50%", "This text should be at the")
    assert settings[84][0] == "line:0 align:left"
    assert settings[110][0] == "align:right"


def test_srt_entities_and_periods_in_timings(corpus_dir: Path) -> None:
    entities = read(corpus_dir, "srt/astisub_example-in-html-entities.srt")
    poem = read(corpus_dir, "srt/substudy_poem.es.srt")

    assert entities.cues[0].text == (
        "The man in black fled across the desert, \u00a0\n&amp; the gunslinger followed."
    )
    assert entities.cues[2].text == "there are other &lt; worlds than these."
    assert [(cue.start, cue.end) for cue in poem.cues] == [(0, 3840), (4247, 8580)]


def test_utf16_srt_and_srt_without_numbers(corpus_dir: Path) -> None:
    utf16 = read(corpus_dir, "srt/pysrt_bom-utf-16-le.srt")
    unnumbered = read(corpus_dir, "srt/pysrt_no-indexes.srt")

    assert [cue.text for cue in utf16.cues] == [cue.text for cue in unnumbered.cues]
    assert unnumbered.cues[0].start == 6500
    assert unnumbered.cues[0].text.startswith("About 2 months ago")
