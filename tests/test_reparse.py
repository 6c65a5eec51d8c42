"""The tree rebuilt after an edit (autograd_lint/reparse.py) is exactly `ast.parse` of the
new text, positions included, or None (a full parse decides); never a different tree."""

from __future__ import annotations

import ast
import random

import pytest

from autograd_lint.reparse import line_change, reparse
from autograd_lint.slicing import physical_lines
from tests.test_incremental import SNIPPETS, _edit


def _dump(tree: ast.Module) -> str:
    return ast.dump(tree, include_attributes=True)


def _reparse(tree: ast.Module, old: str, new: str) -> ast.Module | None:
    old_lines, new_lines = physical_lines(old), physical_lines(new)
    return reparse(tree, old_lines, new_lines, line_change(old_lines, new_lines))


def _rebuilt(old: str, new: str) -> ast.Module | None:
    return _reparse(ast.parse(old), old, new)


def _expected(new: str) -> str | None:
    try:
        return _dump(ast.parse(new))
    except SyntaxError:
        return None


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_rebuild_the_full_parse(seed: int) -> None:
    rng = random.Random(seed)
    reused = 0
    for _ in range(6):
        source = "\n\n".join(p.read_text(encoding="utf-8") for p in rng.sample(SNIPPETS, 4)
                             if "__future__" not in p.read_text(encoding="utf-8"))
        tree = ast.parse(source)
        for _ in range(10):
            edited = _edit(source, rng)
            rebuilt = _reparse(tree, source, edited)
            expected = _expected(edited)
            if rebuilt is not None:
                reused += 1
                assert _dump(rebuilt) == expected, edited
            if expected is None:
                break
            source, tree = edited, rebuilt if rebuilt is not None else ast.parse(edited)
    assert reused >= 20  # the partial path really ran


@pytest.mark.parametrize(("old", "new"), [
    # typing inside one function, adding and removing lines
    ("def f():\n    return 1\n\ndef g():\n    return 2\n",
     "def f():\n    x = 0\n    return 1\n\ndef g():\n    return 2\n"),
    ("def f():\n    x = 0\n    return 1\n\ndef g():\n    return 2\n",
     "def f():\n    return 1\n\ndef g():\n    return 2\n"),
    # a decorated definition after the edit keeps its decorator line
    ("x = 1\n\n@dec\ndef g():\n    pass\n", "x = 2\n\n\n@dec\ndef g():\n    pass\n"),
    # old Mac and Windows line breaks
    ("a = 1\rb = 2\rc = 3\r", "a = 1\rb = 20\r\rc = 3\r"),
    ("a = 1\r\nb = 2\r\nc = 3\r\n", "a = 1\r\nb = 2\r\n# new\r\nc = 3\r\n"),
    # a statement sharing its first line with an unchanged one is parsed with it
    ("a = 1; b = (\n    2)\nc = 3\n", "a = 1; b = (\n    3)\nc = 3\n"),
    # ast.parse accepts a misplaced __future__ import (the compiler refuses it later)
    ("x = 1\ny = 2\n", "x = 1\nfrom __future__ import annotations\ny = 2\n"),
])
def test_edits_that_are_parsed_alone(old: str, new: str) -> None:
    rebuilt = _rebuilt(old, new)
    assert rebuilt is not None
    assert _dump(rebuilt) == _expected(new)


@pytest.mark.parametrize(("old", "new"), [
    # the line before the edit ends in a backslash: the new line continues it
    ("x = 1 \\\n\ny = 2\n", "x = 1 \\\nz = 3\ny = 2\n"),
    # an indented line after a def belongs to it
    ("def f():\n    pass\n\ny = 2\n", "def f():\n    pass\n    z = 1\ny = 2\n"),
    # else: continues the if before it
    ("if a:\n    pass\n\ny = 2\n", "if a:\n    pass\nelse:\n    pass\ny = 2\n"),
    # an unclosed bracket swallows the statements after it
    ("x = 1\ny = 2\nz = 3\n", "x = 1\ny = (2\nz = 3\n"),
    # a __future__ import that changes the grammar of what follows
    ("from __future__ import barry_as_FLUFL\nx = 1\n",
     "from __future__ import barry_as_FLUFL\nx = 1 <> 2\n"),
])
def test_edits_that_need_a_full_parse(old: str, new: str) -> None:
    rebuilt = _rebuilt(old, new)
    assert rebuilt is None or _dump(rebuilt) == _expected(new)


@pytest.mark.parametrize(("old", "new"), [
    ("x = 1 \\\n\ny = 2\n", "x = 1 \\\nz = 3\ny = 2\n"),
    ("from __future__ import barry_as_FLUFL\nx = 1\n",
     "from __future__ import barry_as_FLUFL\nx = 1 <> 2\n"),
    # a new barry_as_FLUFL import makes the unchanged `!=` below it a syntax error
    ("x = 1\ny = 1 != 2\n", "from __future__ import barry_as_FLUFL\nx = 1\ny = 1 != 2\n"),
])
def test_context_the_statements_alone_would_miss_falls_back(old: str, new: str) -> None:
    """Each of these would parse alone, to a different tree than in the file (or to a
    tree where the file has a syntax error), so only the full parse may answer."""
    assert _rebuilt(old, new) is None


def test_unchanged_text_gives_the_same_tree() -> None:
    source = "x = 1\n"
    tree = ast.parse(source)
    assert _reparse(tree, source, source) is tree
