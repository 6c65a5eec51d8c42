"""Hover: the rule's docs page on a finding's range or on a code inside `# noqa:`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from autograd_lint.engine import NOQA
from autograd_lint.finding import Finding
from autograd_lint.rules import rule_for

_CODE = re.compile(r"[A-Za-z]+[0-9]+")


def codes_at(findings: Iterable[Finding], lines: Sequence[str], line: int,
             column: int) -> list[str]:
    """Rule codes to explain at 1-based (line, code point column), without duplicates."""
    codes: list[str] = []
    for finding in findings:
        if (finding.line, finding.column) <= (line, column) < (finding.end_line,
                                                               finding.end_column):
            codes.append(finding.code)
    if 0 < line <= len(lines):
        codes.extend(_noqa_code_at(lines[line - 1], column))
    return list(dict.fromkeys(code for code in codes if rule_for(code) is not None))


def _noqa_code_at(text: str, column: int) -> list[str]:
    match = NOQA.search(text)
    if match is None or match.group("codes") is None:
        return []
    offset = match.start("codes")
    for code in _CODE.finditer(match.group("codes")):
        if offset + code.start() < column <= offset + code.end() + 1:
            return [code.group().upper()]
    return []


def hover_markdown(codes: Sequence[str]) -> str | None:
    pages = [rule.docs() for rule in (rule_for(code) for code in codes) if rule is not None]
    return "\n\n---\n\n".join(pages) if pages else None
