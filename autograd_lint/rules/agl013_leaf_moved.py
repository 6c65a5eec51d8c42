"""AGL013: `.to()/.cuda()/.double()` applied to a fresh leaf that requires grad."""

from __future__ import annotations

import ast
import re

import libcst as cst

from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.torch_api import CASTS, PARAMETER
from autograd_lint.rules import reach
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import method_name
from autograd_lint.rules.triggers import found

_MOVES = frozenset(CASTS) | {"to", "cuda", "cpu", "type"}

_MOVE_CALL = re.compile(r"\.\s*(?:" + "|".join(sorted(_MOVES)) + r")\s*\(")
_LEAF_MADE = re.compile(r"requires_grad|Parameter\s*\(")


class LeafMoved(Rule):
    code = "AGL013"
    name = "leaf-moved"
    severity = "error"
    summary = ("A tensor created with `requires_grad=True` (or an `nn.Parameter`) is moved "
               "or cast with `.to()` / `.cuda()` / `.double()` / `.half()` ... and only the "
               "copy is kept: the leaf that gets the gradient is thrown away.")
    why = ("A cast that changes the dtype or device is an autograd operation: it returns a "
           "new, non-leaf tensor. `w = torch.randn(3, requires_grad=True).cuda()` binds `w` "
           "to that copy, so `w.grad` stays None after `backward()` (the gradient goes to "
           "the discarded leaf) and an optimizer refuses `w`. A cast that changes nothing "
           "(`.float()` on float32, `.cpu()` on a CPU tensor) returns the tensor itself and "
           "is fine.")
    evidence = ("`w.grad` is None after `backward()` (with the AGL001 UserWarning \"The .grad "
                "attribute of a Tensor that is not a leaf Tensor is being accessed...\"); "
                "`torch.optim.SGD([w], lr=0.1)` raises `ValueError: can't optimize a non-leaf "
                "Tensor`; on a CPU-only build `.cuda()` raises `AssertionError: Torch not "
                "compiled with CUDA enabled`.")
    how_to_fix = ("Create the tensor where it should live: `torch.randn(3, device=device, "
                  "dtype=torch.float64, requires_grad=True)`, or move first and set the flag "
                  "after: `w = torch.randn(3).to(device).requires_grad_()`; for parameters, "
                  "wrap the moved tensor: `nn.Parameter(torch.randn(3).to(device))`.")
    leave_alone = ("`t = x.double(); t.requires_grad_()` (flag set after the cast); "
                   "`dtype=` / `device=` given to the factory; casts that change nothing "
                   "(`.float()` on float32, `.to('cpu')` / `.cpu()` on CPU); `.to(device)` "
                   "with a device that is not known (it may be a no-op); a moved copy kept "
                   "under a new name next to its leaf; `nn.Parameter(t.cuda())`; casts under "
                   "`torch.no_grad()`.")
    fixable = ("Fix for `factory(..., requires_grad=True).double()` / `.cuda()` / "
               "`.to(...)`: pass the dtype/device to the factory instead. Safe for "
               "deterministic factories (`torch.tensor`, `zeros`, `ones`, ...); unsafe for "
               "random ones (`randn`, `rand`, ...), whose values for a given seed change.")
    tokens = ("requires_grad", "Parameter")

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """A move or cast here, of a leaf made here or around."""
        return _MOVE_CALL.search(text) is not None and (
            _LEAF_MADE.search(text) is not None or found(_LEAF_MADE, context))

    @classmethod
    def relevant_tree(cls, unit: ast.AST, text: str, context: str) -> bool:
        """The two forms the rule checks: a move of a call's result (`torch.randn(...,
        requires_grad=True).cuda()`) and a name re-bound to its own moved copy (`w =
        w.to(device)`)."""
        for node in ast.walk(unit):
            if isinstance(node, ast.Call) and reach.called_name(node) in _MOVES and \
                    isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call):
                return True
            value = node.value if isinstance(node, ast.Assign) else None
            if isinstance(value, ast.Call) and len(node.targets) == 1 and \
                    reach.called_name(value) in _MOVES and isinstance(value.func, ast.Attribute):
                name = reach.dotted(node.targets[0])
                if name is not None and reach.dotted(value.func.value) == name:
                    return True
        return False

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.rewrapped: set[int] = set()

    def visit_Call(self, node: cst.Call) -> None:
        if self.facts.qualname(node.func) in PARAMETER:
            # nn.Parameter(leaf.cuda()) makes a fresh leaf of the moved copy: fine.
            self.rewrapped.update(id(arg.value) for arg in node.args)
            return
        if method_name(node) not in _MOVES or id(node) in self.rewrapped:
            return
        assert isinstance(node.func, cst.Attribute)
        receiver = node.func.value
        if isinstance(receiver, cst.Call):
            self._check(node, receiver, "the leaf created here is never kept")

    def visit_Assign(self, node: cst.Assign) -> None:
        # w = w.cuda(): the only name for the leaf now refers to the copy.
        value = node.value
        if len(node.targets) != 1 or not isinstance(value, cst.Call) or \
                method_name(value) not in _MOVES:
            return
        assert isinstance(value.func, cst.Attribute)
        name = dotted(node.targets[0].target)
        if name is not None and dotted(value.func.value) == name:
            self._check(value, value.func.value, f"`{name}` no longer names the leaf")

    def _check(self, cast: cst.Call, receiver: cst.BaseExpression, how: str) -> None:
        leaf = self.facts.tensor(receiver)
        result = self.facts.tensor(cast)
        if leaf is None or result is None:
            return
        if not (leaf.requires_grad is True and leaf.is_leaf is True):
            return
        if not (result.requires_grad is True and result.is_leaf is False):
            return
        assert isinstance(cast.func, cst.Attribute)
        method = cast.func.attr.value
        where = _target_words(method, result.dtype, result.device)
        self.report(
            cast.func.attr,
            f"`.{method}()` on a tensor that requires grad returns a non-leaf copy and {how}: "
            f"its .grad stays None and optimizers reject it; {where}",
        )


def _target_words(method: str, dtype: str | None, device: str | None) -> str:
    if method in CASTS:
        factory_arg = f"dtype=torch.{dtype}" if dtype else "dtype="
    elif method in ("cuda", "cpu"):
        factory_arg = f"device=\"{device}\"" if device else "device="
    else:
        factory_arg = "dtype=/device="
    return (f"pass {factory_arg} to the factory, or call .requires_grad_() after the move "
            f"instead of requires_grad=True")
