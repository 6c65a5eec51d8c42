"""Positions computed per statement equal libcst's whole-module PositionProvider."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider

from autograd_lint.analysis.tree import walk
from autograd_lint.positions import LazyPositions

ROOT = Path(__file__).parent
FILES = sorted(ROOT.glob("fixtures/AGL00*/*.py")) + sorted(ROOT.glob("eval/AGL01*/*.py"))
ODD = [
    "# header comment\n\nimport torch\n\n\n# lead\nx = 1; y = 2\r\nif x:\r\n    z = (1 +\r\n  2)\n",
    "import torch\r\rx = torch.randn(3)\r\r\r# c\ry = x * 2\r",
    '"""doc"""\n\n\nclass A:\n    def f(self):\n        return """\nmulti\nline\n"""\n\nw = A()',
]


def _compare(source: str) -> int:
    module = cst.parse_module(source)
    full = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    lazy = LazyPositions(module)
    checked = 0
    for statement in module.body:
        for node in walk(statement):
            if node in full:
                pos = full[node]
                assert lazy.span(node) == (pos.start.line, pos.start.column + 1,
                                           pos.end.line, pos.end.column + 1), node
                checked += 1
    return checked


@pytest.mark.parametrize("source", ODD)
def test_odd_layouts(source):
    assert _compare(source) > 5


def test_fixture_files():
    assert sum(_compare(p.read_text(encoding="utf-8")) for p in FILES) > 10_000
