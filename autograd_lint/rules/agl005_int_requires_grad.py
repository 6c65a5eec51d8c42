"""AGL005: requires_grad on an integer or bool tensor."""

from __future__ import annotations

import ast
import re

import libcst as cst

from autograd_lint.analysis.calls import VARIABLE
from autograd_lint.analysis.torch_api import FACTORIES, PARAMETER
from autograd_lint.analysis.values import Tensor, dtype_kind
from autograd_lint.rules import reach
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import argument, is_true, keyword, method_name
from autograd_lint.rules.triggers import INTEGER, found


def _int_dtype(tensor: Tensor | None) -> str | None:
    """'an int64' / 'a bool' for a tensor known to be integer or bool, else None."""
    if tensor is None or tensor.dtype is None or dtype_kind(tensor.dtype) not in ("int", "bool"):
        return None
    article = "an" if tensor.dtype[0] in "aeiou" else "a"
    return f"{article} {tensor.dtype}"

_PARAMETER = re.compile(r"Parameter\s*\(")


class IntRequiresGrad(Rule):
    code = "AGL005"
    name = "int-requires-grad"
    severity = "error"
    summary = ("`requires_grad=True`, `.requires_grad_()` or `.requires_grad = True` on a "
               "tensor whose dtype is an integer or bool type.")
    why = ("Gradients exist only for floating point and complex tensors. "
           "`torch.tensor([1, 2, 3])`, `torch.arange(5)`, `torch.randint(...)` and "
           "`torch.full(size, 7)` are int64 (integer literals), masks are bool.")
    evidence = ("`RuntimeError: Only Tensors of floating point and complex dtype can require "
                "gradients` (factories, `nn.Parameter`); `RuntimeError: only Tensors of "
                "floating point and complex dtype can require gradients` (the setter); "
                "`RuntimeError: only Tensors of floating point dtype can require gradients` "
                "(`requires_grad_()`).")
    how_to_fix = ("Use float data (`torch.tensor([1., 2., 3.], requires_grad=True)`) or give "
                  "the dtype (`torch.arange(5, dtype=torch.float32, requires_grad=True)`), or "
                  "convert first: `counts.float().requires_grad_()`.")
    leave_alone = ("Float literals; `dtype=torch.float32` factories; integer labels without "
                   "`requires_grad`; `counts.float().requires_grad_()`; "
                   "`requires_grad_(False)`; tensors whose dtype is not known.")
    fixable = ("Safe fix: make the literal data float or add `dtype=torch.float32` to the "
               "factory.")
    tokens = ("requires_grad", "Parameter")

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """`requires_grad` here, or an nn.Parameter with an integer tensor in sight."""
        return "requires_grad" in text or (_PARAMETER.search(text) is not None and (
            INTEGER.search(text) is not None or found(INTEGER, context)))

    @classmethod
    def relevant_tree(cls, unit: ast.AST, text: str, context: str) -> bool:
        """What the rule checks, by its syntax: `requires_grad=True`, `requires_grad_()` (or
        `_(True)`), `x.requires_grad = True`, or an `nn.Parameter` with an integer tensor in
        sight. `requires_grad=False` and friends, everywhere in real code, never fire."""
        parameters = _PARAMETER.search(text) is not None and (
            INTEGER.search(text) is not None or found(INTEGER, context))
        for node in ast.walk(unit):
            if isinstance(node, ast.Call):
                if any(k.arg == "requires_grad" and reach.is_true(k.value)
                       for k in node.keywords):
                    return True
                name = reach.called_name(node)
                if name == "requires_grad_":
                    flag = reach.argument(node, 0, "requires_grad")
                    if flag is None or reach.is_true(flag):
                        return True
                if name == "Parameter" and parameters:
                    return True
            elif isinstance(node, ast.Assign) and reach.is_true(node.value) and any(
                    isinstance(t, ast.Attribute) and t.attr == "requires_grad"
                    for t in node.targets):
                return True
        return False

    def visit_Call(self, node: cst.Call) -> None:
        qualname = self.facts.qualname(node.func)
        if qualname in FACTORIES or qualname in VARIABLE:
            flag = keyword(node, "requires_grad")
            dtype = _int_dtype(self.facts.tensor(node))
            if flag is not None and is_true(flag.value) and dtype:
                self.report(flag, f"requires_grad=True on {dtype} tensor: torch raises "
                                  f"'Only Tensors of floating point and complex dtype can "
                                  f"require gradients'; use float data or dtype=torch.float32")
            return
        if qualname in PARAMETER:
            data = argument(node, 0, "data")
            flag_node = argument(node, 1, "requires_grad")
            dtype = _int_dtype(self.facts.tensor(data)) if data is not None else None
            if dtype and (flag_node is None or is_true(flag_node)):
                self.report(node, f"nn.Parameter of {dtype} tensor requires grad: torch "
                                  f"raises 'Only Tensors of floating point and complex dtype "
                                  f"can require gradients'; convert with .float() first, or "
                                  f"pass requires_grad=False")
            return
        if method_name(node) == "requires_grad_":
            assert isinstance(node.func, cst.Attribute)
            flag_node = argument(node, 0, "requires_grad")
            dtype = _int_dtype(self.facts.tensor(node.func.value))
            if dtype and (flag_node is None or is_true(flag_node)):
                self.report(node, f"requires_grad_() on {dtype} tensor: torch raises 'only "
                                  f"Tensors of floating point dtype can require gradients'; "
                                  f"call .float() first")

    def visit_Assign(self, node: cst.Assign) -> None:
        if not is_true(node.value):
            return
        for target in node.targets:
            attr = target.target
            if isinstance(attr, cst.Attribute) and attr.attr.value == "requires_grad":
                dtype = _int_dtype(self.facts.tensor(attr.value))
                if dtype:
                    self.report(attr, f"requires_grad = True on {dtype} tensor: torch raises "
                                      f"'only Tensors of floating point and complex dtype can "
                                      f"require gradients'; call .float() first")
