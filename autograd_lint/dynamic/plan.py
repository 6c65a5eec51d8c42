"""One file's confirmation: findings -> units and probe sites -> one child run -> verdicts."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import libcst as cst

from autograd_lint.dynamic.instrument import instrument
from autograd_lint.dynamic.locate import Locator, Unit
from autograd_lint.dynamic.runner import RunResult, Sandbox
from autograd_lint.dynamic.verdicts import Case, RunView, judge, process_reason
from autograd_lint.finding import Confirmation, Finding

LOOP_CAP = 3
"""Iterations each loop runs under --confirm: enough to see gradients accumulate."""


@dataclass
class Plan:
    """What to run for one file, and the verdicts already known without running."""

    units: list[Unit] = field(default_factory=list)
    sites: dict[int, tuple[cst.CSTNode, list[str]]] = field(default_factory=dict)
    placed: dict[int, tuple[int, int]] = field(default_factory=dict)
    """finding index -> (site id, unit id)"""
    known: dict[int, Confirmation] = field(default_factory=dict)
    fallbacks: dict[int, str] = field(default_factory=dict)
    """finding index -> why its own function could not run (the module runs instead)"""


def make_plan(locator: Locator, findings: Sequence[Finding], first_site: int = 1,
              need_unit: bool = True) -> Plan:
    """Sites numbered from `first_site`; `need_unit=False` (pytest runs the code) probes
    findings whatever unit they are in, with unit id -1."""
    plan = Plan()
    site_of_node: dict[int, int] = {}
    for index, finding in enumerate(findings):
        target = locator.locate(finding)
        if target.node is None or (need_unit and target.unit is None):
            plan.known[index] = Confirmation("inconclusive", target.reason)
            continue
        unit = -1
        if need_unit and target.unit is not None:
            if target.unit not in plan.units:
                plan.units.append(target.unit)
            unit = plan.units.index(target.unit)
        site = site_of_node.setdefault(id(target.node), first_site + len(site_of_node))
        node_codes = plan.sites.setdefault(site, (target.node, []))[1]
        node_codes.append(finding.code)
        plan.placed[index] = (site, unit)
        if target.reason:
            plan.fallbacks[index] = target.reason
    return plan


def confirm_file(sandbox: Sandbox, path: str, source: str, findings: Sequence[Finding],
                 timeout: float) -> list[Finding]:
    """Never raises: a failure of this machinery becomes an inconclusive verdict."""
    if not findings:
        return []
    try:
        verdicts = _verdicts(sandbox, path, source, findings, timeout)
    except Exception as exc:  # noqa: BLE001 - the linter's run must survive any file
        reason = f"internal error while confirming: {type(exc).__name__}: {exc}"
        verdicts = [Confirmation("inconclusive", reason[:240])] * len(findings)
    return [f.with_confirmation(v) for f, v in zip(findings, verdicts, strict=True)]


def _verdicts(sandbox: Sandbox, path: str, source: str, findings: Sequence[Finding],
              timeout: float) -> list[Confirmation]:
    try:
        locator = Locator(source)
    except cst.ParserSyntaxError:
        return [Confirmation("inconclusive", "the file does not parse")] * len(findings)
    plan = make_plan(locator, findings)
    verdicts: dict[int, Confirmation] = dict(plan.known)
    if plan.placed:
        instrumented = instrument(locator, plan.sites)
        for index, (site, _) in plan.placed.items():
            if site not in instrumented.sites:
                verdicts[index] = Confirmation(
                    "inconclusive", "this kind of expression cannot be probed")
        absolute = os.path.abspath(path)
        spec: dict[str, Any] = {
            "path": absolute, "source": instrumented.source, "loop_cap": LOOP_CAP,
            "sites": {str(k): v for k, v in instrumented.sites.items()},
            "units": [{"id": i, "kind": u.kind, "func": u.func, "cls": u.cls}
                      for i, u in enumerate(plan.units)],
        }
        result = sandbox.run(spec, timeout)
        view = _view(result, absolute, sandbox.python, timeout)
        for index, (site, unit) in plan.placed.items():
            if index not in verdicts:
                verdicts[index] = (view if isinstance(view, Confirmation) else
                                   judge(Case(findings[index], site, unit, view)))
            if index in plan.fallbacks and verdicts[index].evidence.startswith("not reached"):
                verdicts[index] = Confirmation(
                    "inconclusive", f"{plan.fallbacks[index]}; running the module did not "
                                    f"reach it ({verdicts[index].evidence[13:]})")
    return [verdicts[i] for i in range(len(findings))]


def _view(result: RunResult, path: str, python: str,
          timeout: float) -> RunView | Confirmation:
    """The run's events for the judges, or one verdict for all if nothing ran."""
    if result.spawn_error:
        return Confirmation("inconclusive", result.spawn_error)
    view = RunView(path, result.events, timeout=timeout)
    if view.torch_missing is not None:
        return Confirmation("inconclusive", f"torch not importable in {python}")
    view.process_end = process_reason(result.returncode, result.timed_out, timeout,
                                      started=bool(view.started))
    if view.process_end.startswith("crashed"):
        view.process_end += _crash_site(result.stderr_tail, path)
    return view


def _crash_site(stderr: str, path: str) -> str:
    """faulthandler's dump names the innermost frame first: the user's line, if any."""
    match = re.search(rf'File "{re.escape(path)}", line (\d+)', stderr)
    return f" at line {match[1]}" if match else ""
