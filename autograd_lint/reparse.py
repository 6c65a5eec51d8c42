"""The syntax tree after an edit, parsing only the top-level statements the edit touched.

The language server needs CPython's tree of the whole document on every keystroke, and
`ast.parse` of a 5,000-line file costs ~60-90 ms, most of an edit's budget. An edit
changes a run of lines; the top-level statements wholly before it are unchanged, and the
ones wholly after it are unchanged but for their line numbers. Between two top-level
statements the tokenizer starts afresh (column 0, no open bracket, string or indented
block), so the statements in between can be parsed on their own and the three parts
joined. Statements sharing a line (`a = 1; b = 2`) are parsed again together. The
exceptions are answered with None (the caller parses the whole text): a statement line
ending in a backslash (the next line continues it) and the one `__future__` import that
changes the grammar (`barry_as_FLUFL`). Anything else that cannot stand alone (an
indented line right after a `def`, an `else:` after an `if`, an unclosed bracket) fails
to parse alone, and that too falls back to the full parse. `tests/test_reparse.py`
compares the result with `ast.parse` node for node, positions included.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass

from autograd_lint.slicing import statement_span

_GRAMMAR_FUTURE = "barry_as_FLUFL"
"""The `__future__` feature that changes how the rest of the file parses."""


@dataclass(frozen=True)
class LineChange:
    """Where two versions of a text differ: all but their first `prefix` and last
    `suffix` lines (the two never overlap)."""

    prefix: int
    suffix: int

    def old(self, old_lines: Sequence[str]) -> Sequence[str]:
        """The lines the edit replaced."""
        return old_lines[self.prefix:len(old_lines) - self.suffix]

    def new(self, new_lines: Sequence[str]) -> Sequence[str]:
        """The lines the edit wrote."""
        return new_lines[self.prefix:len(new_lines) - self.suffix]


def line_change(old_lines: Sequence[str], new_lines: Sequence[str]) -> LineChange:
    prefix = _common_prefix(old_lines, new_lines)
    limit = min(len(old_lines), len(new_lines)) - prefix
    return LineChange(prefix, _common_suffix(old_lines, new_lines, limit))


def reparse(tree: ast.Module, old_lines: Sequence[str], new_lines: Sequence[str],
            change: LineChange) -> ast.Module | None:
    """The tree of `new_lines` built from `tree`, the tree of `old_lines` (physical lines,
    line breaks kept; `change` says where they differ), or None when only a full parse can
    tell.

    The statements after the edit are renumbered in place, so `tree` is used up: it no
    longer matches `old_lines` and must not be reparsed again.
    """
    body = tree.body
    prefix, suffix = change.prefix, change.suffix
    if prefix == len(old_lines) == len(new_lines):
        return tree
    spans = [statement_span(statement) for statement in body]
    first, end = _touched(spans, prefix, len(old_lines) - suffix)
    if any(_changes_grammar(statement) for statement in body[:first]):
        return None
    delta = len(new_lines) - len(old_lines)
    start = spans[first - 1][1] if first > 0 else 0
    stop = spans[end][0] - 1 + delta if end < len(spans) else len(new_lines)
    if start > 0 and new_lines[start - 1].rstrip("\r\n").endswith("\\"):
        return None  # the line after the last unchanged statement continues it
    text = "".join(new_lines[start:stop])
    if _GRAMMAR_FUTURE in text:
        return None  # it may be a new import changing how the statements after it parse
    try:
        middle = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # a full parse says what is wrong, or that it needed the context
    _renumber(middle.body, start)
    after = body[end:]
    if delta:
        _renumber(after, delta)
    return ast.Module(body=body[:first] + middle.body + after, type_ignores=[])


def _renumber(nodes: list[ast.stmt], delta: int) -> None:
    """`ast.increment_lineno` for many statements at ~half its cost (half of a 5,000-line
    file: ~12 ms instead of ~20): a node keeps its fields and positions in its `__dict__`,
    read directly instead of through `ast.iter_child_nodes`; numbers, names and the
    shared field-less nodes (`Load`, `Add`, ...) are not visited."""
    stack: list[ast.AST] = list(nodes)
    while stack:
        attributes = stack.pop().__dict__
        if "lineno" in attributes:
            attributes["lineno"] += delta
            if attributes.get("end_lineno") is not None:
                attributes["end_lineno"] += delta
        for value in attributes.values():
            kind = value.__class__
            if kind is list:
                stack.extend(item for item in value
                             if isinstance(item, ast.AST) and item.__dict__)
            elif kind is not int and kind is not str and isinstance(value, ast.AST) and \
                    value.__dict__:
                stack.append(value)


def _touched(spans: list[tuple[int, int]], prefix: int, changed_end: int) -> tuple[int, int]:
    """Indexes [first, end) of the statements to parse again: all but those wholly in the
    unchanged first `prefix` lines or wholly after line `changed_end` (1-based), widened
    so that no kept statement shares a line with a parsed one."""
    first = 0
    while first < len(spans) and spans[first][1] <= prefix:
        first += 1
    end = len(spans)
    while end > first and spans[end - 1][0] > changed_end:
        end -= 1
    while 0 < first < len(spans) and spans[first - 1][1] >= spans[first][0]:
        first -= 1
    while 0 < end < len(spans) and spans[end][0] <= spans[end - 1][1]:
        end += 1
    return first, end


def _changes_grammar(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.ImportFrom) and statement.module == "__future__" and \
        any(alias.name == _GRAMMAR_FUTURE for alias in statement.names)


def _common_prefix(old: Sequence[str], new: Sequence[str]) -> int:
    count = 0
    for old_line, new_line in zip(old, new, strict=False):
        if old_line != new_line:
            break
        count += 1
    return count


def _common_suffix(old: Sequence[str], new: Sequence[str], limit: int) -> int:
    count = 0
    while count < limit and old[-1 - count] == new[-1 - count]:
        count += 1
    return count
