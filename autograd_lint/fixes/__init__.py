"""Fix builders per rule, attached to the rules' reports after the walk.

A rule reports where the mistake is; how to repair it often needs more of the tree (where
a tensor was created, which loop steps which optimizer). That lives here, one module per
rule, so rules stay small. `attach_fixes` gives each report without a fix of its own the
builder registered for its code; the engine resolves positions and builds the `Fix`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from autograd_lint.fixes import agl001, agl003, agl004, agl005, agl006, agl013
from autograd_lint.fixes.context import FixContext
from autograd_lint.rules.base import FixBuilder, Report, RuleContext

FixFactory = Callable[[Report, FixContext], FixBuilder | None]

BUILDERS: dict[str, FixFactory] = {
    "AGL001": agl001.build,
    "AGL003": agl003.build,
    "AGL004": agl004.build,
    "AGL005": agl005.build,
    "AGL006": agl006.build,
    "AGL013": agl013.build,
}


def build_fix(report: Report, ctx: FixContext) -> FixBuilder | None:
    """The registered builder's fix for `report`; None when there is none or it failed."""
    factory = BUILDERS.get(report.code)
    if factory is None:
        return None
    try:
        return factory(report, ctx)
    except Exception:  # noqa: BLE001 - a broken fix builder must not lose the finding
        return None


def attach_fixes(reports: list[Report], rule_ctx: RuleContext) -> list[Report]:
    if not any(r.fix is None and r.code in BUILDERS for r in reports):
        return reports
    ctx = FixContext(rule_ctx)
    return [r if r.fix is not None or r.code not in BUILDERS
            else replace(r, fix=build_fix(r, ctx)) for r in reports]


__all__ = ["BUILDERS", "FixContext", "attach_fixes", "build_fix"]
