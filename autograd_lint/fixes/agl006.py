"""AGL006 fix (unsafe): update the tensor itself under `torch.no_grad()`, not via `.data`.

`w.data.add_(g)` / `w.data -= lr * g` / `w.data[i] = v` become

    with torch.no_grad():
        w.add_(g)

(no new block when the statement already runs with grad mode off). Unsafe because the
version counter now sees the change: code that relied on `.data` to dodge autograd's
checks, or that mutates a non-leaf, may now raise in `backward()`. Plain assignment
`w.data = new` is not rewritten: it can change the shape, `copy_` cannot.
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.finding import Edit
from autograd_lint.fixes.context import FixContext, Span, make_fix, replace_node
from autograd_lint.rules.base import FixBuilder, Report


def _data_attribute(statement: cst.BaseSmallStatement) -> cst.Attribute | None:
    """The `X.data` whose value the statement mutates, for the forms the fix rewrites."""
    if isinstance(statement, cst.Expr) and isinstance(statement.value, cst.Call) and \
            isinstance(statement.value.func, cst.Attribute):
        target = statement.value.func.value
    elif isinstance(statement, cst.AugAssign):
        target = statement.target
    elif isinstance(statement, cst.Assign) and len(statement.targets) == 1:
        target = statement.targets[0].target
        if not isinstance(target, cst.Subscript):
            return None
    else:
        return None
    if isinstance(target, cst.Subscript):
        target = target.value
    if isinstance(target, cst.Attribute) and target.attr.value == "data":
        return target
    return None


def build(report: Report, ctx: FixContext) -> FixBuilder | None:
    line = ctx.statement_line(report.node)
    if line is None or len(line.body) != 1:
        return None
    statement = line.body[0]
    data = _data_attribute(statement)
    if data is None:
        return None
    rewritten = ctx.module.code_for_node(
        statement.deep_replace(data, data.value)).strip()  # type: ignore[arg-type]
    if ctx.facts.grad_enabled(data.value) is False:
        return make_fix("unsafe", "Update the tensor itself instead of .data",
                        lambda span: [replace_node(span, statement, rewritten)])
    torch = ctx.torch_name()
    if torch is None:
        return None

    def edits(span: Span) -> list[Edit]:
        # Continuation lines keep their place: inside brackets indentation does not matter,
        # and inside a multi-line string it must not change.
        indent = ctx.indent(span(statement)[0]) + ctx.indent_unit
        return [replace_node(span, statement,
                             f"with {torch}.no_grad():{ctx.newline}{indent}{rewritten}")]

    return make_fix("unsafe", f"Update the tensor itself under `with {torch}.no_grad():`",
                    edits)
