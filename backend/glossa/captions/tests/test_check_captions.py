"""``python -m glossa check_captions PATH [--json]``: the contract other tools rely on."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

BACKEND = Path(__file__).resolve().parents[3]


def check(path: Path, *args: str) -> tuple[str, bool]:
    """The command's output and whether it refused the file (exit status 1)."""
    out = StringIO()
    try:
        call_command("check_captions", str(path), *args, stdout=out)
    except CommandError:
        return out.getvalue(), True
    return out.getvalue(), False


def check_json(path: Path, *args: str) -> tuple[dict[str, Any], bool]:
    output, refused = check(path, "--json", *args)
    return json.loads(output), refused


def test_json_has_exactly_the_contract_keys(corpus_dir: Path) -> None:
    body, refused = check_json(corpus_dir / "webvtt" / "webvttpy_captions_with_bom.vtt")

    assert refused is False
    assert body == {"format": "webvtt", "encoding": "utf-8-sig", "cues": 4, "errors": []}


def test_srt_is_reported_as_srt_with_its_encoding(corpus_dir: Path) -> None:
    body, refused = check_json(corpus_dir / "srt" / "pysrt_bom-utf-16-le.srt")

    assert refused is False
    assert body == {"format": "srt", "encoding": "utf-16", "cues": 7, "errors": []}


def test_refused_file_exits_1_with_the_line(corpus_dir: Path) -> None:
    body, refused = check_json(corpus_dir / "webvtt" / "nodewebvtt_malformed.vtt")

    assert refused is True
    assert body["cues"] == 0
    assert [error["line"] for error in body["errors"]] == [4, 8]
    assert all(isinstance(error["message"], str) and error["message"] for error in body["errors"])


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        pytest.param(b"", "empty.vtt", {"format": "webvtt", "encoding": "utf-8", "cues": 0,
                     "errors": [{"line": 0, "message": "The file is empty."}]}, id="empty"),
        pytest.param(bytes(range(256)) * 4, "noise.srt", {"format": "srt", "encoding": None,
                     "cues": 0, "errors": [{"line": 0, "message": "The file is not text in an "
                     "encoding Glossa can read. Save it as UTF-8 and try again."}]}, id="binary"),
    ],
)  # fmt: skip
def test_unreadable_files_are_refused(
    tmp_path: Path, content: bytes, name: str, expected: dict[str, Any]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    body, refused = check_json(path)

    assert (body, refused) == (expected, True)


def test_garbage_is_refused_at_line_1(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list:\nmilk\nbread\n", encoding="utf-8")

    body, refused = check_json(path)

    assert refused is True
    assert (body["format"], body["cues"], body["errors"][0]["line"]) == ("webvtt", 0, 1)


def test_missing_file_is_refused_at_line_0(tmp_path: Path) -> None:
    body, refused = check_json(tmp_path / "nowhere.srt")

    assert refused is True
    assert body == {
        "format": "srt",
        "encoding": None,
        "cues": 0,
        "errors": [{"line": 0, "message": f"The file {tmp_path / 'nowhere.srt'} does not exist."}],
    }


def test_language_option_picks_the_code_page(tmp_path: Path) -> None:
    path = tmp_path / "pl.srt"
    path.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nŻółć i gęś.\n".encode("cp1250"))

    body, refused = check_json(path, "--language", "pl")

    assert (body["encoding"], body["cues"], refused) == ("cp1250", 1, False)


def test_human_output_names_format_count_and_errors(corpus_dir: Path) -> None:
    output, refused = check(corpus_dir / "webvtt" / "wpt_whitespace-chars.vtt")

    assert refused is False
    assert "Format: WebVTT" in output
    assert "Encoding: utf-8" in output
    assert "Cues: 3" in output
    assert "Line 16: This line has the arrow -->" in output
    assert "Accepted." in output


def test_command_line_exit_status_and_single_json_line(corpus_dir: Path) -> None:
    command = [sys.executable, "-m", "glossa", "check_captions", "--json"]
    good = subprocess.run(  # noqa: S603 - a fixed command line
        [*command, str(corpus_dir / "webvtt" / "wpt_timings-omitted-hours.vtt")],
        capture_output=True,
        text=True,
        cwd=BACKEND,
        check=False,
    )
    bad = subprocess.run(  # noqa: S603 - a fixed command line
        [*command, str(corpus_dir / "webvtt" / "nodewebvtt_malformed.vtt")],
        capture_output=True,
        text=True,
        cwd=BACKEND,
        check=False,
    )

    assert (good.returncode, json.loads(good.stdout)["cues"]) == (0, 3)
    assert good.stdout.count("\n") == 1
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["errors"][0]["line"] == 4


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param(
            "bom.vtt", b"\xef\xbb\xbfWEBVTT\n\n01:11.913 --> 01:13.346\nHola.\n",
            {"format": "webvtt", "encoding": "utf-8-sig", "cues": 1, "errors": []},
            id="bom and hourless timing",
        ),
        pytest.param(
            "notepad.srt", "1\r\n00:00:01,000 --> 00:00:02,000\r\nÉté\r\n".encode("utf-16-le"),
            {"format": "srt", "encoding": "utf-16-le", "cues": 1, "errors": []},
            id="utf-16 without bom",
        ),
        pytest.param(
            "ru.srt", "1\n00:00:01,000 --> 00:00:02,000\nДобрый вечер, друзья!\n".encode("cp1251"),
            {"format": "srt", "encoding": "cp1251", "cues": 1, "errors": []},
            id="cp1251",
        ),
    ],
)  # fmt: skip
def test_own_fixtures_are_accepted(
    tmp_path: Path, name: str, content: bytes, expected: dict[str, Any]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    assert check_json(path) == (expected, False)
