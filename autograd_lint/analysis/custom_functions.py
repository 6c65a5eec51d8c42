"""Custom `torch.autograd.Function` subclasses of the file: what `MyFn.apply(x)` returns.

`apply` runs the static `forward` with autograd off and wraps what it returns in a
non-leaf output that requires grad exactly when a tensor input does (under grad mode).
The output's shape and dtype are those of the `forward` body's result, walked with the
call's argument facts; when that result is not a known tensor (or tuple of tensors) the
output stays unknown. An output the body may mark non-differentiable
(`ctx.mark_non_differentiable`) has an unknown flag; one of integer or bool dtype never
requires grad.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from autograd_lint.analysis.tensors import op_result
from autograd_lint.analysis.tree import find
from autograd_lint.analysis.values import Obj, Tensor, Value, dtype_kind

if TYPE_CHECKING:
    from autograd_lint.analysis.facts import Facts
    from autograd_lint.analysis.interpreter import Interpreter

FUNCTION_BASES = frozenset({"torch.autograd.Function", "torch.autograd.function.Function"})


def custom_forward(stmt: cst.ClassDef, facts: Facts) -> tuple[cst.FunctionDef, bool] | None:
    """The static `forward` of a class deriving directly from `torch.autograd.Function`,
    and whether it takes `ctx` first (False in the `setup_context` style, where `forward`
    takes only the inputs)."""
    if not any(facts.qualname(base.value) in FUNCTION_BASES for base in stmt.bases):
        return None
    body = stmt.body.body if isinstance(stmt.body, cst.IndentedBlock) else ()
    methods = {item.name.value: item for item in body if isinstance(item, cst.FunctionDef)}
    forward = methods.get("forward")
    if forward is None or not any(
            isinstance(d.decorator, cst.Name) and d.decorator.value == "staticmethod"
            or isinstance(d.decorator, cst.Attribute) and d.decorator.attr.value == "staticmethod"
            for d in forward.decorators):
        return None
    return forward, "setup_context" not in methods


def apply_result(interp: Interpreter, name: str, forward: tuple[cst.FunctionDef, bool],
                 values: list[Value | None], grad_inputs: bool | None) -> Value | None:
    """`Name.apply(*values)`: the output facts, or None when the forward's result is not
    known (it might be a tuple, a number, or something else entirely)."""
    func, has_ctx = forward
    names = [p.name.value for p in (*func.params.posonly_params, *func.params.params)]
    inputs = names[1:] if has_ctx else names
    bound = {param: value for param, value in zip(inputs, values, strict=False)
             if value is not None}
    returned = interp.summarize(func, bound, globals_env={})
    marks = bool(find(func.body, lambda n: isinstance(n, cst.Attribute)
                      and n.attr.value == "mark_non_differentiable"))
    origin = f"the output of {name}.apply"
    if isinstance(returned, Tensor):
        return _output(returned, grad_inputs, interp.grad, marks, origin)
    if isinstance(returned, Obj) and returned.kind == "tuple" and returned.elements and \
            all(isinstance(e, Tensor) for e in returned.elements):
        return Obj("tuple", elements=tuple(
            _output(e, grad_inputs, interp.grad, marks, origin)
            for e in returned.elements if isinstance(e, Tensor)))
    return None


def _output(returned: Tensor, grad_inputs: bool | None, grad: bool | None, marks: bool,
            origin: str) -> Tensor:
    kind = dtype_kind(returned.dtype)
    if kind in ("int", "bool"):
        return Tensor(requires_grad=False, is_leaf=True, shape=returned.shape,
                      dtype=returned.dtype, origin=origin,
                      no_graph="an integer output of a custom Function never requires grad")
    if marks or kind is None:
        grad_inputs = None if grad_inputs is not False else False
    output = op_result(grad_inputs, grad, returned.shape, returned.dtype, origin)
    return output.evolve(nonscalar=returned.nonscalar, device=returned.device)
