"""Fast read-only traversal of libcst trees.

libcst's own `node.visit(visitor)` and `node.children` rebuild every node they pass through
(they share the transformer machinery), which made each extra walk of a file cost as much as
parsing it. Reading the dataclass fields directly visits the same nodes, in source order,
without building anything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import libcst as cst

_FIELDS: dict[type, tuple[str, ...]] = {}
# What a field value's type holds: _NODE (a node), _SEQUENCE (a tuple/list that may hold
# nodes) or _OTHER. A dict lookup per value: isinstance() against CSTNode goes through
# ABCMeta.__instancecheck__, which was most of the cost of every walk.
_NODE, _SEQUENCE, _OTHER = 1, 2, 0
_KIND: dict[type, int] = {}


def _kind(cls: type) -> int:
    kind = _KIND.get(cls)
    if kind is None:
        kind = _KIND[cls] = _NODE if issubclass(cls, cst.CSTNode) else \
            _SEQUENCE if issubclass(cls, (tuple, list)) else _OTHER
    return kind


def child_list(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The immediate child nodes, in field (source) order."""
    names = _FIELDS.get(type(node))
    if names is None:
        names = _FIELDS[type(node)] = tuple(f.name for f in dataclasses.fields(node))
    found: list[cst.CSTNode] = []
    for name in names:
        value = getattr(node, name)
        kind = _KIND.get(type(value))
        if kind is None:
            kind = _kind(type(value))
        if kind == _NODE:
            found.append(value)
        elif kind == _SEQUENCE:
            found.extend(item for item in value if _kind(type(item)) == _NODE)
    return found


def children(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """The immediate child nodes, in field (source) order."""
    return iter(child_list(node))


def walk(node: cst.CSTNode,
         prune: Callable[[cst.CSTNode], bool] | None = None) -> Iterator[cst.CSTNode]:
    """Pre-order walk (the node itself first). `prune(n)` true: yield n, skip its subtree."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if prune is not None and prune(current) and current is not node:
            continue
        stack.extend(reversed(child_list(current)))


def find(node: cst.CSTNode, predicate: Callable[[cst.CSTNode], bool],
         prune: Callable[[cst.CSTNode], bool] | None = None) -> list[cst.CSTNode]:
    return [n for n in walk(node, prune) if predicate(n)]


def events(node: cst.CSTNode) -> Iterator[tuple[bool, cst.CSTNode]]:
    """(entering, node) pairs: True before a node's subtree, False after it. Iterative, so
    deep trees cannot overflow Python's stack."""
    stack: list[tuple[bool, cst.CSTNode]] = [(True, node)]
    while stack:
        entering, current = stack.pop()
        yield entering, current
        if entering:
            stack.append((False, current))
            stack.extend((True, child) for child in reversed(child_list(current)))



def run_visitor(visitor: object, node: cst.CSTNode) -> None:
    """Drive a visitor's `visit_<Type>` / `leave_<Type>` methods with the fast walk.

    Same contract as `node.visit(visitor)` for read-only visitors: a `visit_` method that
    returns False skips the node's children; `leave_` runs after them.
    """
    stack: list[tuple[bool, cst.CSTNode]] = [(True, node)]
    while stack:
        entering, current = stack.pop()
        kind = type(current).__name__
        if not entering:
            leave = getattr(visitor, "leave_" + kind, None)
            if leave is not None:
                leave(current)
            continue
        visit = getattr(visitor, "visit_" + kind, None)
        stack.append((False, current))
        if visit is not None and visit(current) is False:
            continue
        stack.extend((True, child) for child in reversed(child_list(current)))
