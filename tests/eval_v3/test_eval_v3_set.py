"""Shape of the third blind evaluation set (tests/eval_v3).

The labels are checked against torch by
``python tests/eval/verify_labels.py --dir tests/eval_v3``; these tests keep the
set usable by ``benchmarks/eval_unseen.py tests/eval_v3`` without torch. The shared
checks live in tests/eval/test_eval_set.py; here are the ones this set's conventions
add: bad snippets label each finding once, and every snippet fixes its seed or draws
no random numbers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.eval.test_eval_set import CODES, label_codes

EVAL_DIR = Path(__file__).resolve().parent
RANDOM_CALL = re.compile(r"\b(randn|rand|randint|randn_like|rand_like|normal_|default_rng)\b")


def snippets(code: str) -> list[Path]:
    return sorted((EVAL_DIR / code).glob("*.py"))


@pytest.mark.parametrize("code", CODES)
def test_bad_snippets_label_each_finding_once(code: str) -> None:
    for path in snippets(code):
        labels = label_codes(path)
        assert len(labels) == len(set(labels)), path


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
