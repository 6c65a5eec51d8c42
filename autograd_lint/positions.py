"""Source positions of reported nodes, generating code only for the statements that hold them.

libcst's PositionProvider records a position for every node of the module in one codegen
pass; on a file with a single finding that pass cost more than parsing and analysing the
file together. Here a node is positioned by generating only the smallest unit around it:

- a *line*: the small statements of a SimpleStatementLine (`x = f(y); z = 1`), or
- the innermost *compound statement* (`if`/`for`/`def`/...), for nodes in its header, its
  decorators or a one-line suite (`if x: a; b`).

Where a unit starts comes from CPython's `ast`, whose statements correspond one-to-one and
in order to libcst's (a line holds one ast statement per small statement). The column is
libcst's own: a line's statements and a compound statement's keyword begin right after the
indentation libcst emits, so ast's column must equal it. Every anchored unit is checked
against the source text at that place; anything that does not map or does not match falls
back to generating the whole top-level statement (shifted by the lines before it), which
is libcst's whole-module answer by construction. tests/test_positions.py compares every
node with the whole-module PositionProvider.
"""

from __future__ import annotations

import ast
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

import libcst as cst
from libcst._nodes.statement import _BaseSimpleStatement
from libcst.metadata import CodeRange, PositionProvider
from libcst.metadata.position_provider import PositionProvidingCodegenState

_LINE_BREAK = re.compile(r"\r\n?|\n")  # what both CPython and libcst count as a new line
# A line holding only a backslash continuation (after blanks): where it joins lines in
# front of a statement, libcst drops it, so its line numbers after it are not the file's.
_BLANK_CONTINUATION = re.compile(r"(?:^|[\r\n])[ \t\f]*\\(?:\r\n?|\n)")
_NEWLINES = ("\n", "\r\n", "\r")
_Unit = cst.SimpleStatementLine | cst.BaseCompoundStatement
_UNIT_TYPES = (cst.SimpleStatementLine, cst.BaseCompoundStatement)
# Whitespace, comments and punctuation: more than half of all nodes, and never what a rule
# reports. The first scan skips them; a node it does not find triggers a complete scan.
_LAYOUT = (cst.BaseParenthesizableWhitespace, cst.TrailingWhitespace, cst.EmptyLine,
           cst.Newline, cst.Comment, cst.Comma, cst.Dot, cst.Semicolon, cst.Colon,
           cst.AssignEqual, cst.LeftParen, cst.RightParen, cst.LeftSquareBracket,
           cst.RightSquareBracket, cst.LeftCurlyBrace, cst.RightCurlyBrace)
Span = tuple[int, int, int, int]


def _ast_types(*names: str) -> tuple[type, ...]:
    """The ast classes of these names that the running Python has (TryStar is 3.11+)."""
    return tuple(getattr(ast, name) for name in names if hasattr(ast, name))


# The ast statement class(es) each libcst statement class corresponds to.
_AST_OF: dict[type, tuple[type, ...]] = {
    cst.Expr: _ast_types("Expr"), cst.Assign: _ast_types("Assign"),
    cst.AnnAssign: _ast_types("AnnAssign"), cst.AugAssign: _ast_types("AugAssign"),
    cst.Return: _ast_types("Return"), cst.Raise: _ast_types("Raise"),
    cst.Assert: _ast_types("Assert"), cst.Del: _ast_types("Delete"),
    cst.Pass: _ast_types("Pass"), cst.Break: _ast_types("Break"),
    cst.Continue: _ast_types("Continue"), cst.Global: _ast_types("Global"),
    cst.Nonlocal: _ast_types("Nonlocal"), cst.Import: _ast_types("Import"),
    cst.ImportFrom: _ast_types("ImportFrom"), cst.TypeAlias: _ast_types("TypeAlias"),
    cst.If: _ast_types("If"), cst.While: _ast_types("While"), cst.Try: _ast_types("Try"),
    cst.TryStar: _ast_types("TryStar"), cst.ClassDef: _ast_types("ClassDef"),
    cst.Match: _ast_types("Match"),
}
# Statements with an `async` form: (plain, async) ast classes.
_ASYNC_FORMS: dict[type, tuple[type, type]] = {
    cst.FunctionDef: (ast.FunctionDef, ast.AsyncFunctionDef),
    cst.For: (ast.For, ast.AsyncFor),
    cst.With: (ast.With, ast.AsyncWith),
}


@dataclass(frozen=True)
class _Anchor:
    """Where a unit's own text begins in the file, per ast, and the indentation around it."""

    line: int
    column_bytes: int  # ast's col_offset: UTF-8 bytes into the line
    indent: tuple[str, ...]  # libcst's indent tokens at the unit
    is_elif: bool = False


@dataclass(frozen=True)
class _Placed:
    """Positions from one generated piece of code, and the lines to add to them."""

    positions: Mapping[cst.CSTNode, CodeRange]
    line_shift: int


class LazyPositions:
    """`span(node)` -> (line, column, end_line, end_column), 1-based, end exclusive.

    `source` is the text `module` was parsed from, and `tree` CPython's parse of it or of
    the file it was cut from by emptying the lines of whole statements (the engine's
    slice: statements whose first line is empty in `source` are passed over). Without a
    source libcst generates the module's code once (not `module.code`, which the engine
    answers with the whole file), and without a usable tree that text is parsed here,
    when a position is first asked for. Raises KeyError for a node that is not inside one
    of the module's statements.
    """

    def __init__(self, module: cst.Module, source: str | None = None,
                 tree: ast.Module | None = None) -> None:
        self.module = module
        # libcst's positions do not count a byte order mark; CPython refuses one in text.
        self._text = source.removeprefix("\ufeff") if source is not None else None
        self._line_starts: list[int] = []
        self._tree = tree
        self._indexed = False
        self._ast_body: list[ast.stmt] = []  # the tree's top level, as far as present
        # id(node) -> its unit, and id(unit) -> its top-level statement's index. (No
        # tuple per node: a hundred thousand new objects could trigger a full collection
        # of the garbage collector, which with a libcst tree alive costs more than this.)
        self._unit_of: dict[int, _Unit] = {}
        self._top_of: dict[int, int] = {}
        self._scanned = 0  # top-level statements taken into the scan
        self._pending: list[tuple[int, _Unit]] = []  # units still to scan, next last
        self._complete = False
        self._first_ast: list[int] | None = None  # per top-level statement: ast index
        self._anchors: dict[int, dict[int, _Anchor]] = {}
        self._placed_units: dict[int, _Placed | None] = {}
        self._placed_tops: dict[int, _Placed] = {}
        self._offsets: list[int] = []  # per top-level statement: lines before it

    # ------------------------------------------------------------------ public
    def span(self, node: cst.CSTNode) -> Span:
        found = self.anchored_span(node)
        if found is not None:
            return found
        index, _ = self._locate(node)
        return _shifted(self._place_top(index), node)

    def anchored_span(self, node: cst.CSTNode) -> Span | None:
        """The span from the node's own line or compound statement, or None when that
        unit cannot be anchored and verified (span() then uses the top-level statement)."""
        index, unit = self._locate(node)
        key = id(unit)
        if key not in self._placed_units:
            self._placed_units[key] = self._place_unit(index, unit)
        placed = self._placed_units[key]
        if placed is None or node not in placed.positions:
            return None
        return _shifted(placed, node)

    # ------------------------------------------------------------------ which unit
    def _locate(self, node: cst.CSTNode) -> tuple[int, _Unit]:
        """The node's top-level statement index and innermost unit. Units are scanned in
        source order until the node turns up (the rest waits for a later question); a node
        the scan skips as layout is found by one complete scan of everything."""
        key = id(node)
        unit_of = self._unit_of
        body = self.module.body
        pending = self._pending
        while key not in unit_of and (pending or self._scanned < len(body)):
            if not pending:
                pending.append((self._scanned, body[self._scanned]))
                self._scanned += 1
            index, unit = pending.pop()
            pending.extend((index, inner) for inner in self._scan(index, unit, (_CONTENT,)))
        if key not in unit_of and not self._complete:
            self._complete = True
            everything = [(index, statement) for index, statement in enumerate(body)]
            while everything:
                index, unit = everything.pop()
                everything.extend((index, inner) for inner in
                                  self._scan(index, unit, (_CONTENT, _LAYOUT_NODE)))
        unit = unit_of[key]  # KeyError: not inside a statement
        return self._top_of[id(unit)], unit

    def _scan(self, index: int, unit: _Unit, kinds: tuple[int, ...]) -> list[_Unit]:
        """Record the unit as the unit of its nodes of these kinds, up to the units nested
        in it, which are returned ready to pop (the last is, mostly, the first in the
        source). No tuple is made per node: this runs over every node of the code that
        has findings."""
        unit_of = self._unit_of
        self._top_of[id(unit)] = index
        nested: list[_Unit] = []
        stack: list[cst.CSTNode] = [unit]
        while stack:
            node = stack.pop()
            unit_of[id(node)] = unit
            for child in reversed(_children(node)):
                kind = _kind(type(child))
                if kind in kinds:
                    stack.append(child)
                elif kind == _UNIT:
                    nested.append(child)  # type: ignore[arg-type]
        return nested

    # ------------------------------------------------------------------ anchored units
    def _place_unit(self, index: int, unit: _Unit) -> _Placed | None:
        anchor = self._anchors_of(index).get(id(unit))
        if anchor is None:
            return None
        column = sum(len(token) for token in anchor.indent)
        if not self._column_agrees(anchor, column):
            return None
        if isinstance(unit, cst.SimpleStatementLine):
            return self._place_line(unit, anchor, column)
        return self._place_compound(unit, anchor, column)

    def _place_line(self, line: cst.SimpleStatementLine, anchor: _Anchor,
                    column: int) -> _Placed | None:
        """A line's statements start right after the indentation, on ast's line. (Its
        leading comment lines are not generated: their nodes use the fallback.)"""
        positions, tokens = self._generate(
            lambda state: _BaseSimpleStatement._codegen_impl(line, state),
            anchor.indent, anchor.line, column)
        if not self._text_matches(anchor.line, column, tokens):
            return None
        return _Placed(positions, 0)

    def _place_compound(self, statement: cst.BaseCompoundStatement, anchor: _Anchor,
                        column: int) -> _Placed | None:
        """A compound statement's code starts with its leading comment lines at column 0,
        and ast locates the keyword after them (after the decorators of a def/class)."""
        kwargs: dict[str, Any] = {"is_elif": True} if anchor.is_elif else {}
        positions, tokens = self._generate(
            lambda state: statement._codegen(state, **kwargs), anchor.indent, 1, 0)
        keyword = positions[statement].start
        shift = anchor.line - keyword.line
        if keyword.column != column or not self._text_matches(1 + shift, 0, tokens):
            return None
        return _Placed(positions, shift)

    def _column_agrees(self, anchor: _Anchor, column: int) -> bool:
        """ast's byte column is libcst's character column on that line of the source."""
        text, starts = self._source()
        if not 1 <= anchor.line <= len(starts):
            return False
        start = starts[anchor.line - 1]
        prefix = text[start:start + column]
        return len(prefix.encode("utf-8", "surrogatepass")) == anchor.column_bytes

    def _text_matches(self, line: int, column: int, tokens: Sequence[str]) -> bool:
        """The generated code is what the source holds at (line, column)."""
        text, starts = self._source()
        if not 1 <= line <= len(starts):
            return False
        start = starts[line - 1] + column
        generated = "".join(tokens)
        if text.startswith(generated, start):
            return True
        # The file's last statement without a final newline: libcst generates one.
        return (not self.module.has_trailing_newline and bool(tokens)
                and tokens[-1] in _NEWLINES
                and text[start:] == generated[:len(generated) - len(tokens[-1])])

    def _source(self) -> tuple[str, list[int]]:
        if self._text is None:
            self._text = self.module.code_for_node(self.module)
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self._text)]
        return self._text, self._line_starts

    def _anchors_of(self, index: int) -> dict[int, _Anchor]:
        """Anchors of the units in one top-level statement: ast's statements, paired."""
        if index not in self._anchors:
            anchors: dict[int, _Anchor] = {}
            first = self._ast_index()
            if first is not None:
                statement = self.module.body[index]
                ast_body = self._ast_body[first[index]:first[index + 1]]
                try:
                    _Pairing(anchors, self.module.default_indent, self._present).statements(
                        [statement], ast_body, ())
                except RecursionError:
                    anchors.clear()
            self._anchors[index] = anchors
        return self._anchors[index]

    def _ast_index(self) -> list[int] | None:
        """Per top-level libcst statement, where its ast statements start in
        `self._ast_body` (a line holds several); None when no CPython tree corresponds."""
        if not self._indexed:
            self._indexed = True
            first = [0]
            for statement in self.module.body:
                first.append(first[-1] + (len(statement.body) if isinstance(
                    statement, cst.SimpleStatementLine) else 1))
            if _BLANK_CONTINUATION.search(self._source()[0]):
                return None  # libcst's lines may not be the file's: no anchors at all
            body = self._present_body(self._tree)
            if body is None or len(body) != first[-1]:
                body = self._present_body(self._parse())  # none given, or of other text
            if body is not None and len(body) == first[-1]:
                self._ast_body, self._first_ast = body, first
        return self._first_ast

    def _present_body(self, tree: ast.Module | None) -> list[ast.stmt] | None:
        return None if tree is None else [s for s in tree.body if self._present(s)]

    def _present(self, statement: ast.stmt) -> bool:
        """Whether the statement's first line holds text in the source: a tree of the
        whole file also describes its slice, minus the statements emptied there."""
        text, starts = self._source()
        line = statement.lineno
        if not 1 <= line <= len(starts):
            return False
        end = starts[line] if line < len(starts) else len(text)
        return not text[starts[line - 1]:end].isspace() and end > starts[line - 1]

    def _parse(self) -> ast.Module | None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # invalid escapes etc.: not ours to say
                return ast.parse(self._source()[0])
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None  # grammar newer than this Python: libcst parses it, CPython not

    # ------------------------------------------------------------------ fallback
    def _place_top(self, index: int) -> _Placed:
        """A whole top-level statement, shifted by the lines generated before it."""
        if index not in self._placed_tops:
            statement = self.module.body[index]
            positions, _ = self._generate(statement._codegen, (), 1, 0)
            self._placed_tops[index] = _Placed(positions, self._offset(index))
        return self._placed_tops[index]

    def _offset(self, index: int) -> int:
        offsets = self._offsets
        if not offsets:  # the header's lines (an odd one can hold a line break itself)
            offsets.append(sum(self._line_breaks(line) for line in self.module.header))
        body = self.module.body
        while len(offsets) <= index:
            offsets.append(offsets[-1] + self._line_breaks(body[len(offsets) - 1]))
        return offsets[index]

    def _line_breaks(self, node: cst.CSTNode) -> int:
        return len(_LINE_BREAK.findall(self.module.code_for_node(node)))

    def _generate(self, emit: Callable[[PositionProvidingCodegenState], None],
                  indent: tuple[str, ...], line: int, column: int,
                  ) -> tuple[Mapping[cst.CSTNode, CodeRange], list[str]]:
        """Run libcst's position-recording codegen from (line, column) with `indent`
        around it: the same state the whole-module pass has at that point."""
        provider = PositionProvider()
        state = PositionProvidingCodegenState(
            default_indent=self.module.default_indent,
            default_newline=self.module.default_newline,
            provider=provider, indent_tokens=list(indent), line=line, column=column)
        emit(state)
        return provider._computed, state.tokens


_UNIT, _CONTENT, _LAYOUT_NODE, _SEQUENCE, _OTHER = range(5)
_KINDS: dict[type, int] = {}
_FIELDS: dict[type, tuple[str, ...]] = {}


def _kind(cls: type) -> int:
    """A cached isinstance: ABC checks were most of a scan's cost."""
    kind = _KINDS.get(cls)
    if kind is None:
        kind = _KINDS[cls] = (
            _OTHER if not issubclass(cls, cst.CSTNode) else _UNIT
            if issubclass(cls, _UNIT_TYPES) else _LAYOUT_NODE
            if issubclass(cls, _LAYOUT) else _CONTENT)
    return kind


def _children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The field values that may be nodes, in source order (a field holds a node, a
    sequence of nodes or something else, which _kind() calls _OTHER)."""
    cls = type(node)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(field.name for field in fields(node))
    found = []
    for name in names:
        value = getattr(node, name)
        if type(value) in (tuple, list):
            found.extend(value)
        else:
            found.append(value)
    return found


def _shifted(placed: _Placed, node: cst.CSTNode) -> Span:
    position = placed.positions[node]
    shift = placed.line_shift
    return (position.start.line + shift, position.start.column + 1,
            position.end.line + shift, position.end.column + 1)


class _Pairing:
    """Walks libcst and ast statement lists side by side, recording each unit's anchor.

    A list whose statements do not correspond (count or kind) records nothing, so the
    units in it fall back to the top-level method.
    """

    def __init__(self, anchors: dict[int, _Anchor], default_indent: str,
                 present: Callable[[ast.stmt], bool]) -> None:
        self.anchors = anchors
        self.default_indent = default_indent
        self.present = present

    def statements(self, body: Sequence[cst.BaseStatement], ast_body: Sequence[ast.stmt],
                   indent: tuple[str, ...]) -> None:
        ast_body = [statement for statement in ast_body if self.present(statement)]
        flat: list[cst.CSTNode] = []
        for statement in body:
            if isinstance(statement, cst.SimpleStatementLine):
                flat.extend(statement.body)
            else:
                flat.append(statement)
        if len(flat) != len(ast_body) or not all(
                _corresponds(c, a) for c, a in zip(flat, ast_body, strict=True)):
            return
        position = 0
        for statement in body:
            first = ast_body[position]
            self.anchors[id(statement)] = _Anchor(first.lineno, first.col_offset, indent)
            if isinstance(statement, cst.SimpleStatementLine):
                position += len(statement.body)
            else:
                self.compound(statement, first, indent)
                position += 1

    def compound(self, node: cst.BaseCompoundStatement, tree: Any,
                 indent: tuple[str, ...]) -> None:
        """The statement lists inside one compound statement (its anchor is recorded)."""
        if isinstance(node, cst.If):
            self.suite(node.body, tree.body, indent)
            self.orelse_if(node.orelse, tree.orelse, indent)
        elif isinstance(node, (cst.For, cst.While)):
            self.suite(node.body, tree.body, indent)
            self.orelse(node.orelse, tree.orelse, indent)
        elif isinstance(node, (cst.Try, cst.TryStar)):
            self.suite(node.body, tree.body, indent)
            if len(node.handlers) == len(tree.handlers):
                for handler, ast_handler in zip(node.handlers, tree.handlers, strict=True):
                    self.suite(handler.body, ast_handler.body, indent)
            self.orelse(node.orelse, tree.orelse, indent)
            if node.finalbody is not None:
                self.suite(node.finalbody.body, tree.finalbody, indent)
        elif isinstance(node, (cst.With, cst.FunctionDef, cst.ClassDef)):
            self.suite(node.body, tree.body, indent)
        elif isinstance(node, cst.Match) and len(node.cases) == len(tree.cases):
            inner = indent + (self._indent_of(node.indent),)
            for case, ast_case in zip(node.cases, tree.cases, strict=True):
                self.suite(case.body, ast_case.body, inner)

    def orelse_if(self, orelse: cst.If | cst.Else | None, ast_orelse: list[ast.stmt],
                  indent: tuple[str, ...]) -> None:
        """`elif` is an If in libcst's orelse and a one-If orelse list in ast."""
        if isinstance(orelse, cst.If):
            if len(ast_orelse) == 1 and isinstance(ast_orelse[0], ast.If):
                elif_ = ast_orelse[0]
                self.anchors[id(orelse)] = _Anchor(elif_.lineno, elif_.col_offset, indent,
                                                   is_elif=True)
                self.compound(orelse, elif_, indent)
        else:
            self.orelse(orelse, ast_orelse, indent)

    def orelse(self, orelse: cst.Else | None, ast_orelse: list[ast.stmt],
               indent: tuple[str, ...]) -> None:
        if orelse is not None:
            self.suite(orelse.body, ast_orelse, indent)

    def suite(self, suite: cst.BaseSuite, ast_body: list[ast.stmt],
              indent: tuple[str, ...]) -> None:
        # A one-line suite holds small statements only: its nodes belong to the compound
        # statement's unit, so there is nothing to anchor in it.
        if isinstance(suite, cst.IndentedBlock):
            self.statements(suite.body, ast_body, indent + (self._indent_of(suite.indent),))

    def _indent_of(self, indent: str | None) -> str:
        return self.default_indent if indent is None else indent


def _corresponds(node: cst.CSTNode, tree: ast.stmt) -> bool:
    forms = _ASYNC_FORMS.get(type(node))
    if forms is not None:
        return type(tree) is forms[node.asynchronous is not None]  # type: ignore[attr-defined]
    return isinstance(tree, _AST_OF.get(type(node), ()))
