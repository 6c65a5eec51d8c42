"""Small syntax helpers shared by rules (argument lookup, subtree searches)."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.tree import walk


def positional(call: cst.Call) -> list[cst.BaseExpression]:
    return [a.value for a in call.args if a.keyword is None and not a.star]


def keyword(call: cst.Call, name: str) -> cst.Arg | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg
    return None


def argument(call: cst.Call, position: int, name: str) -> cst.BaseExpression | None:
    """The argument passed by keyword `name` or at `position`."""
    kw = keyword(call, name)
    if kw is not None:
        return kw.value
    args = positional(call)
    return args[position] if len(args) > position else None


def has_star_args(call: cst.Call) -> bool:
    return any(a.star for a in call.args)


def method_name(call: cst.Call) -> str | None:
    return call.func.attr.value if isinstance(call.func, cst.Attribute) else None


def reads_grad(node: cst.CSTNode) -> bool:
    """Does the subtree read some `.grad` attribute?"""
    return any(isinstance(n, cst.Attribute) and n.attr.value == "grad"
               for n in walk(node, code_only=True))


GRAD_RESET_METHODS = frozenset({"zero_", "fill_", "mul_", "detach_", "copy_"})


def is_grad(node: cst.BaseExpression) -> bool:
    """`x.grad` or `x.grad.data`."""
    if isinstance(node, cst.Attribute) and node.attr.value == "data":
        node = node.value
    return isinstance(node, cst.Attribute) and node.attr.value == "grad"


def is_grad_target(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Attribute) and node.attr.value == "grad"


def resets_gradients(node: cst.CSTNode) -> bool:
    """A call to `zero_grad()` / `x.grad.zero_()`-like, or an assignment to `x.grad`."""
    if isinstance(node, cst.Call):
        name = method_name(node)
        return name == "zero_grad" or (name in GRAD_RESET_METHODS and
                                       is_grad(node.func.value))  # type: ignore[union-attr]
    return isinstance(node, cst.AssignTarget) and is_grad_target(node.target)


def is_true(node: cst.BaseExpression | None) -> bool:
    return isinstance(node, cst.Name) and node.value == "True"


def tensor_list(node: cst.BaseExpression | None) -> list[cst.BaseExpression]:
    """The tensors passed as `autograd.backward(tensors)` / `autograd.grad(outputs, ...)`:
    the items of a literal list or tuple, else the one expression."""
    if node is None:
        return []
    if isinstance(node, (cst.List, cst.Tuple)):
        return [e.value for e in node.elements if not isinstance(e, cst.StarredElement)]
    return [node]
