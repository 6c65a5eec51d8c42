"""Instrumentation: a copy of the module with probes around the flagged code, same lines.

Every change is made inside the line it replaces (an expression becomes
`__agl__.<probe>(site, expression)`, an assignment becomes one probe call), so the copy
keeps the original's line numbers: tracebacks, warnings and findings all speak of the same
lines. Loops are capped (`for x in __agl__.loop(id, it)`, `while __agl__.tick(id) and c`)
so a training script shows a few iterations - enough to see accumulation - and stops.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst

from autograd_lint.dynamic.locate import Locator

PROBES = "__agl__"


@dataclass
class Instrumented:
    source: str
    sites: dict[int, list[str]] = field(default_factory=dict)
    """site id -> the codes whose findings it observes"""


def _probe(kind: str, site: int, *args: cst.BaseExpression) -> cst.Call:
    call_args = [cst.Arg(cst.Integer(str(site)))]
    for arg in args:
        if isinstance(arg, cst.Tuple) and not arg.lpar:
            arg = arg.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
        call_args.append(cst.Arg(arg))
    return cst.Call(cst.Attribute(cst.Name(PROBES), cst.Name(kind)), call_args)


def _string(text: str) -> cst.SimpleString:
    return cst.SimpleString(repr(text))


def _key(elements: Sequence[cst.SubscriptElement]) -> cst.BaseExpression | None:
    """`t[a, 1:2]`'s index as a value: `(a, slice(1, 2, None))`."""
    values: list[cst.BaseExpression] = []
    for element in elements:
        part = element.slice
        if isinstance(part, cst.Index):
            if part.star is not None:
                return None
            values.append(part.value)
        else:
            assert isinstance(part, cst.Slice)
            values.append(cst.Call(cst.Name("slice"), [
                cst.Arg(v if v is not None else cst.Name("None"))
                for v in (part.lower, part.upper, part.step)]))
    if len(values) == 1 and not isinstance(elements[0].comma, cst.Comma):
        return values[0]
    return cst.Tuple([cst.Element(v) for v in values])


def _operator(node: cst.AugAssign) -> str:
    return cst.Module(body=[]).code_for_node(node.operator).strip()


class _Transformer(cst.CSTTransformer):
    def __init__(self, actions: dict[int, list[tuple[str, int]]], cap_loops: bool) -> None:
        super().__init__()
        self.actions = actions
        self.cap_loops = cap_loops
        self.loop_id = 0

    def _next_loop(self) -> int:
        self.loop_id += 1
        return self.loop_id

    def visit_For(self, node: cst.For) -> None:
        self.actions.setdefault(id(node), []).append(("loop", self._next_loop()))

    def visit_While(self, node: cst.While) -> None:
        self.actions.setdefault(id(node), []).append(("tick", self._next_loop()))

    def on_leave(self, original: cst.CSTNode, updated: cst.CSTNode) -> cst.CSTNode:  # type: ignore[override]
        result = super().on_leave(original, updated)
        for kind, site in self.actions.get(id(original), []):
            result = self._apply(kind, site, result)  # type: ignore[arg-type]
        return result  # type: ignore[return-value]

    def _apply(self, kind: str, site: int, node: cst.CSTNode) -> cst.CSTNode:
        if kind == "loop" and isinstance(node, cst.For):
            if not self.cap_loops or node.asynchronous is not None:
                return node
            return node.with_changes(iter=_probe("loop", site, node.iter))
        if kind == "tick" and isinstance(node, cst.While):
            if not self.cap_loops:
                return node
            test = node.test if node.test.lpar else node.test.with_changes(
                lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
            return node.with_changes(test=cst.BooleanOperation(
                _probe("tick", site), cst.And(), test))
        if kind in ("owner", "uninit") and isinstance(node, cst.BaseExpression):
            return _probe(kind, site, node)
        if kind == "call" and isinstance(node, cst.Call):
            return node.with_changes(func=_probe("call", site, node.func))
        if kind == "attr" and isinstance(node, cst.Attribute):
            return _probe("attr", site, node.value, _string(node.attr.value)).with_changes(
                lpar=node.lpar, rpar=node.rpar)
        if kind == "stmt":
            return self._statement(site, node)
        return node

    def _statement(self, site: int, node: cst.CSTNode) -> cst.CSTNode:
        if isinstance(node, cst.Assign) and len(node.targets) == 1:
            target = node.targets[0].target
            if isinstance(target, cst.Name):
                return node.with_changes(value=_probe("value", site, node.value))
            if isinstance(target, cst.Attribute):
                call = _probe("setattr", site, target.value, _string(target.attr.value),
                              node.value)
                return cst.Expr(call, semicolon=node.semicolon)
            if isinstance(target, cst.Subscript):
                key = _key(target.slice)
                if key is not None:
                    call = _probe("setitem", site, target.value, key, node.value)
                    return cst.Expr(call, semicolon=node.semicolon)
        if isinstance(node, cst.AugAssign):
            op = _string(_operator(node))
            target = node.target
            if isinstance(target, cst.Name):
                return cst.Assign([cst.AssignTarget(target)],
                                  _probe("aug", site, target, op, node.value),
                                  semicolon=node.semicolon)
            if isinstance(target, cst.Attribute):
                call = _probe("augattr", site, target.value, _string(target.attr.value), op,
                              node.value)
                return cst.Expr(call, semicolon=node.semicolon)
            if isinstance(target, cst.Subscript):
                key = _key(target.slice)
                if key is not None:
                    call = _probe("augitem", site, target.value, key, op, node.value)
                    return cst.Expr(call, semicolon=node.semicolon)
        return node


def instrument(locator: Locator, targets: dict[int, tuple[cst.CSTNode, list[str]]],
               cap_loops: bool = True) -> Instrumented:
    """Probe each target node (site id -> (node, codes)); returns the new source.

    Sites that cannot be probed are left out of `sites`: their findings stay unobserved.
    """
    actions: dict[int, list[tuple[str, int]]] = {}
    sites: dict[int, list[str]] = {}
    for site, (node, codes) in targets.items():
        kind = _kind(node)
        if kind is None:
            continue
        sites[site] = sorted(set(codes))
        if "AGL006" in codes:
            owner = locator.data_owner(node)
            if owner is not None:
                actions.setdefault(id(owner), []).append(("owner", site))
        if "AGL017" in codes and isinstance(node, cst.Call):
            for call in locator.empty_calls(node):
                actions.setdefault(id(call.func), []).append(("uninit", site))
        actions.setdefault(id(node), []).append((kind, site))
    module = locator.module.visit(_Transformer(actions, cap_loops))
    return Instrumented(module.code, sites)


def _kind(node: cst.CSTNode) -> str | None:
    if isinstance(node, cst.Call):
        return "call"
    if isinstance(node, cst.Attribute):
        return "attr"
    target: cst.BaseExpression | None = None
    if isinstance(node, cst.AugAssign):
        target = node.target
    elif isinstance(node, cst.Assign) and len(node.targets) == 1:
        target = node.targets[0].target
    if isinstance(target, cst.Subscript):
        return "stmt" if _key(target.slice) is not None else None
    if isinstance(target, (cst.Attribute, cst.Name)):
        return "stmt"
    return None
