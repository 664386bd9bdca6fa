"""Files written for these tests: encodings, refusals, the spec's edge cases, sanitising."""

import codecs

import pytest

from glossa.captions import cuetext, webvtt
from glossa.captions.parsing import captions_read
from glossa.captions.timing import collect_timestamp, format_timestamp

RUSSIAN_SRT = (
    "1\r\n00:00:01,000 --> 00:00:04,000\r\nПривет! Как дела?\r\n\r\n"
    "2\r\n00:00:05,000 --> 00:00:07,500\r\nХорошо, спасибо. А у тебя?\r\n"
)
HOURLESS_VTT = "WEBVTT\n\n01:11.913 --> 01:13.346\nHola.\n\n01:13.346 --> 01:15.000\nAdiós.\n"


@pytest.mark.parametrize(
    ("source", "encoding"),
    [
        pytest.param(codecs.BOM_UTF8 + HOURLESS_VTT.encode(), "utf-8-sig", id="utf-8 with bom"),
        pytest.param(HOURLESS_VTT.encode(), "utf-8", id="utf-8"),
        pytest.param(HOURLESS_VTT.encode("utf-16"), "utf-16", id="utf-16 with bom"),
        pytest.param(HOURLESS_VTT.encode("utf-16-le"), "utf-16-le", id="utf-16-le no bom"),
        pytest.param(HOURLESS_VTT.encode("utf-16-be"), "utf-16-be", id="utf-16-be no bom"),
    ],
)
def test_unicode_encodings_give_the_same_cues(source: bytes, encoding: str) -> None:
    result = captions_read(source)

    assert result.encoding == encoding
    assert source.decode(encoding).removeprefix("\ufeff") == HOURLESS_VTT
    assert [(cue.start, cue.end, cue.text) for cue in result.cues] == [
        (71_913, 73_346, "Hola."),
        (73_346, 75_000, "Adiós."),
    ]
    assert result.errors == []


@pytest.mark.parametrize(
    ("text", "codec", "language", "expected"),
    [
        pytest.param(RUSSIAN_SRT, "cp1251", None, "cp1251", id="cp1251"),
        pytest.param(RUSSIAN_SRT, "koi8_r", "ru", "koi8_r", id="koi8-r with language"),
        pytest.param(RUSSIAN_SRT * 300, "cp1251", None, "cp1251", id="long cp1251"),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:04,000\nJ'ai commencé à l'âge de 13 ans, très tôt.\n",
            "cp1252", None, "cp1252", id="cp1252",
        ),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:04,000\nLínea número uno.\n",
            "cp1252", None, "cp1252", id="letters the same in cp1250 and cp1252",
        ),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:04,000\nDzień dobry, jak się masz? Żółć.\n",
            "cp1250", None, "cp1250", id="cp1250",
        ),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:04,000\nDzień dobry, jak się masz? Żółć.\n",
            "cp1250", "pl", "cp1250", id="cp1250 with language",
        ),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:04,000\nこんにちは、元気ですか？はい、元気です。\n",
            "shift_jis", None, "shift_jis", id="shift_jis",
        ),
        pytest.param(
            "1\n00:00:01,000 --> 00:00:04,000\n你好，你今天怎么样？我很好，谢谢你。\n",
            "gb18030", None, "gb18030", id="gb18030",
        ),
    ],
)  # fmt: skip
def test_legacy_code_pages_are_detected(
    text: str, codec: str, language: str | None, expected: str
) -> None:
    result = captions_read(text.encode(codec), name="old.srt", language=language)

    assert (result.format, result.encoding) == ("srt", expected)
    assert result.cues[0].text == text.replace("\r", "").split("\n")[2]


@pytest.mark.parametrize(
    ("source", "name", "fmt", "encoding", "line", "message"),
    [
        pytest.param(b"", "a.vtt", "webvtt", "utf-8", 0, "The file is empty.", id="empty"),
        pytest.param(b"\n \n", "a.srt", "srt", "utf-8", 0, "The file is empty.", id="blank"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a.vtt", "webvtt", None, 0,
            "The file is not text in an encoding Glossa can read.", id="binary",
        ),
        pytest.param(
            b"Hello, this is my homework.\nIt has no captions.\n", "a.vtt", "webvtt", "utf-8", 1,
            "This is neither a WebVTT file", id="garbage text",
        ),
        pytest.param(
            b"WEBVTTX\n\n00:01.000 --> 00:02.000\nHi\n", "a.vtt", "webvtt", "utf-8", 1,
            "The first line must be WEBVTT alone", id="bad signature",
        ),
        pytest.param(
            b"WEBVTT\n\n00:01.000 --> 00:0x.000\nHi\n", "a.vtt", "webvtt", "utf-8", 3,
            "The end time after the arrow --> is not a valid time", id="only a bad cue",
        ),
        pytest.param(
            b"1\n00:00:05,000 --> 00:00:01,000\nBackwards\n", "a.srt", "srt", "utf-8", 2,
            "The cue ends (00:00:01.000) no later than it starts (00:00:05.000)", id="backwards",
        ),
    ],
)  # fmt: skip
def test_refused_files_say_why_and_where(
    source: bytes, name: str, fmt: str, encoding: str | None, line: int, message: str
) -> None:
    result = captions_read(source, name=name)

    assert result.refused is True
    assert (result.format, result.encoding, result.cues) == (fmt, encoding, [])
    assert [error.line for error in result.errors] == [line]
    assert result.errors[0].message.startswith(message)


def test_an_accepted_file_lists_what_it_left_out() -> None:
    source = (
        b"WEBVTT\n\nNOTE a comment is fine\n\n00:01.000 --> 00:02.000\nkept\n\n"
        b"stray words\n\n00:03.000 --> 00:02.000\nbackwards\n\n00:04.000 --> 00:05.000\n\n"
    )

    result = captions_read(source)

    assert result.refused is False
    assert [cue.text for cue in result.cues] == ["kept"]
    assert [error.line for error in result.errors] == [8, 10, 13]


def test_null_characters_in_a_webvtt_file_become_replacement_characters() -> None:
    result = captions_read(b"WEBVTT\n\n00:01.000 --> 00:02.000\na\x00b\n")

    assert result.cues[0].text == "a\ufffdb"


def test_cr_only_line_endings_are_lines() -> None:
    result = captions_read(b"WEBVTT\r\r00:01.000 --> 00:02.000\rone\rtwo\r\r")

    assert result.cues[0].text == "one\ntwo"


def test_style_and_region_blocks_before_cues_are_not_errors() -> None:
    source = (
        b"WEBVTT\n\nREGION\nid:fred width:40%\n\nSTYLE\n::cue { color: red }\n\n"
        b"00:01.000 --> 00:02.000 region:fred\nHi\n"
    )

    result = captions_read(source)

    assert (len(result.cues), result.errors) == (1, [])
    assert result.cues[0].settings == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "alert(1)"),
        ('<img src=x onerror="alert(1)">hi', "hi"),
        ("<i>kept</i> <b.loud>bold</b>", "<i>kept</i> <b.loud>bold</b>"),
        ("<v Mary & Jo>Hi</v>", "<v Mary &amp; Jo>Hi</v>"),
        ("<u>open", "<u>open</u>"),
        ("<ruby>漢<rt>kan</rt></ruby>", "<ruby>漢<rt>kan</rt></ruby>"),
        ("a &lt;b&gt; &amp; c", "a &lt;b&gt; &amp; c"),
        ("&#60;script&#62;", "&lt;script&gt;"),
        ('<c.x">y</c>', '<c.x">y</c>'),
        ("<lang en-GB>colour</lang>", "<lang en-GB>colour</lang>"),
        ("<00:00:01.500>later", "<00:00:01.500>later"),
        ("<00:01>bad timestamp", "bad timestamp"),
    ],
)
def test_cue_text_keeps_webvtt_spans_and_never_html(text: str, expected: str) -> None:
    assert cuetext.sanitize(text) == expected


def test_plain_text_drops_markup_and_decodes_references() -> None:
    tree = cuetext.parse("<v Roger>We &amp; <i>you</i></v>")

    assert cuetext.plain(tree) == "We & you"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00:00.000", 0),
        ("01:11.913", 71_913),
        ("1:02:03.004", 3_723_004),
        ("100:00:00.000", 360_000_000),
        ("60:00.000", None),  # 60 minutes must be written with hours
        ("00:60.000", None),
        ("00:00.00", None),
        ("00:00,000", None),
        ("0:00.000", None),
    ],
)
def test_timestamps_follow_the_specification(text: str, expected: int | None) -> None:
    collected = collect_timestamp(text, 0)

    assert (collected[0] if collected else None) == expected


def test_timestamps_are_written_with_hours() -> None:
    assert format_timestamp(3_723_004) == "01:02:03.004"


def test_invalid_cue_settings_are_ignored_one_by_one() -> None:
    settings = webvtt.parse_settings(
        "align:middle line:-1 line:abc position:101% size:50% vertical:xx :x y: position:10%,end"
    )

    assert (settings.align, settings.line, settings.size, settings.position) == (
        "center",
        -1.0,
        50.0,
        None,
    )
    assert settings.text() == "line:-1 size:50%"
