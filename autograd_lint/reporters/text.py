"""Human output: `path:line:col: CODE message`, the source line and a caret under the span."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from autograd_lint.finding import Finding, LintResult

_RED, _YELLOW, _BOLD, _CYAN, _DIM, _RESET = (
    "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[36m", "\x1b[2m", "\x1b[0m")


@dataclass(frozen=True)
class TextOptions:
    color: bool = False
    show_source: bool = True
    statistics: bool = False
    summary: bool = True


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _source_line(finding: Finding, cache: dict[str, list[str] | None]) -> str | None:
    if finding.path not in cache:
        try:
            cache[finding.path] = Path(finding.path).read_text(
                encoding="utf-8", errors="replace").splitlines()
        except OSError:
            cache[finding.path] = None
    lines = cache[finding.path]
    if lines is None or finding.line - 1 >= len(lines):
        return None
    return lines[finding.line - 1]


def location(f: Finding) -> str:
    if f.cell is not None:
        return f"{f.path}:cell {f.cell}:{f.line}:{f.column}"
    return f"{f.path}:{f.line}:{f.column}"


def render_text(result: LintResult, options: TextOptions,
                sources: dict[str, str] | None = None) -> str:
    out: list[str] = []
    cache: dict[str, list[str] | None] = {
        k: v.splitlines() for k, v in (sources or {}).items()}
    color = options.color
    for f in result.findings:
        code_color = _RED if f.severity == "error" else _YELLOW
        head = (f"{_paint(location(f), _BOLD, color)}: "
                f"{_paint(f.code, code_color + _BOLD, color)} {f.message}")
        if f.confirmation is not None:
            head += f" [{f.confirmation.status}: {f.confirmation.evidence}]"
        out.append(head)
        if options.show_source and f.cell is None:
            line = _source_line(f, cache)
            if line is not None:
                width = (f.end_column if f.end_line == f.line else len(line) + 1) - f.column
                caret = " " * (f.column - 1) + "^" * max(1, width)
                out.append(f"    {line}")
                out.append(f"    {_paint(caret, code_color, color)}")
    if options.statistics and result.findings:
        counts = Counter((f.code, f.name) for f in result.findings)
        out.append("")
        for (code, name), count in sorted(counts.items()):
            out.append(f"{count:5d}  {code}  {name}")
    if options.summary:
        n = len(result.findings)
        confirmed = Counter(f.confirmation.status for f in result.findings if f.confirmation)
        summary = (f"Found {n} finding{'s' if n != 1 else ''} in {result.files} "
                   f"file{'s' if result.files != 1 else ''}")
        if result.errors:
            summary += f"; {len(result.errors)} could not be checked"
        if confirmed:
            summary += "; " + ", ".join(f"{confirmed[s]} {s}" for s in
                                        ("confirmed", "refuted", "inconclusive"))
        out.append(_paint(summary + ".", _DIM, color) if n == 0 else summary + ".")
    return "".join(line + "\n" for line in out)


def render_errors(result: LintResult, color: bool = False) -> str:
    return "".join(f"{_paint(e.path, _BOLD, color)}: {_paint('error', _RED, color)}: "
                   f"{e.message}\n" for e in result.errors)
