"""AGL003 fix (unsafe): `optimizer.zero_grad()` at the top of the loop that steps.

Only when the loop's `step()` names its optimizer (`opt.step()`, `self.optimizer.step()`,
`scaler.step(opt)`): that is the object whose gradients must be reset. Unsafe because the
accumulation might have been deliberate in code the analysis cannot see through.
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.tree import find
from autograd_lint.analysis.values import Obj
from autograd_lint.finding import Edit
from autograd_lint.fixes.context import FixContext, Span, insert_before, make_fix
from autograd_lint.rules.agl003_missing_zero_grad import _optimizer_like
from autograd_lint.rules.base import FixBuilder, Report
from autograd_lint.rules.syntax import positional


def _step_call(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and \
        node.func.attr.value == "step"


def _optimizer(ctx: FixContext, loop: cst.For | cst.While) -> str | None:
    """The dotted name of the optimizer stepped in `loop`, if exactly one is."""
    names = set()
    for call in find(loop.body, _step_call):
        assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
        receiver = call.func.value
        args = positional(call)
        value = ctx.facts.value(receiver)
        if (isinstance(value, Obj) and value.kind == "optimizer") or _optimizer_like(receiver):
            names.add(dotted(receiver))
        elif args and _optimizer_like(args[0]):
            names.add(dotted(args[0]))
    return names.pop() if len(names) == 1 else None


def _loop_to_fix(report: Report, ctx: FixContext) -> tuple[cst.BaseStatement, str] | None:
    """The first statement of the innermost loop around the backward() that steps a named
    optimizer, and that optimizer's name."""
    for ancestor in ctx.ancestors(report.node):
        if isinstance(ancestor, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            return None
        if not isinstance(ancestor, (cst.For, cst.While)):
            continue
        optimizer = _optimizer(ctx, ancestor)
        if optimizer is None:
            continue
        body = ancestor.body
        if not isinstance(body, cst.IndentedBlock) or not body.body:
            return None
        return body.body[0], optimizer
    return None


def build(report: Report, ctx: FixContext) -> FixBuilder | None:
    target = _loop_to_fix(report, ctx)
    if target is None:
        return None
    first, optimizer = target
    call = f"{optimizer}.zero_grad()"
    return make_fix("unsafe", f"Call `{call}` at the top of the loop",
                    lambda span: [_insert_first(ctx, span, first, call)])


def _insert_first(ctx: FixContext, span: Span, first: cst.BaseStatement, code: str) -> Edit:
    """`code` as a new line just before `first`, at its indentation (after its comments)."""
    indent = ctx.indent(span(first)[0])
    return insert_before(span, first, f"{code}{ctx.newline}{indent}")
