"""AGL006: mutating a tensor that requires grad through `.data`."""

from __future__ import annotations

import re

import libcst as cst

from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import method_name

_DATA = re.compile(r"\.data\b")
_DEF = re.compile(r"\bdef\s+(\w+)")


def _initialises(function: str) -> bool:
    """Initialisation code by its name: `__init__`, `_init_weights`, `reset_parameters`."""
    name = function.lower()
    return "init" in name or name == "reset_parameters"


class DataMutation(Rule):
    code = "AGL006"
    name = "data-mutation"
    severity = "warning"
    summary = ("Assigning `.data` of a tensor that requires grad, or changing it in place "
               "through `.data` (`w.data.add_()`, `w.data -= ...`, `w.data[i] = ...`).")
    why = ("`w.data` is an alias that autograd does not track: changes through it do not bump "
           "the version counter, so a tensor saved for backward can change unseen and the "
           "gradient silently uses the new values (e.g. `w.data.mul_(10)` between forward "
           "and backward gives a gradient 10x too large, with no error).")
    evidence = ("Silent. At run time the values change while `w._version` does not; the same "
                "update written as `with torch.no_grad(): w -= ...` bumps `_version`, so "
                "misuse is caught.")
    how_to_fix = ("Do the update on the tensor itself under `torch.no_grad()`: "
                  "`with torch.no_grad(): w -= lr * w.grad` / `w.add_(...)` / `w.copy_(new)`, "
                  "or use `nn.init.*_` for initialisation.")
    leave_alone = ("Read-only uses (`w.data.clone()`, `.norm()`, logging); `p.grad.data.zero_()` "
                   "(the gradient does not require grad); in-place updates without `.data` "
                   "inside `torch.no_grad()`; `nn.init.*_`; tensors not known to require grad; "
                   "initialisation code (`__init__`, `reset_parameters`, `_init_weights`, "
                   "`weights_init` and other functions whose name says they initialise): no "
                   "forward pass can have saved the tensor yet, so nothing goes stale.")
    fixable = ("Unsafe fix: rewrite `w.data.op_(...)` / `w.data -= ...` as the same operation "
               "on `w` inside `with torch.no_grad():`.")
    tokens = (".data",)

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """`.data` here, unless every function here is initialisation code (the rule is
        silent there, see `_in_initialisation`)."""
        if _DATA.search(text) is None:
            return False
        return not all(_initialises(name) for name in _DEF.findall(text))

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.functions: list[str] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.functions.append(node.name.value)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self.functions.pop()

    def _in_initialisation(self) -> bool:
        if not self.functions:
            return False
        return _initialises(self.functions[-1])

    def _owner_requires_grad(self, data_attr: cst.BaseExpression) -> cst.BaseExpression | None:
        """For `X.data`, X when X is known to require grad (outside initialisation code)."""
        if not (isinstance(data_attr, cst.Attribute) and data_attr.attr.value == "data"):
            return None
        if self._in_initialisation():
            return None
        tensor = self.facts.tensor(data_attr.value)
        if tensor is None or tensor.requires_grad is not True:
            return None
        return data_attr.value

    def _flag(self, node: cst.CSTNode, owner: cst.BaseExpression, what: str) -> None:
        name = self.code_of(owner)
        self.report(node, f"{what} `{name}.data` is invisible to autograd (`{name}` requires "
                          f"grad): saved tensors can go stale silently; update `{name}` "
                          f"under `with torch.no_grad():` instead")

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            expr = target.target
            if isinstance(expr, cst.Subscript):
                owner = self._owner_requires_grad(expr.value)
                if owner is not None:
                    self._flag(node, owner, "writing into")
                    return
            owner = self._owner_requires_grad(expr)
            if owner is not None:
                self._flag(node, owner, "assigning")
                return

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        target = node.target
        if isinstance(target, cst.Subscript):
            target = target.value
        owner = self._owner_requires_grad(target)
        if owner is not None:
            self._flag(node, owner, "updating")

    def visit_Call(self, node: cst.Call) -> None:
        name = method_name(node)
        if name is None or not name.endswith("_") or name.startswith("_") or \
                name == "requires_grad_":
            return
        assert isinstance(node.func, cst.Attribute)
        owner = self._owner_requires_grad(node.func.value)
        if owner is not None:
            self._flag(node, owner, f"in-place .{name}() on")
