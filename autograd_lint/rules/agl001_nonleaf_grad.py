"""AGL001: `.grad` read on a non-leaf tensor (always None)."""

from __future__ import annotations

import re

import libcst as cst

from autograd_lint.analysis.tree import walk
from autograd_lint.rules.base import Rule, RuleContext


class NonLeafGrad(Rule):
    code = "AGL001"
    name = "nonleaf-grad"
    severity = "error"
    summary = ("Reading `.grad` of a non-leaf tensor that did not call `.retain_grad()`: "
               "backward() never fills it, so the value read is always None.")
    why = ("Only leaf tensors (created by the user with `requires_grad=True`, parameters) get "
           "`.grad` populated by `backward()`. A tensor produced by an operation on a tensor "
           "that requires grad is a non-leaf, e.g. `w = torch.randn(3, requires_grad=True)"
           ".view(3, 1)` or `y = x * 2`; its `.grad` stays None unless `.retain_grad()` was "
           "called on it before `backward()`.")
    evidence = ("`UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is "
                "being accessed. Its .grad attribute won't be populated during "
                "autograd.backward(). ...` and the value read is `None`.")
    how_to_fix = ("Read `.grad` of the leaf instead (create the tensor with its final shape, "
                  "dtype and device: `torch.randn(3, 1, requires_grad=True)`), or call "
                  "`y.retain_grad()` before `backward()` if you really want the gradient of "
                  "an intermediate result.")
    leave_alone = ("Leaves created with `requires_grad=True`; `nn.Parameter` and module "
                   "weights; a non-leaf after `.retain_grad()`; `torch.autograd.grad(out, "
                   "hidden)` on an intermediate; `.grad` of a frozen parameter; assignments "
                   "such as `y.grad = None`; tensors whose leaf-ness is not known.")
    fixable = "Unsafe fix: insert `.retain_grad()` after the non-leaf's creation."
    tokens = (".grad",)
    unit_pattern = re.compile(r"\.grad\b")

    def __init__(self, ctx: RuleContext) -> None:
        super().__init__(ctx)
        self._quiet: set[int] = set()

    def visit_If(self, node: cst.If) -> None:
        """`if w.grad is not None: ... w.grad ...`: the test is reported; the reads in the
        body it guards never run, so they are not reported again."""
        guarded = {self.code_of(n.value) for n in walk(node.test) if _is_grad_read(n)}
        if not guarded:
            return
        for inner in walk(node.body):
            if _is_grad_read(inner) and self.code_of(inner.value) in guarded:
                self._quiet.add(id(inner))

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if node.attr.value != "grad" or self.facts.is_store(node) or id(node) in self._quiet:
            return
        tensor = self.facts.tensor(node.value)
        if tensor is None or not tensor.known_nonleaf_with_grad or tensor.retains_grad is not False:
            return
        name = self.code_of(node.value)
        self.report(
            node,
            f"`{name}.grad` is always None: `{name}` is a non-leaf tensor (the result of an "
            f"operation on a tensor that requires grad); read the leaf's .grad or call "
            f"`{name}.retain_grad()` before backward()",
        )


def _is_grad_read(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Attribute) and node.attr.value == "grad"
