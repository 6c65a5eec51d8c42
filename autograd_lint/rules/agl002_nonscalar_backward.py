"""AGL002: implicit gradient for a tensor with more than one element."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.torch_api import (
    AUTOGRAD_BACKWARD,
    AUTOGRAD_GRAD,
    unexpected_keyword,
)
from autograd_lint.analysis.values import Tensor
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import argument, has_star_args, method_name, positional, tensor_list
from autograd_lint.rules.triggers import AUTOGRAD_ALIAS, BACKWARD


class NonScalarBackward(Rule):
    code = "AGL002"
    name = "nonscalar-backward"
    severity = "error"
    summary = ("`backward()` / `torch.autograd.backward()` without `gradient`, or "
               "`torch.autograd.grad()` without `grad_outputs`, on a tensor known to hold "
               "more than one element.")
    why = ("autograd can create the initial gradient implicitly only for a single-element "
           "output (a scalar loss). A per-sample loss (`reduction='none'`), an activation "
           "or any vector output needs an explicit `gradient` of the same shape, or a "
           "reduction first.")
    evidence = "`RuntimeError: grad can be implicitly created only for scalar outputs`"
    how_to_fix = ("Reduce first: `loss.mean().backward()` / `loss.sum().backward()`, or pass "
                  "the vector explicitly: `y.backward(gradient=torch.ones_like(y))`, "
                  "`torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y))`.")
    leave_alone = ("`loss.mean().backward()`, `loss.sum().backward()`; "
                   "`y.backward(gradient=...)`; `torch.autograd.backward([a, b], [ga, gb])`; "
                   "one-element tensors with dimensions (a `(1, 1)` critic output, a 1x1 "
                   "matmul result); losses with the default reduction; tensors whose size is "
                   "not known.")
    tokens = ("backward", "autograd")
    class_pattern = BACKWARD  # graphs and losses kept in `self` across methods
    context_pattern = AUTOGRAD_ALIAS
    unit_pattern = BACKWARD

    def visit_Call(self, node: cst.Call) -> None:
        if has_star_args(node):
            return
        qualname = self.facts.qualname(node.func)
        entry = qualname or ("backward" if method_name(node) == "backward" else "")
        if unexpected_keyword(entry, [a.keyword.value for a in node.args if a.keyword]):
            return  # a TypeError (AGL014's typo) before any gradient is computed
        if qualname in AUTOGRAD_BACKWARD:
            if argument(node, 1, "grad_tensors") is None:
                self._check(node, tensor_list(argument(node, 0, "tensors")),
                            "torch.autograd.backward() without grad_tensors")
        elif qualname in AUTOGRAD_GRAD:
            if argument(node, 2, "grad_outputs") is None:
                self._check(node, tensor_list(argument(node, 0, "outputs")),
                            "torch.autograd.grad() without grad_outputs")
        elif method_name(node) == "backward" and isinstance(node.func, cst.Attribute):
            if not positional(node) and argument(node, 0, "gradient") is None:
                self._check(node, [node.func.value], "backward() without a gradient argument")

    def _check(self, node: cst.Call, outputs: list[cst.BaseExpression], what: str) -> None:
        for output in outputs:
            tensor = self.facts.tensor(output)
            if _nonscalar(tensor):
                assert tensor is not None
                size = _describe(tensor)
                self.report(
                    node,
                    f"{what} on `{self.code_of(output)}`, which {size}: torch raises "
                    f"'grad can be implicitly created only for scalar outputs'; reduce it "
                    f"(.sum()/.mean()) or pass a gradient of its shape",
                )
                return



def _nonscalar(tensor: Tensor | None) -> bool:
    return tensor is not None and tensor.requires_grad is not False and tensor.known_nonscalar


def _describe(tensor: Tensor) -> str:
    if tensor.numel is not None and tensor.shape is not None:
        return f"has shape {tuple(tensor.shape)} ({tensor.numel} elements)"
    if tensor.per_sample:
        return "is an unreduced per-sample loss (reduction='none')"
    return "has more than one element"
