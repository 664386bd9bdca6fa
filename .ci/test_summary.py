"""Add up the JUnit XML reports of every test run and print one closing line.

``make test`` runs pytest (twice), Vitest and Playwright; each writes a JUnit report into
one folder. This prints ``N passed, N failed, N skipped`` over all of them, so the last line
of the run counts every test, whichever runner ran it.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def count(report: Path) -> tuple[int, int, int]:
    root = ET.parse(report).getroot()  # noqa: S314
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    tests = failed = skipped = 0
    for suite in suites:
        tests += int(suite.get("tests", 0))
        failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped += int(suite.get("skipped", 0))
    return tests - failed - skipped, failed, skipped


def main(folder: str) -> int:
    reports = sorted(Path(folder).glob("*.xml"))
    totals = [0, 0, 0]
    for report in reports:
        passed, failed, skipped = count(report)
        print(f"{report.stem}: {passed} passed, {failed} failed, {skipped} skipped")
        totals = [totals[0] + passed, totals[1] + failed, totals[2] + skipped]
    print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
    return 1 if totals[1] or not reports else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
