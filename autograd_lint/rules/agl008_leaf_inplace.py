"""AGL008: an in-place operation on a leaf that requires grad, with grad mode on."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.values import Tensor, dtype_kind
from autograd_lint.rules.grad_scope import CallerGradScope
from autograd_lint.rules.syntax import is_true, keyword, method_name, positional
from autograd_lint.rules.triggers import grad_certain, inplace_on_leaf

# Methods ending in `_` that do not write the tensor's values (or fail with another error).
_NOT_INPLACE_WRITES = frozenset({
    "requires_grad_", "detach_", "share_memory_", "retain_grad_", "rename_", "resize_",
    "resize_as_", "record_stream_", "pin_memory_",
})
# Methods returning a view of their receiver: writing into it writes into the leaf.
_VIEW_METHODS = frozenset({
    "view", "view_as", "t", "transpose", "permute", "narrow", "select", "squeeze",
    "unsqueeze", "diagonal", "expand", "expand_as", "unfold", "movedim", "swapaxes",
    "unflatten", "as_strided",
})
_LEAF_MESSAGE = "a leaf Variable that requires grad is being used in an in-place operation."
_VIEW_MESSAGE = ("a view of a leaf Variable that requires grad is being used in an in-place "
                 "operation.")


class LeafInplace(CallerGradScope):
    code = "AGL008"
    name = "leaf-inplace"
    severity = "error"
    summary = ("An in-place operation (`w -= ...`, `w.add_()`, `w.zero_()`, `w[0] = ...`, "
               "`torch.relu_(w)`) on a leaf tensor that requires grad, or on a view of one, "
               "while grad mode is on.")
    why = ("A leaf that requires grad (a tensor created with `requires_grad=True`, an "
           "`nn.Parameter`) is what autograd computes gradients *for*. Changing its values in "
           "place while grad mode is on would have to be recorded in the graph as an "
           "operation on the leaf itself, which autograd refuses. The usual cause is a manual "
           "SGD step (`w -= lr * w.grad`) or a re-initialisation written outside "
           "`torch.no_grad()`.")
    evidence = (f"`RuntimeError: {_LEAF_MESSAGE}` (or, for an element or slice such as "
                f"`emb[0] = 0.0`, `RuntimeError: {_VIEW_MESSAGE}`)")
    how_to_fix = ("Do the update without recording it: `with torch.no_grad(): w -= lr * "
                  "w.grad` (likewise `w.zero_()`, `w[0] = 0.0`, `w.clamp_(-1, 1)`), use "
                  "`nn.init.*_` for initialisation, or write it out of place (`w = w - ...`) "
                  "if you really want a new non-leaf tensor.")
    leave_alone = ("The same update inside `with torch.no_grad():` / `torch.inference_mode()` "
                   "or a `@torch.no_grad()` function; in-place ops on non-leaf activations "
                   "(`h += 1`, `h.mul_(0.5)`); tensors that do not require grad (running "
                   "statistics, `.grad`, `.detach()`ed copies); `nn.init.*_`; `requires_grad_()` "
                   "and `detach_()`; helper functions whose grad mode depends on the caller "
                   "(parameters updated in a function without a backward pass that nothing in "
                   "the file calls with grad on); parameters in a file that freezes some of "
                   "them.")
    # A leaf that requires grad comes from one of these spellings (facts need one of them).
    tokens = ("requires_grad", "Parameter", "parameters", ".weight", ".bias")

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """An in-place change of a possible leaf, where grad mode can be certain (the rule
        reports only there)."""
        return inplace_on_leaf(text, context) and grad_certain(text, context)

    # ------------------------------------------------------------------ statements
    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        target = node.target
        base = _view_base(target)
        if base is not None:
            self._check(node, base, view=True, what=f"in-place update of `{self.code_of(target)}`")
        else:
            operator = self.code_of(node.operator).strip()
            self._check(node, target, view=False,
                        what=f"in-place update `{self.code_of(target)} {operator} ...`")

    def visit_Assign(self, node: cst.Assign) -> None:
        for assign_target in node.targets:
            target = assign_target.target
            base = _view_base(target)
            if base is not None:
                self._check(node, base, view=True,
                            what=f"item assignment `{self.code_of(target)} = ...`")
                return

    def visit_Call(self, node: cst.Call) -> None:
        name = method_name(node)
        if name is not None and name.endswith("_") and not name.startswith("_") and \
                name not in _NOT_INPLACE_WRITES and self.facts.qualname(node.func) is None:
            assert isinstance(node.func, cst.Attribute)
            receiver = node.func.value
            if self._known_leaf(receiver) is not None:
                self._check(node, receiver, view=False, what=f"in-place `.{name}()`")
            elif (base := _view_base(receiver)) is not None:
                self._check(node, base, view=True, what=f"in-place `.{name}()` on a view")
            return
        qualname = self.facts.qualname(node.func) or ""
        args = positional(node)
        if not args:
            return
        short = qualname.rsplit(".", 1)[-1]
        torch_inplace = short.endswith("_") and not short.startswith("_") and (
            qualname == f"torch.{short}" or qualname == f"torch.nn.functional.{short}")
        inplace_kw = keyword(node, "inplace")
        functional_inplace = qualname.startswith("torch.nn.functional.") and \
            inplace_kw is not None and is_true(inplace_kw.value)
        if torch_inplace or functional_inplace:
            self._check(node, args[0], view=False, what=f"in-place `{self.code_of(node.func)}`")

    # ------------------------------------------------------------------ helpers
    def _known_leaf(self, expr: cst.BaseExpression) -> Tensor | None:
        tensor = self.facts.tensor(expr)
        if tensor is None or tensor.requires_grad is not True or tensor.is_leaf is not True:
            return None
        if dtype_kind(tensor.dtype) in ("int", "bool"):
            return None  # its creation already raised (AGL005): this line never runs
        if tensor.parameter and self.frozen:
            return None
        return tensor

    def _check(self, node: cst.CSTNode, leaf_expr: cst.BaseExpression, *, view: bool,
               what: str) -> None:
        """Report `node` when `leaf_expr` is a leaf that requires grad and grad mode is on
        there (the analysis records grad mode per expression, not per statement)."""
        if self._known_leaf(leaf_expr) is None or not self.grad_on(leaf_expr):
            return
        leaf = self.code_of(leaf_expr)
        message = _VIEW_MESSAGE if view else _LEAF_MESSAGE
        subject = f"a view of `{leaf}`" if view else f"`{leaf}`"
        self.report(
            node,
            f"{what} on {subject}, a leaf tensor that requires grad, with grad mode on: torch "
            f"raises '{message}'; wrap it in `with torch.no_grad():` (or assign a new tensor "
            f"out of place)",
        )


def _view_base(expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """`w[0]`, `w.view(-1)`, `w.t()[1]` -> `w` (the tensor the view aliases)."""
    if isinstance(expr, cst.Subscript):
        inner = expr.value
    elif isinstance(expr, cst.Call) and method_name(expr) in _VIEW_METHODS:
        assert isinstance(expr.func, cst.Attribute)
        inner = expr.func.value
    else:
        return None
    nested = _view_base(inner)
    return nested if nested is not None else inner
