"""Fixture conventions shared by the precision tests.

tests/fixtures/<CODE>/flag_*.py  code the rule must flag; each expected finding's first line
                                 carries a trailing `# expect: <CODE>` marker (several codes
                                 may be listed: `# expect: AGL001, AGL013`).
tests/fixtures/<CODE>/ok_*.py    correct look-alike code the rule must not flag.

Every fixture is linted with all rules enabled. A finding on a line without its marker is a
false positive, a marker without a finding is a false negative, whatever directory the file
is in: so a look-alike of one rule also guards every other rule's precision.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from autograd_lint.config import Config
from autograd_lint.engine import lint_file

FIXTURES = Path(__file__).parent / "fixtures"
MARKER = re.compile(r"#\s*expect:\s*(?P<codes>AGL\d{3}(?:\s*,\s*AGL\d{3})*)")


def expected_markers(path: Path) -> set[tuple[int, str]]:
    expected = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = MARKER.search(line)
        if match:
            for code in re.split(r"\s*,\s*", match.group("codes")):
                expected.add((number, code))
    return expected


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def precision(self, code: str) -> float:
        found = self.tp[code] + self.fp[code]
        return self.tp[code] / found if found else 1.0

    def recall(self, code: str) -> float:
        wanted = self.tp[code] + self.fn[code]
        return self.tp[code] / wanted if wanted else 1.0


def score(files: list[Path], config: Config | None = None) -> Score:
    config = config or Config()
    result = Score()
    for path in files:
        file_result = lint_file(path, config)
        assert not file_result.errors, (path, file_result.errors)
        expected = expected_markers(path)
        got = {(f.line, f.code) for f in file_result.findings}
        for _line, code in got & expected:
            result.tp[code] += 1
        for line, code in got - expected:
            result.fp[code] += 1
            result.misses.append(f"false positive {code} at {path.name}:{line}")
        for line, code in expected - got:
            result.fn[code] += 1
            result.misses.append(f"false negative {code} at {path.name}:{line}")
    return result


def fixture_files(pattern: str = "*.py") -> list[Path]:
    return sorted(FIXTURES.glob(f"AGL*/{pattern}"))
