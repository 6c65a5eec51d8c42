"""What a fix builder needs besides the report: the tree's parents, source lines, names.

Built once per file and only when some finding may get a fix. Parents come from one
extra walk of the tree; everything else is read from the module the rules already saw.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cached_property

import libcst as cst

from autograd_lint.analysis import Facts
from autograd_lint.analysis.tree import child_list, walk
from autograd_lint.finding import Edit, Fix
from autograd_lint.rules.base import FixBuilder, RuleContext

Span = Callable[[cst.CSTNode], tuple[int, int, int, int]]


class FixContext:
    def __init__(self, rule_ctx: RuleContext) -> None:
        self.module = rule_ctx.module
        self.facts: Facts = rule_ctx.facts
        self.newline = self.module.default_newline
        self.indent_unit = self.module.default_indent

    @cached_property
    def _parents(self) -> dict[int, cst.CSTNode]:
        # Code nodes only: a report or an edit never sits on whitespace or punctuation.
        return {id(child): node for node in walk(self.module, code_only=True)
                for child in child_list(node, code_only=True)}

    @cached_property
    def lines(self) -> list[str]:
        """Physical lines without their line breaks, split as Python splits them."""
        return re.split(r"\r\n|\r|\n", self.module.code)

    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        return self._parents.get(id(node))

    def ancestors(self, node: cst.CSTNode) -> Iterator[cst.CSTNode]:
        current = self.parent(node)
        while current is not None:
            yield current
            current = self.parent(current)

    def statement_line(self, node: cst.CSTNode) -> cst.SimpleStatementLine | None:
        """The statement line holding `node`, if it is a line of its own in a block."""
        for ancestor in self.ancestors(node):
            if isinstance(ancestor, cst.SimpleStatementLine):
                return ancestor if isinstance(self.parent(ancestor), (cst.Module,
                                                                      cst.IndentedBlock)) \
                    else None
            if isinstance(ancestor, (cst.BaseCompoundStatement, cst.SimpleStatementSuite)):
                return None
        return None

    def indent(self, line: int) -> str:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return text[: len(text) - len(text.lstrip(" \t"))]

    def torch_name(self) -> str | None:
        """The local name bound to the `torch` module (`import torch as t` -> 't')."""
        for local, full in sorted(self.facts.imports.aliases.items()):
            if full == "torch":
                return local
        return None

    def reaching_assignment(self, name: str, use: cst.CSTNode) -> cst.SimpleStatementLine | None:
        """The last `name = ...` line before `use` that surely runs before it.

        Only lines of blocks that enclose `use` within its own scope count: an assignment in
        an `if` branch might not have run, one in another function is another variable.
        """
        inside = use
        for ancestor in self.ancestors(use):
            if isinstance(ancestor, (cst.Module, cst.IndentedBlock)):
                found = None
                for statement in ancestor.body:
                    if statement is inside:
                        break
                    if isinstance(statement, cst.SimpleStatementLine) and _assigns(statement,
                                                                                    name):
                        found = statement
                if found is not None:
                    return found
            if isinstance(ancestor, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
                return None
            inside = ancestor
        return None


def _assigns(line: cst.SimpleStatementLine, name: str) -> bool:
    return len(line.body) == 1 and isinstance(line.body[0], cst.Assign) and any(
        isinstance(t.target, cst.Name) and t.target.value == name for t in line.body[0].targets)


def make_fix(applicability: str, description: str,
             edits: Callable[[Span], list[Edit] | None]) -> FixBuilder:
    """A FixBuilder from a function that computes the edits once positions are known."""

    def build(span: Span) -> Fix | None:
        computed = edits(span)
        if not computed:
            return None
        return Fix(applicability, description, tuple(computed))  # type: ignore[arg-type]

    return build


def merge_insertions(edits: list[Edit]) -> list[Edit]:
    """Insertions at one point become one edit (in order), so the fix stays applicable."""
    merged: list[Edit] = []
    for edit in edits:
        previous = merged[-1] if merged else None
        point = (edit.line, edit.column)
        if previous is not None and point == (edit.end_line, edit.end_column) and \
                point == (previous.line, previous.column) == (previous.end_line,
                                                               previous.end_column):
            merged[-1] = Edit(*point, *point, previous.text + edit.text)
        else:
            merged.append(edit)
    return merged


def replace_node(span: Span, node: cst.CSTNode, text: str) -> Edit:
    line, column, end_line, end_column = span(node)
    return Edit(line, column, end_line, end_column, text)


def insert_before(span: Span, node: cst.CSTNode, text: str) -> Edit:
    line, column, _, _ = span(node)
    return Edit(line, column, line, column, text)


def insert_after(span: Span, node: cst.CSTNode, text: str) -> Edit:
    _, _, end_line, end_column = span(node)
    return Edit(end_line, end_column, end_line, end_column, text)


def insert_line_after(ctx: FixContext, span: Span, statement: cst.CSTNode, code: str) -> Edit:
    """A new line `code` after the physical line where `statement` ends, same indentation.

    Inserted at the end of that line (after any trailing comment), so it works whether or
    not the file ends with a line break.
    """
    line, _, end_line, _ = span(statement)
    end_column = len(ctx.lines[end_line - 1]) + 1
    return Edit(end_line, end_column, end_line, end_column,
                f"{ctx.newline}{ctx.indent(line)}{code}")
