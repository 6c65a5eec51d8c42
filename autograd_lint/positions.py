"""Source positions of nodes, computed only for the top-level statements that need them.

libcst's PositionProvider records a position for every node of the module in one codegen
pass; on a file with a single finding that pass cost more than parsing and analysing the
file together. Here each top-level statement is positioned on its own (a one-statement
module), shifted by the number of lines that come before it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from autograd_lint.analysis.tree import walk

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LazyPositions:
    """`span(node)` -> (line, column, end_line, end_column), 1-based, end exclusive."""

    def __init__(self, module: cst.Module) -> None:
        self.module = module
        self._statement_of: dict[int, int] = {}
        self._scanned = 0
        self._offsets: list[int] = [len(module.header)]
        self._positions: dict[int, Mapping[cst.CSTNode, CodeRange]] = {}

    def span(self, node: cst.CSTNode) -> tuple[int, int, int, int]:
        index = self._statement(node)
        position = self._statement_positions(index)[node]
        offset = self._offset(index)
        return (position.start.line + offset, position.start.column + 1,
                position.end.line + offset, position.end.column + 1)

    def _statement(self, node: cst.CSTNode) -> int:
        key = id(node)
        body = self.module.body
        while key not in self._statement_of and self._scanned < len(body):
            for inner in walk(body[self._scanned]):
                self._statement_of[id(inner)] = self._scanned
            self._scanned += 1
        return self._statement_of[key]  # KeyError: not inside a statement

    def _offset(self, index: int) -> int:
        body = self.module.body
        while len(self._offsets) <= index:
            previous = body[len(self._offsets) - 1]
            breaks = len(_LINE_BREAK.findall(self.module.code_for_node(previous)))
            self._offsets.append(self._offsets[-1] + breaks)
        return self._offsets[index]

    def _statement_positions(self, index: int) -> Mapping[cst.CSTNode, CodeRange]:
        if index not in self._positions:
            alone = cst.Module(body=[self.module.body[index]], header=[], footer=[],
                               encoding=self.module.encoding,
                               default_indent=self.module.default_indent,
                               default_newline=self.module.default_newline,
                               has_trailing_newline=True)
            wrapper = MetadataWrapper(alone, unsafe_skip_copy=True)
            self._positions[index] = wrapper.resolve(PositionProvider)
        return self._positions[index]
