"""Re-lint only what an edit can change: the language server's keystroke path.

An edit inside one function leaves the findings of every other top-level definition as
they were, only moved by the lines the edit added or removed. The findings of a top-level
definition follow from its own text, the module-level code, the definitions it names and,
for a function, how the rest of the file mentions its name (parameter facts come from its
call sites), plus a few whole-file facts. So after an edit, when the module-level code and
the whole-file facts are unchanged and the top-level definitions are the same ones (same
kinds and names, in the same order), only the definitions whose text changed are checked
again, together with the ones that name them or that they name; the other findings are
carried over. Anything else (an edit to module-level code, a new or renamed definition, a
line that feeds a whole-file fact) is a full lint. `tests/test_incremental.py` compares
this with a full lint over thousands of random edits.

The tree itself is rebuilt the same way (autograd_lint/reparse.py): only the top-level
statements the edit touched are parsed again, the rest of the previous tree is reused.
"""

from __future__ import annotations

import ast
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from autograd_lint.config import Config
from autograd_lint.engine import lint_source, parse_python
from autograd_lint.finding import Edit, FileResult, Finding
from autograd_lint.outline import count_attributes, count_definitions
from autograd_lint.reparse import LineChange, line_change, reparse
from autograd_lint.slicing import physical_lines, statement_span

WHOLE_FILE_WORDS = re.compile(
    r"set_default_dtype|set_default_tensor_type|create_graph|requires_grad|load_state_dict"
    r"|\.apply\(|from_pretrained|init_weights|reset_parameters|_reset_|torch\.load"
    r"|zero_grad|\.grad\b|backward|\bgrad\s*\(|import\b")
"""Words behind whole-file facts (default dtype changed, frozen layers, external
initialisation, functions that reset gradients, names some backward() runs through,
imports): an edit of a line holding one, before or after the edit, is a full lint."""
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class _Unit:
    """One top-level statement."""

    first: int
    last: int
    text: str
    definition: str | None
    """The name a `def`/`class` binds; None for module-level code."""


@dataclass(frozen=True)
class Memo:
    """What the last lint of a document needs to be reused."""

    source: str
    lines: tuple[str, ...]
    """`source`'s physical lines, line breaks kept (what `reparse` compares)."""
    path: str
    config: Config
    tree: ast.Module
    units: tuple[_Unit, ...]
    result: FileResult


def lint_incrementally(source: str, path: str, config: Config,
                       memo: Memo | None) -> tuple[FileResult, Memo | None]:
    """The findings of `source` (exactly those of `lint_source`) and the memo for the next
    call; `memo` is the one the previous call returned for this document. The memo is used
    up (its tree becomes the new one's): never pass the same memo twice."""
    if len(source) > config.max_file_size:
        return lint_source(source, path, config), None  # refused before any parsing
    lines = tuple(physical_lines(source))
    tree: ast.Module | str | None = None
    change = None
    if memo is not None:
        change = line_change(memo.lines, lines)
        tree = reparse(memo.tree, memo.lines, lines, change)
    if tree is None:
        tree = parse_python(source)
    if isinstance(tree, str):
        return lint_source(source, path, config), None
    units = _units(lines, tree)
    changed = _changed_units(memo, change, lines, path, config, units, tree)
    if changed is None:
        result = lint_source(source, path, config, tree=tree)
    else:
        assert memo is not None
        result = _relint(memo, source, path, config, tree, units, changed)
    return result, Memo(source, lines, path, config, tree, units, result)


def _changed_units(memo: Memo | None, change: LineChange | None, lines: tuple[str, ...],
                   path: str, config: Config, units: tuple[_Unit, ...],
                   tree: ast.Module) -> list[int] | None:
    """Indexes of the definitions whose text changed, or None when a full lint is needed."""
    if memo is None or change is None or memo.path != path or memo.config != config or \
            len(memo.units) != len(units):
        return None
    if any(WHOLE_FILE_WORDS.search(line)
           for line in (*change.old(memo.lines), *change.new(lines))):
        return None  # a line behind a whole-file fact
    changed = []
    for index, (old, new) in enumerate(zip(memo.units, units, strict=True)):
        if old.definition != new.definition:
            return None
        if old.text != new.text:
            if new.definition is None:
                return None  # module-level code changed
            changed.append(index)
    old_nodes = [memo.tree.body[i] for i in changed]
    new_nodes = [tree.body[i] for i in changed]
    if _outline(old_nodes) != _outline(new_nodes):
        return None  # names defined or attributes mentioned: whole-file facts
    return changed


def _relint(memo: Memo, source: str, path: str, config: Config, tree: ast.Module,
            units: tuple[_Unit, ...], changed: list[int]) -> FileResult:
    """Carry the findings of untouched statements over; check the rest again."""
    affected = _affected(memo.units, units, changed) if changed else set()
    carried: list[Finding] = []
    recheck = set(affected)
    old_findings = memo.result.findings  # sorted by line
    old_lines = [finding.line for finding in old_findings]
    for index, (old, new) in enumerate(zip(memo.units, units, strict=True)):
        if index in affected:
            continue
        if new.definition is None and changed:
            recheck.add(index)  # module-level code is part of every re-lint anyway
            continue
        inside = old_findings[bisect_left(old_lines, old.first):
                              bisect_right(old_lines, old.last)]
        moved = _shifted(inside, old, new)
        if moved is None:
            recheck.add(index)  # a fix that edits another statement: not safe to move
        else:
            carried.extend(moved)
    if not recheck:
        return FileResult(path, tuple(sorted(carried, key=Finding.sort_key)), memo.result.errors)
    fresh = lint_source(source, path, config, tree=tree, only=frozenset(
        units[i].first for i in recheck if units[i].definition is not None))
    carried.extend(f for f in fresh.findings
                   if any(units[i].first <= f.line <= units[i].last for i in recheck))
    return FileResult(path, tuple(sorted(carried, key=Finding.sort_key)), fresh.errors)


def _affected(old_units: tuple[_Unit, ...], units: tuple[_Unit, ...],
              changed: list[int]) -> set[int]:
    """The changed definitions, the ones they name (whose call sites and mentions they
    hold) and, transitively, the ones naming any of those."""
    affected = set(changed)
    named: set[str] = set()
    for index in changed:
        named |= set(_WORD.findall(old_units[index].text)) | set(_WORD.findall(units[index].text))
    affected |= {i for i, unit in enumerate(units) if unit.definition in named}
    names = {unit.definition for i in affected if (unit := units[i]).definition is not None}
    while names:
        mentions = _mentions(names)
        found: set[str] = set()
        for index, unit in enumerate(units):
            if index not in affected and unit.definition is not None and \
                    any(name in unit.text for name in names) and mentions.search(unit.text):
                affected.add(index)
                found.add(unit.definition)
        names = found
    return affected


def _mentions(names: set[str]) -> re.Pattern[str]:
    """Finds any of `names` as a word. Searching each definition's text (after a plain
    substring test) replaces splitting every definition into words on every keystroke."""
    alternatives = "|".join(re.escape(name) for name in sorted(names))
    return re.compile(rf"(?<![A-Za-z_])(?:{alternatives})(?![A-Za-z0-9_])")


def _shifted(inside: tuple[Finding, ...], old: _Unit, new: _Unit) -> list[Finding] | None:
    """The findings inside `old`, moved to where the unit is now; None if one of them has
    a fix that edits outside the unit (its other end may have moved differently)."""
    delta = new.first - old.first
    if any(not old.first <= edit.line <= edit.end_line <= old.last
           for f in inside if f.fix is not None for edit in f.fix.edits):
        return None
    return [_move(f, delta) for f in inside]


def _move(finding: Finding, delta: int) -> Finding:
    if delta == 0:
        return finding
    fix = finding.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(
            Edit(e.line + delta, e.column, e.end_line + delta, e.end_column, e.text)
            for e in fix.edits))
    return replace(finding, line=finding.line + delta, end_line=finding.end_line + delta,
                   fix=fix)


def _units(lines: tuple[str, ...], tree: ast.Module) -> tuple[_Unit, ...]:
    units = []
    for stmt in tree.body:
        first, last = statement_span(stmt)
        name = stmt.name if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef,
                                              ast.ClassDef)) else None
        units.append(_Unit(first, last, "".join(lines[first - 1:last]), name))
    return tuple(units)


def _outline(nodes: list[ast.stmt]) -> tuple[Counter[str], Counter[str]]:
    """Names defined and attributes mentioned in these statements: the part of the
    whole-file facts (autograd_lint/outline.py) they contribute."""
    return count_definitions(nodes), count_attributes(nodes)
