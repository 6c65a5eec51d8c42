"""Glue between a whole lint run and the dynamic mode, for the CLI.

`confirm_result` runs the child for every file with findings (in parallel);
`merge_verdicts` takes the verdicts the pytest plugin recorded (`--confirm-from FILE`).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from autograd_lint.finding import Confirmation, Finding, LintResult

Key = tuple[str, int, int, str]


class VerdictFileError(Exception):
    """The results file of `--confirm-from` cannot be used."""


def _key(finding: Finding) -> Key:
    return (os.path.realpath(finding.path), finding.line, finding.column, finding.code)


def _needs_run(finding: Finding) -> bool:
    return finding.confirmation is None or finding.confirmation.status == "inconclusive"


def confirm_result(result: LintResult, sources: Mapping[str, str], *, python: str | None,
                   timeout: float, jobs: int | None) -> LintResult:
    """Confirm every finding not already decided; one child process per file.

    What confined the code is said on stderr, one line, so a weaker sandbox (an old
    kernel without Landlock) is never silent.
    """
    from autograd_lint.dynamic import confirm_many
    from autograd_lint.engine import SourceError, decode_source

    by_path: dict[str, list[Finding]] = {}
    for finding in result.findings:
        if _needs_run(finding):
            by_path.setdefault(finding.path, []).append(finding)
    items: list[tuple[str, str, list[Finding]]] = []
    decided: dict[int, Finding] = {}
    for path, findings in by_path.items():
        source = sources.get(path)
        if source is None:
            try:
                source = decode_source(Path(path).read_bytes())
            except (OSError, SourceError) as exc:
                for f in findings:
                    decided[id(f)] = f.with_confirmation(
                        Confirmation("inconclusive", f"cannot read the file: {exc}"))
                continue
        items.append((path, source, findings))
    for (_, _, findings), confirmed in zip(
            items, confirm_many(items, python=python, timeout=timeout, jobs=jobs,
                                on_protection=_say),
            strict=True):
        for old, new in zip(findings, confirmed, strict=True):
            decided[id(old)] = new
    return LintResult(tuple(decided.get(id(f), f) for f in result.findings), result.errors,
                      result.files)


def _say(protection: str) -> None:
    print(f"autograd-lint: --confirm {protection}", file=sys.stderr)


def load_verdicts(path: Path) -> dict[Key, Confirmation]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        findings = [Finding.from_dict(item) for item in data["findings"]]
    except OSError as exc:
        raise VerdictFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise VerdictFileError(f"{path} is not an autograd-lint results file ({exc})") from None
    return {_key(f): f.confirmation for f in findings if f.confirmation is not None}


def merge_verdicts(result: LintResult, verdicts: Mapping[Key, Confirmation]) -> LintResult:
    """Attach recorded verdicts to the matching findings (same file, position and code)."""
    merged = tuple(f.with_confirmation(verdicts[_key(f)]) if _key(f) in verdicts else f
                   for f in result.findings)
    return LintResult(merged, result.errors, result.files)
