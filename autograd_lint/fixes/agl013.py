"""AGL013 fix: give the factory the dtype/device instead of casting the leaf afterwards.

`torch.randn(3, requires_grad=True).double()` -> `torch.randn(3, dtype=torch.float64,
requires_grad=True)`; `.cuda()` -> `device="cuda"`; `.to(device)` -> `device=device`;
`.to(torch.float64)` -> `dtype=torch.float64`. The name then holds the leaf, so its
`.grad` fills in and optimizers accept it.

Safe for deterministic factories (`torch.tensor`, `zeros`, `ones`, `full`, `arange`, ...):
the values are the same. Unsafe for random ones: drawing directly in float64 or on the GPU
gives other numbers for the same seed than drawing in float32 on the CPU and casting.
Only the chained form is fixed; `w = w.cuda()` on an earlier leaf is left to the user.
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.tensors import dtype_from_expr
from autograd_lint.analysis.torch_api import CASTS
from autograd_lint.finding import Edit
from autograd_lint.fixes.context import FixContext, Span, make_fix, merge_insertions
from autograd_lint.fixes.dtypes import factory_call, set_keyword
from autograd_lint.rules.base import FixBuilder, Report
from autograd_lint.rules.syntax import is_true, keyword, positional

_RANDOM = frozenset({"randn", "rand", "randint", "randperm", "normal", "randn_like",
                     "rand_like", "randint_like", "empty", "empty_like", "empty_strided"})


def _target(ctx: FixContext, cast: cst.Call, torch: str) -> list[tuple[str, str]] | None:
    """The keywords that make the factory produce what the cast produced."""
    assert isinstance(cast.func, cst.Attribute)
    method = cast.func.attr.value
    args = positional(cast)
    if method in CASTS and not cast.args:
        return [("dtype", f"{torch}.{CASTS[method]}")]
    if method == "cuda" and not cast.args:
        return [("device", '"cuda"')]
    if method != "to" or len(args) != len(cast.args):
        moved = [(k, ctx.module.code_for_node(cast_kw.value)) for k in ("device", "dtype")
                 if (cast_kw := keyword(cast, k)) is not None]
        extra = {a.keyword.value for a in cast.args if a.keyword is not None} - {
            "device", "dtype"}
        return moved if method == "to" and moved and not extra and not args else None
    result = []
    for arg in args:
        if ctx.facts.tensor(arg) is not None:
            return None  # .to(other_tensor): dtype and device of another tensor
        code = ctx.module.code_for_node(arg)
        if dtype_from_expr(arg, ctx.facts.qualname(arg)) is not None:
            result.append(("dtype", code))
        else:
            result.append(("device", code))
    names = [name for name, _ in result]
    return result if names and len(set(names)) == len(names) else None


def build(report: Report, ctx: FixContext) -> FixBuilder | None:
    cast = ctx.parent(ctx.parent(report.node))  # method name -> Attribute -> Call
    if not isinstance(cast, cst.Call) or not isinstance(cast.func, cst.Attribute):
        return None
    factory = factory_call(ctx, cast.func.value)
    flag = keyword(factory, "requires_grad") if factory is not None else None
    torch = ctx.torch_name()
    if factory is None or cast.func.value is not factory or flag is None or \
            not is_true(flag.value) or torch is None:
        return None
    keywords = _target(ctx, cast, torch)
    if not keywords:
        return None
    qualname = ctx.facts.qualname(factory.func) or ""
    applicability = "unsafe" if qualname.rsplit(".", 1)[-1] in _RANDOM else "safe"

    def edits(span: Span) -> list[Edit] | None:
        result = []
        for name, value in keywords:
            edit = set_keyword(span, factory, name, value)
            if edit is None:
                return None
            result.append(edit)
        _, _, end_line, end_column = span(factory)
        _, _, cast_line, cast_column = span(cast)
        result.append(Edit(end_line, end_column, cast_line, cast_column, ""))
        return merge_insertions(result)

    what = ", ".join(f"{name}={value}" for name, value in keywords)
    return make_fix(applicability, f"Pass {what} to the factory instead of moving the leaf",
                    edits)
