"""AGL011: backward() on a tensor that has no autograd graph."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.torch_api import (
    AUTOGRAD_BACKWARD,
    AUTOGRAD_GRAD,
    unexpected_keyword,
)
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import argument, has_star_args, method_name, tensor_list
from autograd_lint.rules.triggers import AUTOGRAD_ALIAS, BACKWARD

_MESSAGE = "element 0 of tensors does not require grad and does not have a grad_fn"


class BackwardWithoutGraph(Rule):
    code = "AGL011"
    name = "backward-without-graph"
    severity = "error"
    summary = ("`backward()`, `torch.autograd.backward()` or `torch.autograd.grad()` on a "
               "tensor known not to require grad: computed under `torch.no_grad()` / "
               "`inference_mode()` / `set_grad_enabled(False)`, taken from `.detach()`, "
               "rebuilt from a Python number (`torch.tensor(loss.item())`), or computed only "
               "from tensors that do not require grad.")
    why = ("`backward()` starts from the graph recorded while the value was computed. Under "
           "`no_grad` nothing is recorded; `.detach()`, `.item()` and `torch.tensor(...)` "
           "cut the value off from the graph; and a value computed only from tensors that do "
           "not require grad never had one. The forward has to run with grad mode on, from "
           "tensors that require grad (parameters, or leaves created with "
           "`requires_grad=True`).")
    evidence = f"`RuntimeError: {_MESSAGE}`"
    how_to_fix = ("Compute the loss with grad mode on (move it out of `with torch.no_grad():`, "
                  "or wrap the training step in `with torch.enable_grad():`), keep the tensor "
                  "itself instead of `loss.item()` / `.detach()` / `torch.tensor(...)`, and "
                  "make sure some input of the computation requires grad.")
    leave_alone = ("`model.eval()` followed by `backward()` (eval mode does not turn autograd "
                   "off); validation under `no_grad` without a backward; "
                   "`torch.enable_grad()` inside a `@torch.no_grad()` function; "
                   "`torch.tensor(x, requires_grad=True)`; model outputs and anything else "
                   "whose graph status is not known; files that use `create_graph=True` "
                   "(there `.grad` itself can carry a graph).")
    tokens = ("backward", "autograd")
    class_pattern = BACKWARD  # graphs and losses kept in `self` across methods
    context_pattern = AUTOGRAD_ALIAS
    unit_pattern = BACKWARD

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.double_backward = "create_graph" in ctx.module.code

    def visit_Call(self, node: cst.Call) -> None:
        if self.double_backward or has_star_args(node):
            return
        qualname = self.facts.qualname(node.func)
        entry = qualname or ("backward" if method_name(node) == "backward" else "")
        if unexpected_keyword(entry, [a.keyword.value for a in node.args if a.keyword]):
            return  # a TypeError (AGL014's typo) before any gradient is computed
        if qualname is None and method_name(node) == "backward":
            assert isinstance(node.func, cst.Attribute)
            self._check(node, [node.func.value], "backward()")
        elif qualname in AUTOGRAD_BACKWARD:
            self._check(node, tensor_list(argument(node, 0, "tensors")),
                        "torch.autograd.backward()")
        elif qualname in AUTOGRAD_GRAD:
            self._check(node, tensor_list(argument(node, 0, "outputs")), "torch.autograd.grad()")

    def _check(self, node: cst.Call, outputs: list[cst.BaseExpression], what: str) -> None:
        for index, output in enumerate(outputs):
            tensor = self.facts.tensor(output)
            if tensor is None or tensor.requires_grad is not False:
                continue
            reason = tensor.no_graph or "it was computed only from tensors that do not " \
                                        "require grad"
            said = _MESSAGE.replace("element 0", f"element {index}")
            self.report(
                node,
                f"{what} on `{self.code_of(output)}`, which has no autograd graph ({reason}): "
                f"torch raises '{said}'; compute it with grad mode on from tensors that "
                f"require grad",
            )
            return
