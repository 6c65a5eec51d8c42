"""AGL016: `torch.tensor(t)` where `t` is already a tensor."""

from __future__ import annotations

import re

import libcst as cst

from autograd_lint.finding import Edit, Fix
from autograd_lint.rules.base import FixBuilder, Rule
from autograd_lint.rules.syntax import is_true, keyword, positional

_TENSOR = frozenset({"torch.tensor"})


class TensorCopyConstruct(Rule):
    code = "AGL016"
    name = "tensor-copy-construct"
    severity = "warning"
    summary = ("`torch.tensor(t)` or `torch.tensor(t, requires_grad=True)` where `t` is "
               "already a tensor.")
    why = ("`torch.tensor()` always copies its data and never records the copy in the "
           "autograd graph. Given a tensor it makes a new leaf cut off from whatever produced "
           "`t`: gradients do not flow back through it, and with `requires_grad=True` the "
           "gradient lands on the copy. torch warns on every call, with or without "
           "`requires_grad`, so the rule flags both: the intended spelling says which of "
           "the two behaviours is meant.")
    evidence = ("`UserWarning: To copy construct from a tensor, it is recommended to use "
                "sourceTensor.detach().clone() or sourceTensor.detach().clone()."
                "requires_grad_(True), rather than torch.tensor(sourceTensor).` (older "
                "releases said `clone().detach()`).")
    how_to_fix = ("Say what you mean: `t.detach().clone()` for a graph-free copy, "
                  "`t.detach().clone().requires_grad_(True)` for a new leaf, `t.clone()` to "
                  "keep the gradient flowing to `t`, or just use `t`.")
    leave_alone = ("`torch.tensor(numpy_array, requires_grad=True)`; `torch.tensor([1.0, "
                   "2.0], requires_grad=True)` and other Python data; "
                   "`t.detach().clone().requires_grad_(True)`; `torch.as_tensor(t)`; "
                   "`torch.tensor(t.item())`, `torch.tensor(t.tolist())`; values not known "
                   "to be tensors.")
    fixable = ("Safe fix when the only other argument is `requires_grad=`: rewrite as "
               "`t.detach().clone()` (plus `.requires_grad_(True)`), exactly what torch "
               "recommends and what `torch.tensor(t)` does.")
    tokens = ("tensor(",)
    # A first argument that can be a tensor: not a list, number, string or constant literal.
    unit_pattern = re.compile(
        r"\btensor\((?>\s*(?:data\s*=\s*)?)(?![\[\d'\"){]|(?:True|False|None)\b)")

    def visit_Call(self, node: cst.Call) -> None:
        if self.facts.qualname(node.func) not in _TENSOR:
            return
        args = positional(node)
        data = args[0] if args else None
        data_kw = keyword(node, "data")
        if data is None and data_kw is not None:
            data = data_kw.value
        if data is None or self.facts.tensor(data) is None:
            return
        source = self.code_of(data)
        flag = keyword(node, "requires_grad")
        source_tensor = self.facts.tensor(data)
        if flag is not None and is_true(flag.value):
            cut = (" and it is cut off from the graph that produced it"
                   if source_tensor is not None and source_tensor.requires_grad is True
                   else "")
            self.report(node, f"torch.tensor(`{source}`, requires_grad=True) copies a tensor "
                              f"into a new leaf{cut}; torch warns 'To copy construct from a "
                              f"tensor...': use `{source}.detach().clone().requires_grad_(True)`"
                              f" (or `{source}.clone()` to keep the gradient flowing)",
                        fix=_fix(node, data, requires_grad=True))
        else:
            self.report(node, f"torch.tensor(`{source}`) copy-constructs from a tensor; torch "
                              f"warns 'To copy construct from a tensor...': use "
                              f"`{source}.detach().clone()` (or just `{source}`)",
                        fix=_fix(node, data, requires_grad=False))


def _fix(node: cst.Call, data: cst.BaseExpression, requires_grad: bool) -> FixBuilder | None:
    others = [a for a in node.args if a.value is not data and not (
        a.keyword is not None and a.keyword.value == "requires_grad")]
    flag = keyword(node, "requires_grad")
    if others or any(a.star for a in node.args):
        return None
    if flag is not None and not (is_true(flag.value) or
                                 (isinstance(flag.value, cst.Name) and
                                  flag.value.value == "False")):
        return None
    source = cst.Module([]).code_for_node(data)
    if not isinstance(data, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)):
        source = f"({source})"
    text = f"{source}.detach().clone()" + (".requires_grad_(True)" if requires_grad else "")

    def build(span):  # type: ignore[no-untyped-def]
        return Fix("safe", f"replace with `{text}`", (Edit(*span(node), text),))
    return build
