"""AGL009: `.numpy()` (or `np.asarray`) on a tensor that requires grad."""

from __future__ import annotations

import re

import libcst as cst

from autograd_lint.finding import Edit, Fix
from autograd_lint.rules.base import FixBuilder
from autograd_lint.rules.grad_scope import CallerGradScope
from autograd_lint.rules.syntax import is_true, keyword, method_name, positional
from autograd_lint.rules.triggers import grad_certain

_DEF_NAME = re.compile(r"\s*(?:@[^\n]*\n\s*)*(?:async\s+)?def\s+(\w+)")
_NUMPY_CONVERTERS = frozenset({"numpy.asarray", "numpy.array", "numpy.asanyarray"})
_MESSAGE = ("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() "
            "instead.")


class NumpyRequiresGrad(CallerGradScope):
    code = "AGL009"
    name = "numpy-requires-grad"
    severity = "error"
    summary = ("`.numpy()`, `np.asarray(t)` or `np.array(t)` on a tensor that requires grad, "
               "with grad mode on and no `.detach()` first.")
    why = ("A NumPy array shares memory with the tensor but autograd cannot see what NumPy "
           "does with it, so torch refuses to hand out the memory of a tensor that is part of "
           "a graph (a parameter, a loss, any result computed from them). `np.asarray(t)` and "
           "`np.array(t)` go through the same `Tensor.numpy()` path, and `.cpu()` does not "
           "help: on a CPU tensor it returns the tensor itself, elsewhere a copy that still "
           "requires grad.")
    evidence = (f"`RuntimeError: {_MESSAGE}` In torch 2.13 the same call works under "
                f"`torch.no_grad()`.")
    how_to_fix = ("Detach first: `t.detach().cpu().numpy()`; for a single value use "
                  "`t.item()`, for a list `t.tolist()`; or compute the value under "
                  "`torch.no_grad()`.")
    leave_alone = ("`.detach().cpu().numpy()`; `.data.numpy()`; tensors computed under "
                   "`torch.no_grad()` / `torch.inference_mode()`, and `.numpy()` called there; "
                   "`.numpy(force=True)`; `.tolist()` and `.item()`; tensors that do not "
                   "require grad; helper functions whose grad mode depends on the caller; "
                   "parameters in a file that freezes some of them.")
    fixable = "Safe fix: insert `.detach()` before `.numpy()`."
    tokens = ("numpy", "asarray", "array(")
    unit_pattern = re.compile(r"\.numpy\(|\basarray\(|\barray\(")

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """A conversion to numpy where grad mode can be certain (the rule reports only
        there): the function runs backward or enables grad itself, or the code around it
        (module-level code, its class, its callees) names it, so it may be called with
        grad on (analysis/callers.py)."""
        if not super().relevant(text, context):
            return False
        if grad_certain(text, context):
            return True
        name = _DEF_NAME.match(text)
        return name is not None and \
            re.search(rf"\b{re.escape(name.group(1))}\s*\(", context) is not None

    def visit_Call(self, node: cst.Call) -> None:
        if method_name(node) == "numpy" and self.facts.qualname(node.func) is None:
            force = keyword(node, "force")
            if force is not None and is_true(force.value):
                return
            assert isinstance(node.func, cst.Attribute)
            receiver = node.func.value
            if self._requires_grad(receiver, node):
                name = self.code_of(receiver)
                self.report(node, self._message(receiver, ".numpy()",
                                                f"{name}.detach().numpy()"),
                            fix=_detach_fix(node.func.attr))
            return
        if self.facts.qualname(node.func) in _NUMPY_CONVERTERS:
            args = positional(node)
            if args and self._requires_grad(args[0], node):
                func = self.code_of(node.func)
                self.report(node, self._message(
                    args[0], f"{func}()", f"{func}({self.code_of(args[0])}.detach())"))

    def _requires_grad(self, expr: cst.BaseExpression, call: cst.Call) -> bool:
        tensor = self.facts.tensor(expr)
        if tensor is None or tensor.requires_grad is not True:
            return False
        if tensor.parameter and self.frozen:
            return False
        return self.grad_on(call)

    def _message(self, expr: cst.BaseExpression, what: str, fixed: str) -> str:
        return (f"{what} on `{self.code_of(expr)}`, which requires grad: torch raises "
                f"\"Can't call numpy() on Tensor that requires grad\"; detach it first: "
                f"`{fixed}` (or use .item() / .tolist())")


def _detach_fix(numpy_name: cst.Name) -> FixBuilder:
    """`t.numpy()` -> `t.detach().numpy()`: the same values, without the graph.

    The text goes right before the name `numpy` (after the dot), so a parenthesised
    receiver such as `(a - b).numpy()` is handled too."""
    def build(span):  # type: ignore[no-untyped-def]
        line, column, _, _ = span(numpy_name)
        return Fix("safe", "insert .detach() before .numpy()",
                   (Edit(line, column, line, column, "detach()."),))
    return build
