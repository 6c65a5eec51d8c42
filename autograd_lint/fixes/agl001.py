"""AGL001 fix (unsafe): call `.retain_grad()` right after the non-leaf is created.

Only for a plain name whose assignment surely runs before the `.grad` read (same scope, an
enclosing block). Unsafe because it changes what the program computes: `.grad` was None and
becomes the intermediate's gradient, which may not be what the author meant (often the leaf
was meant; the docs page says so).
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.fixes.context import FixContext, insert_line_after, make_fix
from autograd_lint.rules.base import FixBuilder, Report


def build(report: Report, ctx: FixContext) -> FixBuilder | None:
    node = report.node
    if not isinstance(node, cst.Attribute) or not isinstance(node.value, cst.Name):
        return None
    name = node.value.value
    creation = ctx.reaching_assignment(name, node)
    if creation is None:
        return None
    return make_fix("unsafe", f"Call `{name}.retain_grad()` after `{name}` is created",
                    lambda span: [insert_line_after(ctx, span, creation,
                                                    f"{name}.retain_grad()")])
