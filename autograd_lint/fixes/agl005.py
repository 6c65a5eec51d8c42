"""AGL005 fix (safe): make an integer tensor that requires grad a float one.

Literal data becomes float literals (`torch.tensor([1, 2], requires_grad=True)` ->
`torch.tensor([1., 2.], requires_grad=True)`); any other factory gets
`dtype=torch.float32`. The original code always raises, so nothing that worked changes.
A factory that names an integer dtype itself is left to the user: which one was meant
is not for a tool to guess.
"""

from __future__ import annotations

import re

import libcst as cst

from autograd_lint.analysis.calls import VARIABLE
from autograd_lint.finding import Edit
from autograd_lint.fixes.context import FixContext, Span, make_fix, replace_node
from autograd_lint.fixes.dtypes import set_dtype
from autograd_lint.rules.base import FixBuilder, Report
from autograd_lint.rules.syntax import keyword, positional

_LITERAL_FACTORIES = frozenset({"torch.tensor", "torch.as_tensor"})
_DECIMAL = re.compile(r"[0-9][0-9_]*")


def _float_literals(node: cst.BaseExpression) -> cst.BaseExpression | None:
    """The same literal with every integer made float; None if it is not all integers."""
    if isinstance(node, cst.Integer):
        if not _DECIMAL.fullmatch(node.value):
            return None
        return cst.Float(value=node.value + ".", lpar=node.lpar, rpar=node.rpar)
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, (cst.Minus,
                                                                         cst.Plus)):
        inner = _float_literals(node.expression)
        return node.with_changes(expression=inner) if inner is not None else None
    if isinstance(node, (cst.List, cst.Tuple)) and node.elements:
        elements = []
        for element in node.elements:
            if not isinstance(element, cst.Element):
                return None
            value = _float_literals(element.value)
            if value is None:
                return None
            elements.append(element.with_changes(value=value))
        return node.with_changes(elements=elements)
    return None


def build(report: Report, ctx: FixContext) -> FixBuilder | None:
    flag = report.node
    call = ctx.parent(flag)
    if not isinstance(flag, cst.Arg) or not isinstance(call, cst.Call) or \
            keyword(call, "dtype") is not None or ctx.facts.qualname(call.func) in VARIABLE:
        return None  # Variable(t, ...) takes no dtype: the data itself must change
    data = positional(call)
    if ctx.facts.qualname(call.func) in _LITERAL_FACTORIES and data:
        floats = _float_literals(data[0])
        if floats is not None:
            # The span of a parenthesised node excludes its parentheses: render without them.
            text = ctx.module.code_for_node(floats.with_changes(lpar=[], rpar=[]))
            return make_fix("safe", "Make the literal data float",
                            lambda span: [replace_node(span, data[0], text)])
    torch = ctx.torch_name()
    if torch is None:
        return None

    def edits(span: Span) -> list[Edit] | None:
        edit = set_dtype(span, call, f"{torch}.float32")
        return [edit] if edit else None

    return make_fix("safe", f"Add dtype={torch}.float32", edits)
