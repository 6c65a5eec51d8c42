"""Module-wide facts read from the whole file, for rules that look past the code they check.

The engine parses only a slice of a file with libcst (autograd_lint/slicing.py). A few rules
ask questions about the whole file ("does the file define a method called `backwards`?",
"is `model.w` mentioned outside its class?"); the answers come from CPython's `ast` tree of
the complete file, computed only when a rule asks.
"""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cached_property


class Outline:
    def __init__(self, tree: Callable[[], ast.Module]) -> None:
        self._tree = tree

    @cached_property
    def tree(self) -> ast.Module:
        return self._tree()

    @cached_property
    def defined_names(self) -> frozenset[str]:
        """Functions (any nesting, async too) and annotated names (`require_grad: bool`)
        the file defines itself."""
        return frozenset(count_definitions([self.tree]))

    @cached_property
    def attribute_counts(self) -> Counter[str]:
        """How often each attribute name occurs in the file, counted like libcst counts
        `Attribute` nodes: `a.b` expressions and the dotted parts of imported names."""
        return count_attributes([self.tree])


def count_definitions(nodes: Iterable[ast.AST]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for root in nodes:
        for node in ast.walk(root):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                counts[node.name] += 1
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                counts[node.target.id] += 1
    return counts


def count_attributes(nodes: Iterable[ast.AST]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for root in nodes:
        for node in ast.walk(root):
            if isinstance(node, ast.Attribute):
                counts[node.attr] += 1
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    counts.update(alias.name.split(".")[1:])
            elif isinstance(node, ast.ImportFrom) and node.module:
                counts.update(node.module.split(".")[1:])
    return counts
