"""AGL010: changing `requires_grad` of a non-leaf tensor."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.tensors import literal_bool
from autograd_lint.rules.grad_scope import GradScope
from autograd_lint.rules.syntax import argument, method_name

_HINT = ("If you want to use a computed variable in a subgraph that doesn't require "
         "differentiation use var_no_grad = var.detach().")


class NonLeafRequiresGrad(GradScope):
    code = "AGL010"
    name = "nonleaf-requires-grad"
    severity = "error"
    summary = ("`t.requires_grad = ...` or `t.requires_grad_(False)` on a tensor that is the "
               "result of an operation on a tensor that requires grad (a non-leaf).")
    why = ("Only leaves own their `requires_grad` flag. A non-leaf requires grad because it "
           "was computed from something that does; autograd cannot switch that off (the "
           "graph already exists) and refuses to set it either. The intent is almost always "
           "one of two things: stop gradients here (use `.detach()`), or start a new leaf "
           "here (`.detach().requires_grad_()`), e.g. for an adversarial input.")
    evidence = (f"`RuntimeError: you can only change requires_grad flags of leaf variables. "
                f"{_HINT}` (for `= False` and `requires_grad_(False)`), `RuntimeError: you "
                f"can only change requires_grad flags of leaf variables.` (for `= True`)")
    how_to_fix = ("To cut the graph: `t = t.detach()`. To make a fresh leaf that collects its "
                  "own gradient: `t = t.detach().requires_grad_()` (or `.clone().detach()` "
                  "when the values must not be shared).")
    leave_alone = ("`x.detach()` then `.requires_grad = True`; `p.requires_grad = False` on "
                   "parameters and other leaves; tensors computed only from tensors that do "
                   "not require grad (leaves by convention); tensors computed under "
                   "`torch.no_grad()`; `t.requires_grad_()` / `requires_grad_(True)` on a "
                   "non-leaf that already requires grad (torch accepts it); tensors computed "
                   "in helper functions whose grad mode depends on the caller (unless the "
                   "module-level code calls the helper, or the module, with grad on).")
    tokens = ("requires_grad",)

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.functions: list[cst.FunctionDef] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        super().visit_FunctionDef(node)
        self.functions.append(node)

    def leave_FunctionDef(self, node: cst.FunctionDef) -> None:
        super().leave_FunctionDef(node)
        self.functions.pop()

    def frame_certain(self) -> bool:
        """Also certain in a function the module-level code calls with grad on (a helper,
        or the forward of a module class of the file): that call raises."""
        return super().frame_certain() or (
            bool(self.functions) and id(self.functions[-1]) in self.facts.grad_on_functions)

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            attr = target.target
            if isinstance(attr, cst.Attribute) and attr.attr.value == "requires_grad":
                self._check(attr, attr.value,
                            f"`{self.code_of(attr)} = {self.code_of(node.value)}`")

    def visit_Call(self, node: cst.Call) -> None:
        if method_name(node) != "requires_grad_":
            return
        flag = argument(node, 0, "requires_grad")
        if literal_bool(flag) is not False:
            return
        assert isinstance(node.func, cst.Attribute)
        self._check(node, node.func.value, "`requires_grad_(False)`")

    def _check(self, node: cst.CSTNode, tensor_expr: cst.BaseExpression, what: str) -> None:
        tensor = self.facts.tensor(tensor_expr)
        if tensor is None or not tensor.known_nonleaf_with_grad or not self.frame_certain():
            return
        name = self.code_of(tensor_expr)
        self.report(
            node,
            f"{what} on `{name}`, a non-leaf tensor (computed from a tensor that requires "
            f"grad): torch raises 'you can only change requires_grad flags of leaf "
            f"variables.'; use `{name} = {name}.detach()` to stop gradients, or "
            f"`{name} = {name}.detach().requires_grad_()` for a new leaf",
        )
