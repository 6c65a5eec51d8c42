"""Is grad mode *known* to be on at a node, or only assumed?

The analysis walks every function body with grad mode on unless a decorator or a `with`
block says otherwise, because that is the usual case. For the rules whose fact depends on
the grad mode of the caller (a tensor computed inside a helper is a non-leaf only if the
helper runs with grad enabled; `.numpy()` on a tensor that requires grad works under
`no_grad`), that assumption is not enough: a helper can be called under `torch.no_grad()`.

`GradScope` is a mixin for such rules. Grad mode counts as known to be on at module level
(scripts run with grad enabled), inside `with torch.enable_grad()` /
`torch.set_grad_enabled(True)`, and in a function that is decorated with
`@torch.enable_grad()` or that itself runs a backward pass (training code cannot run under
`no_grad`: its backward would fail).
"""

from __future__ import annotations

from functools import cached_property

import libcst as cst

from autograd_lint.analysis.callers import grad_on_functions
from autograd_lint.analysis.torch_api import GRAD_MODE_CONTEXTS, SET_GRAD_ENABLED
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import is_true, positional


class GradScope(Rule):
    """Rule base that knows whether grad mode at the current node is certain."""

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        # Innermost last: a function (judged lazily, only when a finding depends on it) or
        # True for a `with torch.enable_grad():` block inside a function.
        self._frames: list[cst.FunctionDef | bool] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._frames.append(node)

    def leave_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._frames.pop()

    def visit_With(self, node: cst.With) -> None:
        if self._frames and any(self._is_enable_grad(item.item) for item in node.items):
            self._frames.append(True)
        elif self._frames:
            self._frames.append(self._frames[-1])

    def leave_With(self, node: cst.With) -> None:
        if self._frames:
            self._frames.pop()

    def grad_on(self, node: cst.CSTNode) -> bool:
        """Grad mode is certainly on at `node` (not merely assumed for a function body)."""
        return self.facts.grad_enabled(node) is True and self.frame_certain()

    def frame_certain(self) -> bool:
        """Grad mode of the enclosing code is known (module level or a training function)."""
        if not self._frames:
            return True
        frame = self._frames[-1]
        if isinstance(frame, bool):
            return frame
        return self.ctx.index.enables_grad(frame)

    def _is_enable_grad(self, expr: cst.BaseExpression) -> bool:
        if not isinstance(expr, cst.Call):
            return False
        qualname = self.facts.qualname(expr.func) or ""
        if GRAD_MODE_CONTEXTS.get(qualname) is True:
            return True
        args = positional(expr)
        return qualname in SET_GRAD_ENABLED and bool(args) and is_true(args[0])


def freezes_parameters(module: cst.Module) -> bool:
    """Does the file switch `requires_grad` off anywhere (frozen layers)?

    Parameters reached through `model.parameters()` are assumed to require grad; a file that
    freezes some of them makes that assumption unsafe for every parameter it iterates.
    """
    code = module.code
    return "requires_grad = False" in code or "requires_grad_(False)" in code or \
        "requires_grad=False" in code


class CallerGradScope(GradScope):
    """GradScope that also counts the file's own calls: grad mode is certain in a function
    the file calls with grad on (from module-level code, directly or through `__init__`,
    `forward` or helpers; analysis/callers.py), since the statement then runs with grad on
    at least once. For rules that also stay quiet in files that freeze parameters."""

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.frozen = freezes_parameters(ctx.module)

    @cached_property
    def _called_with_grad(self) -> frozenset[int]:
        return grad_on_functions(self.ctx.module, self.facts)

    def frame_certain(self) -> bool:
        if super().frame_certain():
            return True
        frame = self._frames[-1]
        return isinstance(frame, cst.FunctionDef) and id(frame) in self._called_with_grad
