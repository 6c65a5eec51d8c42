"""What every rule is: metadata (the docs page is built from it) plus visit methods.

A rule is a small class. It declares `visit_<NodeType>` methods like a libcst visitor; the
engine dispatches every node of the tree to every selected rule in one walk, so a rule
never walks the tree itself and never re-derives facts: it asks `self.facts`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

import libcst as cst

from autograd_lint.analysis import Facts
from autograd_lint.finding import Fix, Severity
from autograd_lint.rules.module_index import ModuleIndex

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
