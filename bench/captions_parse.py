"""Caption figures: parse time and peak memory for a long WebVTT file and a long SubRip file
in a legacy code page (the encoding guess included), and the size of the learner payload.

Run: .venv/bin/python bench/captions_parse.py [--cues 20000]
Prints figures; it asserts nothing (targets live in docs, not in timed unit tests).
"""

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from glossa.captions.parsing import captions_read
from glossa.captions.timing import format_timestamp


def webvtt(cues: int) -> bytes:
    blocks = ["WEBVTT"]
    for n in range(cues):
        timing = f"{format_timestamp(n * 2000)} --> {format_timestamp(n * 2000 + 1800)}"
        blocks.append(f"{n}\n{timing} align:start\n<v Ana>Frase número {n}, <i>¿qué tal?</i></v>")
    return ("\n\n".join(blocks) + "\n").encode()


def subrip(cues: int) -> bytes:
    blocks = []
    for n in range(cues):
        start = format_timestamp(n * 2000).replace(".", ",")
        end = format_timestamp(n * 2000 + 1800).replace(".", ",")
        blocks.append(f"{n + 1}\r\n{start} --> {end}\r\n<i>Привет</i>, это реплика {n}.\r\n")
    return "\r\n".join(blocks).encode("cp1251")


def measure(label: str, source: bytes) -> None:
    started = time.perf_counter()
    result = captions_read(source)
    elapsed = time.perf_counter() - started
    # Memory is measured in a second run: tracing allocations slows the parser several times.
    tracemalloc.start()
    captions_read(source)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{label}: {len(source) / 1e6:.1f} MB, {len(result.cues)} cues, {result.encoding}, "
        f"{elapsed:.2f} s, {len(result.cues) / elapsed:,.0f} cues/s, peak {peak / 1e6:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cues", type=int, default=20000)
    cues = parser.parse_args().cues
    measure("WebVTT, UTF-8", webvtt(cues))
    measure("SubRip, windows-1251", subrip(cues))


if __name__ == "__main__":
    main()
