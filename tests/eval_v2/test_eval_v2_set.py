"""Checks the second blind set (tests/eval_v2) adds to the shared ones in
tests/eval/test_eval_set.py. Its labels are checked against torch by
``python tests/eval/verify_labels.py --dir tests/eval_v2``.
"""

from __future__ import annotations

from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent


def test_no_snippet_name_is_reused_across_codes() -> None:
    """Names say what a snippet does; a copy under another code would hide a duplicate."""
    names = [path.name for path in EVAL_DIR.glob("AGL*/*.py")]
    assert len(names) == len(set(names))
