"""Slicing: for each finding, the node to probe and the smallest runnable unit around it.

A unit is the module's top-level code (run as `__main__`, like a script) or a top-level
function / method of a top-level class that needs no arguments (`main()`, `test_*`), run
after importing the module under another name so `if __name__ == "__main__":` stays shut.
Code in a function that needs arguments cannot run on its own; its finding falls back to
the module's top-level run (a script usually calls its own functions) and, if that never
reaches it, ends `inconclusive: needs arguments`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider

from autograd_lint.finding import Finding

EMPTY_CONSTRUCTORS = frozenset({"empty", "empty_like", "new_empty", "empty_strided",
                                "Tensor", "FloatTensor", "DoubleTensor", "HalfTensor",
                                "BFloat16Tensor"})


@dataclass(frozen=True)
class Unit:
    """What the child runs: `kind` is "script" or "function" (`cls` set for a method)."""

    kind: str
    func: str | None = None
    cls: str | None = None

    def describe(self) -> str:
        if self.kind == "script":
            return "module top level"
        return f"{self.cls}.{self.func}()" if self.cls else f"{self.func}()"


@dataclass(frozen=True)
class Target:
    """Where a finding's probe goes (`node` in the wrapper's tree) and which unit runs it."""

    node: cst.CSTNode | None
    unit: Unit | None
    reason: str = ""


def _span(positions: dict, node: cst.CSTNode) -> tuple[int, int, int, int]:
    pos = positions[node]
    return pos.start.line, pos.start.column + 1, pos.end.line, pos.end.column + 1


def _terminal_name(expr: cst.BaseExpression) -> str | None:
    if isinstance(expr, cst.Name):
        return expr.value
    if isinstance(expr, cst.Attribute):
        return expr.attr.value
    return None


def _has_required_params(params: cst.Parameters, skip_first: bool) -> bool:
    positional = [*params.posonly_params, *params.params]
    if skip_first and positional:
        positional = positional[1:]
    required = [p for p in positional if p.default is None]
    required += [p for p in params.kwonly_params if p.default is None]
    return bool(required)


class Locator:
    """Resolves findings to probe targets and units over one parsed module."""

    def __init__(self, source: str) -> None:
        self.wrapper = MetadataWrapper(cst.parse_module(source))
        self.positions = self.wrapper.resolve(PositionProvider)
        self.parents = self.wrapper.resolve(ParentNodeProvider)
        self.by_span: dict[tuple[int, int, int, int], list[cst.CSTNode]] = {}
        for node in self.positions:
            self.by_span.setdefault(_span(self.positions, node), []).append(node)

    @property
    def module(self) -> cst.Module:
        return self.wrapper.module

    def locate(self, finding: Finding) -> Target:
        if finding.cell is not None:
            return Target(None, None, "notebook cells are not run")
        key = (finding.line, finding.column, finding.end_line, finding.end_column)
        node = self._choose(self.by_span.get(key, []))
        if node is None:
            return Target(None, None, "could not locate the flagged expression")
        unit, reason = self._unit(node)
        return Target(node, unit, reason)

    # ------------------------------------------------------------------ probe target
    def _choose(self, nodes: Sequence[cst.CSTNode]) -> cst.CSTNode | None:
        """The node a probe can wrap: a call, an attribute read or a simple statement."""
        for wanted in (cst.Call, cst.Assign, cst.AugAssign, cst.Attribute, cst.Arg,
                       cst.Subscript, cst.Name, cst.Expr, cst.SimpleStatementLine):
            for node in nodes:
                if isinstance(node, wanted):
                    return self._refine(node)
        return None

    def _refine(self, node: cst.CSTNode) -> cst.CSTNode | None:
        parent = self.parents.get(node)
        if isinstance(node, cst.Arg):
            return parent if isinstance(parent, cst.Call) else None
        if isinstance(node, cst.SimpleStatementLine):
            return self._refine(node.body[0]) if len(node.body) == 1 else None
        if isinstance(node, cst.Expr):
            return node.value if isinstance(node.value, cst.Call) else None
        if isinstance(node, cst.Name) and (
                (isinstance(parent, cst.Attribute) and parent.attr is node)
                or (isinstance(parent, cst.Arg) and parent.keyword is node)):
            return self._refine(parent)
        if isinstance(node, (cst.Attribute, cst.Subscript, cst.Name)):
            if isinstance(parent, cst.Call) and parent.func is node:
                return parent
            if isinstance(parent, cst.AssignTarget):
                return self.parents.get(parent)
            if isinstance(parent, cst.AugAssign) and parent.target is node:
                return parent
            return node if isinstance(node, cst.Attribute) else None
        return node

    def data_owner(self, node: cst.CSTNode) -> cst.BaseExpression | None:
        """The `w` of the first `w.data` in the written part of a statement or call (AGL006)."""
        roots: list[cst.CSTNode]
        if isinstance(node, cst.Assign):
            roots = [t.target for t in node.targets]
        elif isinstance(node, cst.AugAssign):
            roots = [node.target]
        elif isinstance(node, cst.Call):
            roots = [node.func]
        else:
            roots = [node]
        for root in roots:
            current: cst.CSTNode | None = root
            while isinstance(current, (cst.Attribute, cst.Subscript, cst.Call)):
                if isinstance(current, cst.Attribute) and current.attr.value == "data":
                    return current.value
                current = current.func if isinstance(current, cst.Call) else current.value
        return None

    def empty_calls(self, node: cst.CSTNode) -> list[cst.Call]:
        """`torch.empty(...)`-like calls inside a flagged constructor (AGL017)."""
        found: list[cst.Call] = []

        class Finder(cst.CSTVisitor):
            def visit_Call(self, call: cst.Call) -> None:
                if _terminal_name(call.func) in EMPTY_CONSTRUCTORS:
                    found.append(call)

        node.visit(Finder())
        return found

    # ------------------------------------------------------------------ unit
    def _unit(self, node: cst.CSTNode) -> tuple[Unit | None, str]:
        """The unit, and why a better one was not possible: code in a function that needs
        arguments falls back to running the module, whose own code may call it."""
        unit, reason = self._own_unit(node)
        if unit is None:
            return Unit("script"), reason
        return unit, reason

    def _own_unit(self, node: cst.CSTNode) -> tuple[Unit | None, str]:
        chain: list[cst.CSTNode] = []
        current = self.parents.get(node)
        while current is not None and not isinstance(current, cst.Module):
            if isinstance(current, (cst.FunctionDef, cst.ClassDef)):
                chain.append(current)
            current = self.parents.get(current)
        functions = [i for i, n in enumerate(chain) if isinstance(n, cst.FunctionDef)]
        if not functions:
            return Unit("script"), ""
        outer_index = functions[-1]
        func = chain[outer_index]
        assert isinstance(func, cst.FunctionDef)
        enclosing = chain[outer_index + 1:]
        if func.asynchronous is not None:
            return None, "needs arguments: async function"
        if not enclosing:
            if _has_required_params(func.params, skip_first=False):
                return None, f"needs arguments: {func.name.value}() has required parameters"
            return Unit("function", func.name.value), ""
        if len(enclosing) == 1 and isinstance(enclosing[0], cst.ClassDef):
            cls = enclosing[0].name.value
            decorators = {_terminal_name(d.decorator) for d in func.decorators}
            skip_self = "staticmethod" not in decorators
            if _has_required_params(func.params, skip_first=skip_self):
                return None, (f"needs arguments: {cls}.{func.name.value}() has required "
                              f"parameters")
            return Unit("function", func.name.value, cls), ""
        return None, "needs arguments: not a top-level function or method"
