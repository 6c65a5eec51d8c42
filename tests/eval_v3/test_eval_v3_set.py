"""Shape of the third blind evaluation set (tests/eval_v3).

The labels are checked against torch by
``python tests/eval/verify_labels.py --dir tests/eval_v3``; these tests keep the
set usable by ``benchmarks/eval_unseen.py tests/eval_v3`` without torch. They are
the second set's checks (``tests/eval_v2/test_eval_v2_set.py``) pointed at this
folder, plus two that this set's conventions add: bad snippets label only lines
the finding can sit on alone (one label comment per line, no label twice), and
every snippet fixes its seed or draws no random numbers.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.eval.test_eval_set import CODES, label_codes
from tests.eval_v2.test_eval_v2_set import MINIMUM_PER_KIND

EVAL_DIR = Path(__file__).resolve().parent
RANDOM_CALL = re.compile(r"\b(randn|rand|randint|randn_like|rand_like|normal_|default_rng)\b")


def snippets(code: str) -> list[Path]:
    return sorted((EVAL_DIR / code).glob("*.py"))


@pytest.mark.parametrize("code", CODES)
def test_each_code_has_enough_bad_and_good_snippets(code: str) -> None:
    folder = EVAL_DIR / code
    assert len(list(folder.glob("bad_*.py"))) >= MINIMUM_PER_KIND
    assert len(list(folder.glob("good_*.py"))) >= MINIMUM_PER_KIND


@pytest.mark.parametrize("code", CODES)
def test_bad_snippets_carry_their_code_and_good_ones_none(code: str) -> None:
    for path in snippets(code):
        labels = label_codes(path)
        assert all(re.fullmatch(r"AGL0(0[1-9]|1[0-7])", c) for _, c in labels), path
        if path.name.startswith("good_"):
            assert labels == [], path
        else:
            assert path.name.startswith("bad_"), path
            assert code in {c for _, c in labels}, path
            assert len(labels) == len(set(labels)), path


@pytest.mark.parametrize("code", CODES)
def test_snippets_parse_and_labels_sit_on_code_lines(code: str) -> None:
    for path in snippets(code):
        source = path.read_text()
        ast.parse(source, str(path))
        lines = source.splitlines()
        for number, _ in label_codes(path):
            assert lines[number - 1].split("#")[0].strip(), f"{path}:{number}"


@pytest.mark.parametrize("code", CODES)
def test_snippets_that_draw_random_numbers_fix_the_seed(code: str) -> None:
    """The label checker runs each snippet once; a fixed seed makes that run repeatable."""
    for path in snippets(code):
        source = path.read_text()
        if RANDOM_CALL.search(source):
            assert "manual_seed(" in source or "default_rng(0)" in source, path


def test_no_snippet_name_is_reused_across_codes() -> None:
    """Names say what a snippet does; a copy under another code would hide a duplicate."""
    names = [path.name for path in EVAL_DIR.glob("AGL*/*.py")]
    assert len(names) == len(set(names))

