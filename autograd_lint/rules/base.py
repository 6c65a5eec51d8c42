"""What every rule is: metadata (the docs page is built from it) plus visit methods.

A rule is a small class. It declares `visit_<NodeType>` methods like a libcst visitor; the
engine dispatches every node of the tree to every selected rule in one walk, so a rule
never walks the tree itself and never re-derives facts: it asks `self.facts`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

import libcst as cst

from autograd_lint.analysis import Facts
from autograd_lint.finding import Fix, Severity
from autograd_lint.outline import Outline
from autograd_lint.rules.module_index import ModuleIndex
from autograd_lint.rules.triggers import found

# Builds a Fix once positions are known: (node -> (line, col, end_line, end_col)) -> Fix
FixBuilder = Callable[[Callable[[cst.CSTNode], tuple[int, int, int, int]]], Fix | None]


@dataclass(frozen=True)
class Report:
    """A rule's raw finding: positions are resolved later, only if anything was reported."""

    node: cst.CSTNode
    code: str
    message: str
    fix: FixBuilder | None = field(default=None, compare=False)


@dataclass(frozen=True)
class RuleContext:
    module: cst.Module
    facts: Facts
    path: str
    outline: Outline | None = None
    """Whole-file facts; built from `module.code` when not given."""

    def __post_init__(self) -> None:
        if self.outline is None:
            object.__setattr__(self, "outline", Outline(lambda: ast.parse(self.module.code)))

    @cached_property
    def index(self) -> ModuleIndex:
        """Whole-module syntax several rules need, gathered in one walk on first use."""
        return ModuleIndex(self.module, self.facts)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    """One sentence: what the rule catches."""
    why: ClassVar[str]
    """Why it is wrong, with torch's own evidence."""
    how_to_fix: ClassVar[str]
    leave_alone: ClassVar[str]
    """The correct look-alike code the rule deliberately does not flag."""
    evidence: ClassVar[str]
    """torch's message (verbatim) or how to observe the mistake at run time."""
    fixable: ClassVar[str] = "No automatic fix."
    tokens: ClassVar[tuple[str, ...]]
    """Substrings without which the rule cannot fire in a file (the engine's pre-filter)."""
    needs_torch: ClassVar[bool] = True
    """The rule fires only on facts that come from torch names, so a file that never says
    `torch` cannot trigger it (AGL003 can: a loop of backward() and step() needs no import)."""
    unit_pattern: ClassVar[re.Pattern[str] | None] = None
    """Where plain `tokens` are too coarse for `relevant` (`.grad` would match every
    `.gradient_checkpointing`), the exact trigger as a regular expression."""

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """Could the rule fire in, or need, this function or method? `context` is the text
        of the module-level code, of the enclosing class and of the module's functions the
        code calls. False must be certain: the
        engine drops such code before parsing it (autograd_lint/slicing.py)."""
        if cls.context_pattern is not None and found(cls.context_pattern, context):
            return True
        if cls.unit_pattern is not None:
            return cls.unit_pattern.search(text) is not None
        return any(token in text for token in cls.tokens)

    @classmethod
    def relevant_tree(cls, unit: ast.AST, text: str, context: str) -> bool:
        """A second look at code `relevant` kept, on its CPython tree: can the pieces the
        rule needs meet there at all (autograd_lint/rules/reach.py)? For rules whose trigger
        words are everywhere in real code; the others keep what `relevant` kept."""
        return True

    @classmethod
    def relevant_file(cls, source: str) -> bool:
        """Could the rule fire anywhere in this file (the engine's first pre-filter)?"""
        return any(token in source for token in cls.tokens)

    context_pattern: ClassVar[re.Pattern[str] | None] = None
    """Module-level or class text that makes every function in it relevant."""
    class_pattern: ClassVar[re.Pattern[str] | None] = None
    """Text that makes `relevant_class` keep a whole class."""

    @classmethod
    def relevant_class(cls, text: str, context: str) -> bool:
        """Must this whole class be kept? For rules that relate a class's members to each
        other (a loss kept in `self` by one method and back-propagated by another, a
        parameter made in `__init__` and read anywhere); the others judge each method on
        its own with `relevant`."""
        return cls.class_pattern is not None and found(cls.class_pattern, text)

    def __init__(self, ctx: RuleContext) -> None:
        self.ctx = ctx
        self.facts = ctx.facts
        self.reports: list[Report] = []

    def report(self, node: cst.CSTNode, message: str, fix: FixBuilder | None = None) -> None:
        self.reports.append(Report(node, self.code, message, fix))

    def code_of(self, node: cst.CSTNode) -> str:
        """Source text of a node, for messages."""
        text = self.ctx.module.code_for_node(node)
        return text if len(text) <= 60 else text[:57] + "..."

    @classmethod
    def docs(cls) -> str:
        """The rule's docs page (docs/rules/<code>.md, the LSP hover, `explain`)."""
        return (
            f"# {cls.code} {cls.name}\n\n"
            f"Severity: {cls.severity}\n\n"
            f"{cls.summary}\n\n"
            f"## Why it is wrong\n\n{cls.why}\n\n"
            f"## What torch says\n\n{cls.evidence}\n\n"
            f"## How to fix it\n\n{cls.how_to_fix}\n\n"
            f"Autofix: {cls.fixable}\n\n"
            f"## Left alone on purpose\n\n{cls.leave_alone}\n\n"
            f"Suppress one line with `# noqa: {cls.code}`.\n"
        )
