"""Giving a tensor factory call a dtype: shared by the AGL004 and AGL005 fixes."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.torch_api import FACTORIES
from autograd_lint.finding import Edit
from autograd_lint.fixes.context import FixContext, Span, insert_after, insert_before, replace_node
from autograd_lint.rules.syntax import keyword


def set_keyword(span: Span, call: cst.Call, name: str, value: str) -> Edit | None:
    """`name=value` on `call`: replace the value of an existing keyword, else add one
    (before `requires_grad=` when present, so the call reads naturally)."""
    existing = keyword(call, name)
    if existing is not None:
        return replace_node(span, existing.value, value)
    flag = keyword(call, "requires_grad")
    if flag is not None:
        return insert_before(span, flag, f"{name}={value}, ")
    if call.args and not call.args[-1].star:
        return insert_after(span, call.args[-1].value, f", {name}={value}")
    return None


def set_dtype(span: Span, call: cst.Call, dtype: str) -> Edit | None:
    return set_keyword(span, call, "dtype", dtype)


def factory_call(ctx: FixContext, expr: cst.BaseExpression) -> cst.Call | None:
    """The torch factory call that creates `expr`: the call itself, or the innermost call
    of a method chain such as `torch.randn(3).requires_grad_()`."""
    while isinstance(expr, cst.Call):
        if ctx.facts.qualname(expr.func) in FACTORIES:
            return expr
        if not isinstance(expr.func, cst.Attribute):
            return None
        expr = expr.func.value
    return None


def creation_call(ctx: FixContext, expr: cst.BaseExpression,
                  use: cst.CSTNode) -> cst.Call | None:
    """The factory call behind `expr`: inline, or through the assignment of a name."""
    if isinstance(expr, cst.Name):
        line = ctx.reaching_assignment(expr.value, use)
        if line is None:
            return None
        assign = line.body[0]
        assert isinstance(assign, cst.Assign)
        if len(assign.targets) != 1:
            return None
        expr = assign.value
    return factory_call(ctx, expr)
