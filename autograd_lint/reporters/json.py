"""The JSON contract of DESIGN.md: {"version": 1, "findings": [...], "errors": [...]}."""

from __future__ import annotations

import json

from autograd_lint.finding import LintResult


def render_json(result: LintResult) -> str:
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
