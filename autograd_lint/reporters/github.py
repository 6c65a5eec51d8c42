"""GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding."""

from __future__ import annotations

from autograd_lint.finding import LintResult


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: LintResult) -> str:
    lines = []
    for f in result.findings:
        # A notebook finding's line is within its cell, not the .ipynb file: annotate the
        # file and name the cell in the message.
        position = [] if f.cell is not None else [
            f"line={f.line}", f"col={f.column}",
            f"endLine={f.end_line}", f"endColumn={f.end_column}"]
        props = ",".join([
            f"file={_escape_property(f.path)}", *position,
            f"title={_escape_property(f'{f.code} {f.name}')}",
        ])
        where = f"cell {f.cell}, line {f.line}: " if f.cell is not None else ""
        message = f"{where}{f.code} {f.message}"
        if f.confirmation is not None:
            message += f" [{f.confirmation.status}: {f.confirmation.evidence}]"
        lines.append(f"::{f.severity} {props}::{_escape_data(message)}")
    for e in result.errors:
        lines.append(f"::error file={_escape_property(e.path)},title=autograd-lint::"
                     f"{_escape_data(e.message)}")
    return "".join(line + "\n" for line in lines)
