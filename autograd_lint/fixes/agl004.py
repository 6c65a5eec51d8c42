"""AGL004 fix (unsafe): run gradcheck in double precision.

A float32 module passed to gradcheck becomes `module.double()` in the call; each float
input created by a torch factory (inline, or assigned to a name just before) gets
`dtype=torch.float64` at its creation. Unsafe: the inputs may be used elsewhere, where
float64 changes speed and results. No fix when some input's creation is out of reach.
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.torch_api import GRADCHECKS
from autograd_lint.analysis.values import DOUBLE_DTYPES, Obj, dtype_kind
from autograd_lint.finding import Edit
from autograd_lint.fixes.context import FixContext, Span, insert_after, make_fix
from autograd_lint.fixes.dtypes import creation_call, set_dtype
from autograd_lint.rules.base import FixBuilder, Report
from autograd_lint.rules.syntax import argument


def _inputs(call: cst.Call) -> list[cst.BaseExpression]:
    inputs = argument(call, 1, "inputs")
    if inputs is None:
        return []
    if isinstance(inputs, (cst.Tuple, cst.List)):
        return [e.value for e in inputs.elements]
    return [inputs]


def build(report: Report, ctx: FixContext) -> FixBuilder | None:
    call = report.node
    if not isinstance(call, cst.Call) or ctx.facts.qualname(call.func) not in GRADCHECKS:
        return None
    torch = ctx.torch_name()
    if torch is None:
        return None
    func = argument(call, 0, "func")
    module = ctx.facts.value(func) if func is not None else None
    is_single_module = isinstance(module, Obj) and module.kind == "module" and \
        module.dtype is not None and module.dtype not in DOUBLE_DTYPES
    creations: list[cst.Call] = []
    for element in _inputs(call):
        tensor = ctx.facts.tensor(element)
        if tensor is None or dtype_kind(tensor.dtype) not in ("float", "complex") or \
                tensor.dtype in DOUBLE_DTYPES:
            continue
        if not is_single_module and tensor.requires_grad is not True:
            continue
        if dtype_kind(tensor.dtype) == "complex":
            return None
        creation = creation_call(ctx, element, call)
        if creation is None:
            return None
        if all(c is not creation for c in creations):
            creations.append(creation)
    if not creations and not is_single_module:
        return None

    def edits(span: Span) -> list[Edit] | None:
        result = []
        if is_single_module:
            assert func is not None
            result.append(insert_after(span, func, ".double()"))
        for creation in creations:
            edit = set_dtype(span, creation, f"{torch}.float64")
            if edit is None:
                return None
            result.append(edit)
        return result

    what = "`.double()` the module and create the inputs" if is_single_module else \
        "Create the inputs"
    return make_fix("unsafe", f"{what} with dtype={torch}.float64", edits)
