"""FileResult -> LSP diagnostics.

Each finding becomes one diagnostic with its code, a link to the rule's docs page and, in
`data`, what the code actions need (the fix) so they never re-lint. A file that does not
parse gets exactly one diagnostic at the syntax error; errors inside the tool (a rule that
crashed) are logged, not shown as squiggles, because the user's code is not at fault.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from autograd_lint.finding import FileError, FileResult, Finding
from autograd_lint.lsp.positions import to_client_range
from autograd_lint.reporters.sarif import DOCS_URL

SOURCE = "autograd-lint"
SEVERITY = {"error": types.DiagnosticSeverity.Error,
            "warning": types.DiagnosticSeverity.Warning}
_SYNTAX = re.compile(r"syntax error at line (?P<line>\d+), column (?P<column>\d+)")


@dataclass(frozen=True)
class Converted:
    diagnostics: list[types.Diagnostic]
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


def finding_diagnostic(finding: Finding, lines: Sequence[str],
                       codec: PositionCodec) -> types.Diagnostic:
    message = finding.message
    if finding.confirmation is not None:
        message += (f"\n[dynamic check: {finding.confirmation.status}] "
                    f"{finding.confirmation.evidence}")
    data: dict[str, Any] = {"fix": finding.fix.to_dict() if finding.fix else None}
    return types.Diagnostic(
        range=to_client_range(lines, finding.line, finding.column, finding.end_line,
                              finding.end_column, codec),
        message=message,
        severity=SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=DOCS_URL.format(code=finding.code)),
        source=SOURCE,
        data=data,
    )


def error_diagnostic(error: FileError, lines: Sequence[str],
                     codec: PositionCodec) -> types.Diagnostic:
    """A file the engine could not read: at the syntax error if it names one, else line 1.

    The range covers the rest of the offending line (at least one character), so the
    squiggle is visible even when the error is at the end of a line.
    """
    match = _SYNTAX.match(error.message)
    line, column = (int(match["line"]), int(match["column"])) if match else (1, 1)
    text = lines[line - 1].rstrip("\r\n") if 0 < line <= len(lines) else ""
    end_column = max(len(text) + 1, column + 1) if text else column
    return types.Diagnostic(
        range=to_client_range(lines, line, column, line, end_column, codec),
        message=error.message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )
