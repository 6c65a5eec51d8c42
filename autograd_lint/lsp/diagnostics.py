"""FileResult -> LSP diagnostics, as the JSON the protocol carries.

Each finding becomes one diagnostic with its code, a link to the rule's docs page and, in
`data`, what the code actions need (the fix) so they never re-lint. A file that does not
parse gets exactly one diagnostic at the syntax error; errors inside the tool (a rule that
crashed) are logged, not shown as squiggles, because the user's code is not at fault.

Diagnostics are built as JSON objects directly, not as lsprotocol objects that pygls then
unstructures with cattrs: every keystroke republishes all of a document's diagnostics
(~800 on a 5,000-line file), and the cattrs pass alone cost more than the conversion.
`tests/test_lsp_units.py` checks the JSON is exactly what cattrs makes of the typed
`Diagnostic`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from autograd_lint.finding import FileError, FileResult, Finding, Fix
from autograd_lint.lsp.positions import client_units
from autograd_lint.reporters.sarif import DOCS_URL

Json = dict[str, Any]
SOURCE = "autograd-lint"
SEVERITY = {"error": types.DiagnosticSeverity.Error.value,
            "warning": types.DiagnosticSeverity.Warning.value}
_SYNTAX = re.compile(r"syntax error at line (?P<line>\d+), column (?P<column>\d+)")


@dataclass(frozen=True)
class Converted:
    diagnostics: list[Json]
    internal_errors: list[str]
    """Messages for the server log: the tool failed, not the user's code."""


def convert(result: FileResult, lines: Sequence[str], codec: PositionCodec) -> Converted:
    diagnostics = [finding_diagnostic(f, lines, codec) for f in result.findings]
    internal: list[str] = []
    for error in result.errors:
        if is_internal(error):
            internal.append(error.message)
        else:
            diagnostics.append(error_diagnostic(error, lines, codec))
    return Converted(diagnostics, internal)


def is_internal(error: FileError) -> bool:
    return error.message.startswith("internal error")


def with_version(diagnostic: Json, version: int | None) -> Json:
    """The diagnostic with the document version its `data` was computed for (code actions
    compare it with the version they are asked about)."""
    data = diagnostic.get("data")
    if not isinstance(data, dict):
        return diagnostic
    return {**diagnostic, "data": {**data, "version": version}}


def finding_diagnostic(finding: Finding, lines: Sequence[str],
                       codec: PositionCodec) -> Json:
    message = finding.message
    if finding.confirmation is not None:
        message += (f"\n[dynamic check: {finding.confirmation.status}] "
                    f"{finding.confirmation.evidence}")
    return {
        "range": _range(lines, finding.line, finding.column, finding.end_line,
                        finding.end_column, codec),
        "message": message,
        "severity": SEVERITY[finding.severity],
        "code": finding.code,
        "codeDescription": {"href": DOCS_URL.format(code=finding.code)},
        "source": SOURCE,
        "data": {"fix": fix_json(finding.fix) if finding.fix else None},
    }


def fix_json(fix: Fix) -> Json:
    """`Fix.to_dict()` without `dataclasses.asdict` (which costs ~10x more per edit)."""
    return {
        "applicability": fix.applicability,
        "description": fix.description,
        "edits": [{"line": e.line, "column": e.column, "end_line": e.end_line,
                   "end_column": e.end_column, "text": e.text} for e in fix.edits],
    }


def error_diagnostic(error: FileError, lines: Sequence[str], codec: PositionCodec) -> Json:
    """A file the engine could not read: at the syntax error if it names one, else line 1.

    The range covers the rest of the offending line (at least one character), so the
    squiggle is visible even when the error is at the end of a line.
    """
    match = _SYNTAX.match(error.message)
    line, column = (int(match["line"]), int(match["column"])) if match else (1, 1)
    text = lines[line - 1].rstrip("\r\n") if 0 < line <= len(lines) else ""
    end_column = max(len(text) + 1, column + 1) if text else column
    return {
        "range": _range(lines, line, column, line, end_column, codec),
        "message": error.message,
        "severity": types.DiagnosticSeverity.Error.value,
        "source": SOURCE,
    }


def config_error_diagnostic(message: str) -> Json:
    """A broken configuration, shown once at the top of the document."""
    start = {"line": 0, "character": 0}
    return {
        "range": {"start": start, "end": dict(start)},
        "message": f"autograd-lint configuration error: {message}",
        "severity": types.DiagnosticSeverity.Error.value,
        "source": SOURCE,
    }


def _range(lines: Sequence[str], line: int, column: int, end_line: int, end_column: int,
           codec: PositionCodec) -> Json:
    start_line, start = client_units(lines, line, column, codec)
    stop_line, stop = client_units(lines, end_line, end_column, codec)
    return {"start": {"line": start_line, "character": start},
            "end": {"line": stop_line, "character": stop}}
