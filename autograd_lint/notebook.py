"""Jupyter notebooks: the code cells, in order, linted as one program.

A notebook runs its cells in one namespace, so a tensor made in cell 2 and misused in
cell 5 is one mistake. The program is the code cells joined; IPython syntax that is not
Python (`%magic`, `%%cell_magic`, `!shell`, `x = !cmd`, `obj?`) becomes a neutral line
of its own, so every program line maps back to one line of one cell. Findings are
reported as `nb.ipynb:cell 3:2:5` (cells counted from 1 over all cells, markdown
included, as a notebook shows them) and carry `"cell": 3` in JSON.

`--fix` edits the cells' sources and writes the notebook back through `json`, with the
file's own indentation, key order and final newline, so only the changed cells' `source`
differs. A fix whose edits leave its cell (AGL001 inserting `.retain_grad()` where the
tensor was made, in an earlier cell) is applied by `--fix` but not shown in the JSON
`fix` field, which has no way to name another cell.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.finding import Edit, FileError, FileResult, Finding

_LINE = re.compile(r".*?(?:\r\n|\r|\n|$)", re.DOTALL)
_MAGIC = re.compile(r"^(?P<indent>[ \t]*)(?:%|!|\?)")
_ASSIGNED_MAGIC = re.compile(r"^(?P<head>[ \t]*[A-Za-z_][\w.]*\s*=\s*)(?:%|!)")
_HELP = re.compile(r"^(?P<indent>[ \t]*)[\w.]*\?\??\s*$")
# Cell magics whose body is still Python; any other `%%magic` cell is not Python at all.
_PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})
_SYNTAX_LINE = re.compile(r"at line (\d+)")


def split_lines(text: str) -> list[str]:
    """Lines with their line breaks; no empty last entry."""
    return [line for line in _LINE.findall(text) if line]


def _neutral(line: str) -> str | None:
    """The neutral Python replacing an IPython-only line, or None for a Python line."""
    if (match := _ASSIGNED_MAGIC.match(line)) is not None:
        return match.group("head") + "None"
    if (match := _MAGIC.match(line)) is not None or (match := _HELP.match(line)) is not None:
        return match.group("indent") + "pass"
    return None


def sanitize(source: str) -> tuple[list[str], set[int]]:
    """A cell's lines as Python (without line breaks) and the 0-based neutralised ones."""
    lines = [line.rstrip("\r\n") for line in split_lines(source)]
    if lines and lines[0].startswith("%%"):
        magic = lines[0][2:].split(maxsplit=1)[0] if lines[0][2:].strip() else ""
        if magic not in _PYTHON_CELL_MAGICS:
            return ["pass"] + [""] * (len(lines) - 1), set(range(len(lines)))
        lines[0] = "pass"
        neutral = {0}
    else:
        neutral = set()
    for number, line in enumerate(lines):
        if number in neutral:
            continue
        replacement = _neutral(line)
        if replacement is not None:
            lines[number] = replacement
            neutral.add(number)
    return lines, neutral


@dataclass(frozen=True)
class CodeCell:
    number: int
    """1-based position among all cells, as shown to the user."""
    source: str


def _source_text(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    if isinstance(source, list):
        return "".join(str(part) for part in source)
    return str(source)


def _is_python(notebook: dict[str, Any]) -> bool:
    metadata = notebook.get("metadata")
    if not isinstance(metadata, dict):
        return True
    for key, field in (("kernelspec", "language"), ("language_info", "name")):
        section = metadata.get(key)
        if isinstance(section, dict) and isinstance(section.get(field), str):
            return section[field].lower() == "python"
    return True


@dataclass(frozen=True)
class JsonStyle:
    """How the file was serialised, so a rewrite differs only where the content does."""

    indent: int | None
    ensure_ascii: bool
    final_newline: bool

    @classmethod
    def of(cls, text: str) -> JsonStyle:
        match = re.match(r"\{\r?\n( +)\"", text)
        escapes = re.search(r"\\u[0-9a-fA-F]{4}", text) is not None
        return cls(indent=len(match.group(1)) if match else None,
                   ensure_ascii=text.isascii() and escapes,
                   final_newline=text.endswith("\n"))

    def dump(self, data: Any) -> str:
        text = json.dumps(data, indent=self.indent, ensure_ascii=self.ensure_ascii)
        return text + "\n" if self.final_newline else text


@dataclass(frozen=True)
class NotebookDocument:
    """A notebook as a fixable document (see autograd_lint.fix.Document)."""

    path: str
    original: bytes
    data: dict[str, Any]
    cells: tuple[CodeCell, ...]
    style: JsonStyle
    python: bool = True

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> NotebookDocument:
        """Raises ValueError with a readable message for anything that is not a notebook."""
        try:
            text = data.decode("utf-8")
            notebook = json.loads(text)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise ValueError(f"not a readable notebook: {exc}") from None
        if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
            raise ValueError("not a notebook: no \"cells\" list")
        cells = tuple(
            CodeCell(number, _source_text(cell))
            for number, cell in enumerate(notebook["cells"], start=1)
            if isinstance(cell, dict) and cell.get("cell_type") == "code")
        return cls(path, data, notebook, cells, JsonStyle.of(text), _is_python(notebook))

    # -- the program and its line map
    def _layout(self) -> tuple[str, list[tuple[int, int, bool]]]:
        """The program text and, per program line, (cell number, line in cell, neutral)."""
        program: list[str] = []
        where: list[tuple[int, int, bool]] = []
        for cell in self.cells:
            lines, neutral = sanitize(cell.source)
            for number, line in enumerate(lines):
                program.append(line + "\n")
                where.append((cell.number, number + 1, number in neutral))
        return "".join(program), where

    def programs(self) -> list[str]:
        return [self._layout()[0]]

    def lint(self, config: Config) -> FileResult:
        """Findings in program coordinates (what the fixer works with)."""
        if not self.python or not self.cells:
            return FileResult(self.path)
        return lint_source(self._layout()[0], self.path, config)

    def present(self, result: FileResult) -> FileResult:
        """Program coordinates -> (cell, line in cell), for reports."""
        _, where = self._layout()
        findings = tuple(self._to_cell(f, where) for f in result.findings)
        errors = tuple(self._error_to_cell(e, where) for e in result.errors)
        return FileResult(result.path, findings, errors)

    def _to_cell(self, finding: Finding, where: list[tuple[int, int, bool]]) -> Finding:
        cell, line, _ = where[finding.line - 1]
        end_cell, end_line, _ = where[min(finding.end_line, len(where)) - 1]
        end_column = finding.end_column
        if end_cell != cell:  # a span cannot leave its cell; clip it to the line
            end_line, end_column = line, finding.column + 1
        fix = finding.fix
        if fix is not None:
            edits = [self._edit_in_cell(e, where) for e in fix.edits]
            fix = replace(fix, edits=tuple(e for e, _ in edits)) if all(
                c == cell for _, c in edits) else None
        return replace(finding, line=line, end_line=end_line, end_column=end_column,
                       cell=cell, fix=fix)

    @staticmethod
    def _edit_in_cell(edit: Edit, where: list[tuple[int, int, bool]]) -> tuple[Edit, int]:
        if not 0 < edit.line <= len(where) or not 0 < edit.end_line <= len(where):
            return edit, -1
        cell, line, _ = where[edit.line - 1]
        end_cell, end_line, _ = where[edit.end_line - 1]
        if end_cell != cell:
            return edit, -1
        return replace(edit, line=line, end_line=end_line), cell

    @staticmethod
    def _error_to_cell(error: FileError, where: list[tuple[int, int, bool]]) -> FileError:
        match = _SYNTAX_LINE.search(error.message)
        if match is None or not 0 < int(match.group(1)) <= len(where):
            return error
        cell, line, _ = where[int(match.group(1)) - 1]
        message = error.message.replace(match.group(0), f"in cell {cell} at line {line}", 1)
        return FileError(error.path, message)

    # -- fixing
    def with_fixes(self, findings: Sequence[Finding]) -> NotebookDocument:
        from autograd_lint.fix import apply_edits

        _, where = self._layout()
        per_cell: dict[int, list[Edit]] = {}
        for finding in findings:
            assert finding.fix is not None
            for edit in finding.fix.edits:
                moved, cell = self._edit_in_cell(edit, where)
                if cell < 0 or where[edit.line - 1][2] or where[edit.end_line - 1][2]:
                    raise ValueError("edit crosses a cell boundary or touches IPython syntax")
                per_cell.setdefault(cell, []).append(moved)
        cells = tuple(
            replace(cell, source=apply_edits(cell.source, per_cell[cell.number]))
            if cell.number in per_cell else cell for cell in self.cells)
        return replace(self, cells=cells)

    def encode(self) -> bytes:
        changed = {c.number: c.source for c in self.cells}
        notebook = dict(self.data)
        new_cells = []
        dirty = False
        for number, cell in enumerate(self.data["cells"], start=1):
            if number in changed and changed[number] != _source_text(cell):
                old = cell.get("source", "")
                new_source: str | list[str] = split_lines(changed[number]) \
                    if isinstance(old, list) else changed[number]
                cell = {**cell, "source": new_source}
                dirty = True
            new_cells.append(cell)
        if not dirty:
            return self.original
        notebook["cells"] = new_cells
        return self.style.dump(notebook).encode("utf-8")


def lint_notebook(data: bytes, path: str, config: Config) -> FileResult:
    """The engine's entry for `.ipynb` files."""
    try:
        document = NotebookDocument.from_bytes(data, path)
    except ValueError as exc:
        return FileResult(path, errors=(FileError(path, str(exc)),))
    return document.present(document.lint(config))
