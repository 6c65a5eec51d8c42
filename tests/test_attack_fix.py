"""--fix safety on 500 generated programs with injected pitfalls (issue 8).

Each program is built from a seeded random mix of the fixable pitfalls of
tests/test_fix_rules.py (every rule with an autofix) and unrelated filler code (comments,
blank lines, functions, classes, non-ASCII strings, CRLF or tab-free odd spacing), at top
level or inside a function. For each: the fixed text parses, a second --fix changes
nothing, and every character the fixer changed lies inside the span of a fix edit the
linter offered on the original text.
"""

from __future__ import annotations

import ast
import random
import re

import pytest

from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.fix import _offset, fix_bytes, line_offsets
from tests.test_fix_rules import CASES

PROGRAMS = 500
BATCHES = 10
CONFIG = Config()
FILLER = [
    "# a comment with ünïcödé and a noqa-looking word: noqa-ish\n",
    "\n",
    "VALUE = {'a': [1, 2, 3], 'b': (4, 5)}\n",
    "def helper(a, b=2, *args, **kwargs):\n    return a + b\n",
    "class Thing:\n    attribute = 'x'\n\n    def method(self):\n        return self.attribute\n",
    "text = '''multi\nline \\u00e9 string'''\n",
    "total = sum(i * i for i in range(10))\n",
    "if __name__ == '__main__':\n    print('main')\n",
    "lambda_ = lambda x: x  # noqa\n",
    "data = [\n    1,\n    2,\n]\n",
    "async def fetch():\n    return await something()\n",
    "with open('f') as handle:\n    contents = handle.read()\n",
]
PITFALLS = [case.before for case in CASES]


def _indent(text: str) -> str:
    return "".join("    " + line if line.strip() else line
                   for line in text.splitlines(keepends=True))


def _program(seed: int) -> str:
    rng = random.Random(seed)
    parts = [rng.choice(FILLER) for _ in range(rng.randint(0, 4))]
    parts += [rng.choice(PITFALLS) for _ in range(rng.randint(1, 3))]
    rng.shuffle(parts)
    body = "".join(part if part.endswith("\n") else part + "\n" for part in parts)
    if rng.random() < 0.3:
        body = "import torch\n\n\ndef main():\n" + _indent(body) + "    return None\n"
    if rng.random() < 0.2:
        body = body.replace("\n", "\r\n")
    return body


def _edit_ranges(source: str) -> list[tuple[int, int]]:
    """Offsets [start, end] of every edit the linter offers on `source`."""
    offsets = line_offsets(source)
    ranges = []
    for finding in lint_source(source, "gen.py", CONFIG).findings:
        if finding.fix is None:
            continue
        for edit in finding.fix.edits:
            ranges.append((_offset(offsets, source, edit.line, edit.column),
                           _offset(offsets, source, edit.end_line, edit.end_column)))
    return ranges


def _unchanged_outside(original: str, fixed: str, ranges: list[tuple[int, int]]) -> bool:
    """Whether `fixed` is `original` with only the text inside `ranges` replaced: the
    pieces between the (merged) ranges must all be there, in order, untouched."""
    merged: list[list[int]] = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    pieces, position = [], 0
    for low, high in merged:
        pieces.append(original[position:low])
        position = high
    pieces.append(original[position:])
    pattern = "(?:.*?)".join(re.escape(piece) for piece in pieces)
    return re.fullmatch(pattern, fixed, re.DOTALL) is not None


@pytest.mark.parametrize("batch", range(BATCHES))
def test_fix_parses_is_idempotent_and_stays_inside_the_fix_spans(batch):
    applied = 0
    for seed in range(batch, PROGRAMS, BATCHES):
        source = _program(seed)
        # unsafe=True applies every fix, safe ones included: the widest attack surface
        outcome = fix_bytes(source.encode(), "gen.py", CONFIG, unsafe=True)
        fixed = outcome.fixed.decode()
        ast.parse(fixed)  # a SyntaxError fails the test with the program's seed
        again = fix_bytes(outcome.fixed, "gen.py", CONFIG, unsafe=True)
        assert again.fixed == outcome.fixed and again.applied == 0, seed
        assert _unchanged_outside(source, fixed, _edit_ranges(source)), seed
        applied += outcome.applied
    assert applied > 0  # the generator really injects fixable pitfalls
