"""Fast read-only traversal of libcst trees.

libcst's own `node.visit(visitor)` and `node.children` rebuild every node they pass through
(they share the transformer machinery), which made each extra walk of a file cost as much as
parsing it. Reading the dataclass fields directly visits the same nodes, in source order,
without building anything.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable, Iterator

import libcst as cst

_FIELDS: dict[type, tuple[str, ...]] = {}
_CODE_FIELDS: dict[type, tuple[str, ...]] = {}  # the fields a code-only walk reads
# Node classes whose subtrees hold no code: whitespace, comments, punctuation, operators
# (their fields are only further whitespace). About 60% of a file's nodes; a walk that
# looks for calls, names or statements can skip them (`code_only=True`).
TRIVIA: tuple[type[cst.CSTNode], ...] = (
    cst.BaseParenthesizableWhitespace, cst.TrailingWhitespace, cst.EmptyLine, cst.Newline,
    cst.Comment, cst.Comma, cst.Dot, cst.Colon, cst.Semicolon, cst.AssignEqual,
    cst.LeftParen, cst.RightParen, cst.LeftSquareBracket, cst.RightSquareBracket,
    cst.LeftCurlyBrace, cst.RightCurlyBrace, cst.ImportStar, cst.Asynchronous,
    cst.BaseBinaryOp, cst.BaseBooleanOp, cst.BaseCompOp, cst.BaseUnaryOp, cst.BaseAugOp,
)
# What a field value's type holds: a code node, a trivia node, a tuple/list that may hold
# nodes, or something else. A dict lookup per value: isinstance() against CSTNode goes
# through ABCMeta.__instancecheck__, which was most of the cost of every walk.
_OTHER, _CODE, _TRIVIA, _SEQUENCE = 0, 1, 2, 3
_KIND: dict[type, int] = {}


def _kind(cls: type) -> int:
    kind = _KIND.get(cls)
    if kind is None:
        kind = _KIND[cls] = (_TRIVIA if issubclass(cls, TRIVIA) else _CODE) \
            if issubclass(cls, cst.CSTNode) else \
            _SEQUENCE if issubclass(cls, (tuple, list)) else _OTHER
    return kind


def _may_hold_code(hint: object) -> bool:
    """Can a field with this type hint hold a node that is not TRIVIA? Unknown: yes."""
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return False
    if origin is not None:
        return any(_may_hold_code(arg) for arg in typing.get_args(hint))
    if inspect.isclass(hint):
        if issubclass(hint, cst.CSTNode):
            return not issubclass(hint, TRIVIA)
        return not issubclass(hint, (str, bool, int, float, type(None), cst.MaybeSentinel))
    return True


def _code_fields(cls: type) -> tuple[str, ...]:
    """The fields of a node class that may hold code, by libcst's own type hints: a code
    walk need not read `lpar`, `whitespace_after`, `comma`, ... at all."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # noqa: BLE001 - hints that do not resolve: read every field
        return names
    return tuple(name for name in names if _may_hold_code(hints.get(name, object)))


def _collect(node: cst.CSTNode, trivia: bool) -> list[cst.CSTNode]:
    cls = type(node)
    if trivia:
        names = _FIELDS.get(cls)
        if names is None:
            names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    else:
        names = _CODE_FIELDS.get(cls)
        if names is None:
            names = _CODE_FIELDS[cls] = _code_fields(cls)
    last = _TRIVIA if trivia else _CODE  # kept: the kinds from _CODE up to `last`
    found: list[cst.CSTNode] = []
    for name in names:
        value = getattr(node, name)
        kind = _KIND.get(type(value))
        if kind is None:
            kind = _kind(type(value))
        if kind == _SEQUENCE:
            for item in value:
                kind = _KIND.get(type(item))
                if kind is None:
                    kind = _kind(type(item))
                if _CODE <= kind <= last:
                    found.append(item)
        elif _CODE <= kind <= last:
            found.append(value)
    return found


def child_list(node: cst.CSTNode, code_only: bool = False) -> list[cst.CSTNode]:
    """The immediate child nodes, in field (source) order; without TRIVIA if `code_only`."""
    return _collect(node, not code_only)


def children(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """The immediate child nodes, in field (source) order."""
    return iter(child_list(node))


def walk(node: cst.CSTNode, prune: Callable[[cst.CSTNode], bool] | None = None,
         code_only: bool = False) -> Iterator[cst.CSTNode]:
    """Pre-order walk (the node itself first). `prune(n)` true: yield n, skip its subtree.
    `code_only`: below `node`, TRIVIA nodes are neither yielded nor entered."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if prune is not None and prune(current) and current is not node:
            continue
        stack.extend(reversed(_collect(current, not code_only)))


def find(node: cst.CSTNode, predicate: Callable[[cst.CSTNode], bool],
         prune: Callable[[cst.CSTNode], bool] | None = None,
         code_only: bool = False) -> list[cst.CSTNode]:
    return [n for n in walk(node, prune, code_only) if predicate(n)]


def events(node: cst.CSTNode, code_only: bool = False) -> Iterator[tuple[bool, cst.CSTNode]]:
    """(entering, node) pairs: True before a node's subtree, False after it. Iterative, so
    deep trees cannot overflow Python's stack. `code_only`: no TRIVIA below `node`."""
    stack: list[tuple[bool, cst.CSTNode]] = [(True, node)]
    while stack:
        entering, current = stack.pop()
        yield entering, current
        if entering:
            stack.append((False, current))
            stack.extend([(True, child)
                          for child in reversed(_collect(current, not code_only))])


def run_visitor(visitor: object, node: cst.CSTNode, code_only: bool = False) -> None:
    """Drive a visitor's `visit_<Type>` / `leave_<Type>` methods with the fast walk.

    Same contract as `node.visit(visitor)` for read-only visitors: a `visit_` method that
    returns False skips the node's children; `leave_` runs after them. `code_only`: TRIVIA
    nodes below `node` are not visited (for visitors with no methods for them).
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
        stack.extend((True, child)
                     for child in reversed(_collect(current, not code_only)))
