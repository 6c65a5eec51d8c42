"""The fast read-only walks (analysis/tree.py) visit what libcst itself would visit."""

from __future__ import annotations

import dataclasses
import inspect
import typing
from pathlib import Path

import libcst as cst
import pytest

from autograd_lint.analysis.tree import TRIVIA, child_list, events, find, walk

FIXTURES = Path(__file__).parent / "fixtures"
ODD = '''\
async def f(a, /, b=1, *c, d: "int" = 2, **e) -> None:  # comment
    x = [i async for i in g() if i]; y = {**e}; z = (yield)
    del x[0], y
    lambda q=(1,
              2): q ** -1 @ b
    async with h() as (u, v), w: pass
    return not a is not b and c or d in e != f'{a!r:>{b}}'
@dec
class C(B, metaclass=M):
    x: int = 1
    def m(self): return self.x.y[1:2, ...]
from . import *  # noqa
x += 1; x <<= 2; x //= 3
'''


def sources() -> list[str]:
    return [ODD] + [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.py"))]


def plain_children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The obvious definition, with isinstance (which the fast version avoids)."""
    found: list[cst.CSTNode] = []
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if isinstance(value, cst.CSTNode):
            found.append(value)
        elif isinstance(value, (tuple, list)):
            found.extend(item for item in value if isinstance(item, cst.CSTNode))
    return found


@pytest.mark.parametrize("source", sources()[:40])
def test_child_list_is_every_node_field_in_field_order(source: str) -> None:
    module = cst.parse_module(source)
    for node in walk(module):
        assert [id(n) for n in child_list(node)] == [id(n) for n in plain_children(node)]


@pytest.mark.parametrize("source", sources())
def test_code_only_walks_drop_exactly_the_trivia(source: str) -> None:
    module = cst.parse_module(source)
    full = list(walk(module))
    code = list(walk(module, code_only=True))
    assert [id(n) for n in code] == [id(n) for n in full if not isinstance(n, TRIVIA)]
    assert [(e, id(n)) for e, n in events(module, code_only=True)] == \
        [(e, id(n)) for e, n in events(module) if not isinstance(n, TRIVIA)]
    calls = find(module, lambda n: isinstance(n, cst.Call), code_only=True)
    assert calls == [n for n in full if isinstance(n, cst.Call)]


def _node_classes(hint: object) -> list[type]:
    """The CSTNode classes a field's type hint allows."""
    if inspect.isclass(hint):
        return [hint] if issubclass(hint, cst.CSTNode) else []
    return [cls for arg in typing.get_args(hint) for cls in _node_classes(arg)]


def test_trivia_subtrees_hold_only_trivia() -> None:
    """What makes skipping TRIVIA safe: by libcst's own field types, a trivia node can only
    contain further trivia, never an expression or a statement."""
    trivia_classes = [cls for cls in vars(cst).values()
                      if inspect.isclass(cls) and issubclass(cls, TRIVIA)
                      and not inspect.isabstract(cls)]
    assert len(trivia_classes) > 40
    for cls in trivia_classes:
        for name, hint in typing.get_type_hints(cls).items():
            for inner in _node_classes(hint):
                assert issubclass(inner, TRIVIA), f"{cls.__name__}.{name}: {inner.__name__}"
