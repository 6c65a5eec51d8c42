"""Re-linting after an edit (autograd_lint/incremental.py) gives exactly a full lint's result.

Documents built from the fixtures (five snippets of different rules per document) get
sequences of random keystroke-like edits; after each one the incremental result, fed the
memo of the previous step, must equal `lint_source` on the new text.
"""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest

from autograd_lint import incremental
from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.slicing import physical_lines

ROOT = Path(__file__).parent
SNIPPETS = sorted(ROOT.glob("fixtures/AGL*/*.py"))
IDENTIFIER = re.compile(r"\b[A-Za-z_]\w*\b")


def _document(rng: random.Random) -> str:
    parts = rng.sample(SNIPPETS, 5)
    return "\n\n".join("\n".join(line for line in p.read_text(encoding="utf-8").splitlines()
                                 if not line.startswith("from __future__"))
                       for p in parts) + "\n"


def _edit(source: str, rng: random.Random) -> str:
    """One small change somewhere: what typing, deleting and pasting do."""
    lines = source.splitlines(keepends=True)
    at = rng.randrange(len(lines))
    line = lines[at]
    indent = line[:len(line) - len(line.lstrip())]
    kind = rng.choice(["comment", "blank", "delete", "duplicate", "rename", "number",
                       "statement", "noqa"])
    if kind == "comment":
        lines.insert(at, "#\n")
    elif kind == "blank":
        lines.insert(at, "\n")
    elif kind == "delete":
        del lines[at]
    elif kind == "duplicate":
        lines.insert(at, line)
    elif kind == "rename":
        words = IDENTIFIER.findall(line)
        others = IDENTIFIER.findall(source)
        if words:
            lines[at] = line.replace(rng.choice(words), rng.choice(others), 1)
    elif kind == "number":
        lines[at] = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), line, count=1)
    elif kind == "statement":
        lines.insert(at, f"{indent}unused_value = 1\n")
    else:
        lines[at] = line.rstrip("\r\n") + "  # noqa\n"
    return "".join(lines)


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_give_the_full_lint(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    config = Config()
    partial = 0
    relint = incremental._relint

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal partial
        partial += 1
        return relint(*args, **kwargs)

    monkeypatch.setattr(incremental, "_relint", counting)
    for _ in range(5):
        source = _document(rng)
        memo = None
        for _ in range(8):
            source = _edit(source, rng)
            result, memo = incremental.lint_incrementally(source, "doc.py", config, memo)
            assert result == lint_source(source, "doc.py", config), source
    assert partial >= 5  # the incremental path really ran


def test_an_edit_inside_one_function_moves_the_other_findings() -> None:
    source = ("import torch\n\n"
              "def first():\n    x = torch.ones(2, requires_grad=True)\n"
              "    y = x * 2\n    y.sum().backward()\n    print(y.grad)\n\n"
              "def second():\n    a = torch.ones(2, requires_grad=True)\n"
              "    b = a + 1\n    b.sum().backward()\n    return b.grad\n")
    config = Config()
    before, memo = incremental.lint_incrementally(source, "doc.py", config, None)
    assert [f.line for f in before.findings] == [7, 13]
    edited = source.replace("    y = x * 2\n", "    y = x * 2\n    # a comment\n")
    after, memo = incremental.lint_incrementally(edited, "doc.py", config, memo)
    assert [f.line for f in after.findings] == [8, 14]
    assert after == lint_source(edited, "doc.py", config)
    assert memo is not None and memo.source == edited


def test_definitions_naming_a_changed_one_are_checked_again_transitively() -> None:
    old = ("def helper():\n    return 1\n\n"
           "def caller():\n    return helper()\n\n"
           "def outer():\n    return caller()\n\n"
           "def unrelated():\n    return helper_two()\n\n"
           "def helper_two():\n    return 2\n")
    new = old.replace("return 1", "return 3")
    units = {text: incremental._units(tuple(physical_lines(text)), ast.parse(text))
             for text in (old, new)}
    assert incremental._affected(units[old], units[new], [0]) == {0, 1, 2}
