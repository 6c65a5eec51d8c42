"""Dynamic confirmation (`--confirm`): run the flagged code under torch, judge each finding.

Pipeline per file: locate (slice each finding to a runnable unit and a probe target) ->
instrument (a line-preserving copy with probes) -> run (one sandboxed child per file, all
its units and findings in one run, forked from a server that imported torch once) ->
verdicts. Files run in parallel, one child each.
Nothing here executes unless a caller asks for confirmation explicitly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from autograd_lint.dynamic.plan import confirm_file
from autograd_lint.dynamic.runner import Sandbox
from autograd_lint.finding import Confirmation, Finding

__all__ = ["confirm", "confirm_many"]

PRELOAD = ("torch._dynamo",)
"""Imported once by the sandbox server for larger batches: the first optimizer step
imports it, which would cost every child seconds."""
PRELOAD_FROM = 4


def confirm(path: str, source: str, findings: Sequence[Finding], *, python: str | None = None,
            timeout: float = 20.0) -> list[Finding]:
    """The findings of one file with `.confirmation` set, in the same order. Never raises."""
    return confirm_many([(path, source, findings)], python=python, timeout=timeout)[0]


def confirm_many(files: Sequence[tuple[str, str, Sequence[Finding]]], *,
                 python: str | None = None, timeout: float = 20.0,
                 jobs: int | None = None,
                 on_protection: Callable[[str], None] | None = None) -> list[list[Finding]]:
    """`confirm` for many files at once, one child process per file, `jobs` at a time.

    `on_protection` is told, once, what confined the children (`Sandbox.protection`):
    which kernel layers were in force and which were not, with the reason.
    """
    if not any(findings for _, _, findings in files):
        return [[] for _ in files]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    preload = PRELOAD if len(files) >= PRELOAD_FROM else ()
    try:
        with Sandbox(python or sys.executable, preload) as sandbox, \
                ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(confirm_file, sandbox, path, source, findings, timeout)
                       for path, source, findings in files]
            results = [future.result() for future in futures]
            if on_protection is not None and sandbox.protection is not None:
                on_protection(sandbox.protection)
            return results
    except OSError as exc:  # e.g. no space for the temporary directories
        failed = Confirmation("inconclusive", f"cannot start the sandbox: {exc}")
        return [[f.with_confirmation(failed) for f in findings] for _, _, findings in files]
