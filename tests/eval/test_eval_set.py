"""Shape of the blind evaluation set (tests/eval): enough snippets, well-formed labels.

The labels themselves are checked against torch by tests/eval/verify_labels.py;
these tests only keep the set usable by benchmarks/eval_unseen.py without torch.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).resolve().parent
CODES = [f"AGL{n:03d}" for n in range(1, 18)]
LABEL = re.compile(r"#\s*expect:\s*(.*)$")
MINIMUM_PER_KIND = 8


def label_codes(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, text in enumerate(path.read_text().splitlines(), 1):
        match = LABEL.search(text)
        if match:
            found.extend((number, code) for code in re.split(r"[\s,]+", match.group(1)) if code)
    return found


@pytest.mark.parametrize("code", CODES)
def test_each_code_has_enough_bad_and_good_snippets(code: str) -> None:
    folder = EVAL_DIR / code
    assert len(list(folder.glob("bad_*.py"))) >= MINIMUM_PER_KIND
    assert len(list(folder.glob("good_*.py"))) >= MINIMUM_PER_KIND


@pytest.mark.parametrize("code", CODES)
def test_bad_snippets_carry_their_code_and_good_ones_none(code: str) -> None:
    for path in sorted((EVAL_DIR / code).glob("*.py")):
        labels = label_codes(path)
        assert all(re.fullmatch(r"AGL0(0[1-9]|1[0-7])", c) for _, c in labels), path
        if path.name.startswith("good_"):
            assert labels == [], path
        else:
            assert code in {c for _, c in labels}, path


def test_snippets_parse_and_labels_sit_on_code_lines() -> None:
    for path in sorted(EVAL_DIR.glob("AGL*/*.py")):
        source = path.read_text()
        ast.parse(source, str(path))
        lines = source.splitlines()
        for number, _ in label_codes(path):
            assert lines[number - 1].split("#")[0].strip(), f"{path}:{number}"
