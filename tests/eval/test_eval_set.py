"""Shape of the blind evaluation sets (tests/eval, eval_v2 ... eval_v5): enough snippets,
well-formed labels. Checks that only one set's conventions promise live next to that set.

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


def label_codes(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, text in enumerate(path.read_text().splitlines(), 1):
        match = LABEL.search(text)
        if match:
            found.extend((number, code) for code in re.split(r"[\s,]+", match.group(1)) if code)
    return found


TESTS = EVAL_DIR.parent
SETS = {"eval": 8, "eval_v2": 10, "eval_v3": 10, "eval_v4": 10, "eval_v5": 10}
"""Each blind set (tests/<name>) and the fewest bad and good snippets it has per code."""
CASES = [(name, code) for name in SETS for code in CODES]


def _snippets(name: str, code: str) -> list[Path]:
    return sorted((TESTS / name / code).glob("*.py"))


@pytest.mark.parametrize(("name", "code"), CASES)
def test_each_code_has_enough_bad_and_good_snippets(name: str, code: str) -> None:
    folder = TESTS / name / code
    assert len(list(folder.glob("bad_*.py"))) >= SETS[name]
    assert len(list(folder.glob("good_*.py"))) >= SETS[name]


@pytest.mark.parametrize(("name", "code"), CASES)
def test_bad_snippets_carry_their_code_and_good_ones_none(name: str, code: str) -> None:
    for path in _snippets(name, code):
        labels = label_codes(path)
        assert all(re.fullmatch(r"AGL0(0[1-9]|1[0-7])", c) for _, c in labels), path
        if path.name.startswith("good_"):
            assert labels == [], path
        else:
            assert path.name.startswith("bad_"), path
            assert code in {c for _, c in labels}, path


@pytest.mark.parametrize(("name", "code"), CASES)
def test_snippets_parse_and_labels_sit_on_code_lines(name: str, code: str) -> None:
    for path in _snippets(name, code):
        source = path.read_text()
        ast.parse(source, str(path))
        lines = source.splitlines()
        for number, _ in label_codes(path):
            assert lines[number - 1].split("#")[0].strip(), f"{path}:{number}"
