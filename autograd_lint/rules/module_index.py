"""Whole-module facts several rules need before the engine's walk reaches the code.

A rule sees nodes in source order, but some questions are about code that may come later:
does the function called in this loop zero the gradients (AGL003)? does this function run a
backward pass, so that grad mode is certainly on inside it (GradScope)? Each rule used to
answer them with its own walk of the module, one per rule and sometimes one per function.
`ModuleIndex` gathers the syntax they need in one walk, built on first use and shared
through `RuleContext.index`.
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis import Facts
from autograd_lint.analysis.torch_api import (
    AUTOGRAD_BACKWARD,
    AUTOGRAD_GRAD,
    GRAD_MODE_CONTEXTS,
)
from autograd_lint.analysis.tree import events
from autograd_lint.rules.syntax import method_name, resets_gradients


class ModuleIndex:
    """One walk of the module; see the attributes for what it records."""

    def __init__(self, module: cst.Module, facts: Facts) -> None:
        self.facts = facts
        self.resetting_functions: frozenset[str] = frozenset()
        """Names of functions whose body (nested code included) resets gradients."""
        self._own_calls: dict[int, list[cst.Call]] = {}
        # id(function) -> the calls in its body that run as part of it: not those inside
        # a nested function, class or lambda.
        self._enables_grad: dict[int, bool] = {}
        self._scan(module)

    def _scan(self, module: cst.Module) -> None:
        code = module.code
        check_resets = "zero_grad" in code or ".grad" in code
        resetting: set[str] = set()
        function_of_body: dict[int, cst.FunctionDef] = {}
        in_bodies: list[cst.FunctionDef] = []  # every function whose body holds the node
        owner: list[list[cst.Call] | None] = []  # whose own code the node is, innermost last
        for entering, node in events(module, code_only=True):
            kind = type(node)
            function = function_of_body.get(id(node))
            if not entering:
                if function is not None:
                    in_bodies.pop()
                    owner.pop()
                elif kind is cst.FunctionDef or kind is cst.ClassDef or kind is cst.Lambda:
                    owner.pop()
                continue
            if function is not None:
                in_bodies.append(function)
                owner.append(self._own_calls.setdefault(id(function), []))
            elif kind is cst.FunctionDef:
                assert isinstance(node, cst.FunctionDef)
                function_of_body[id(node.body)] = node
                owner.append(None)  # its decorators and parameters are not its body
            elif kind is cst.ClassDef or kind is cst.Lambda:
                owner.append(None)
            if kind is cst.Call and owner and owner[-1] is not None:
                owner[-1].append(node)  # type: ignore[arg-type]
            if check_resets and in_bodies and (kind is cst.Call or kind is cst.AssignTarget) \
                    and resets_gradients(node):
                resetting.update(f.name.value for f in in_bodies)
        self.resetting_functions = frozenset(resetting)

    def enables_grad(self, function: cst.FunctionDef) -> bool:
        """Decorated with `@torch.enable_grad()`, or runs backward()/autograd.grad itself
        (training code cannot run under `no_grad`: its backward would fail)."""
        known = self._enables_grad.get(id(function))
        if known is None:
            known = self._enables_grad[id(function)] = self._judge(function)
        return known

    def _judge(self, function: cst.FunctionDef) -> bool:
        for dec in function.decorators:
            expr = dec.decorator.func if isinstance(dec.decorator, cst.Call) else dec.decorator
            if GRAD_MODE_CONTEXTS.get(self.facts.qualname(expr) or "") is True:
                return True
        for call in self._own_calls.get(id(function), ()):
            if method_name(call) == "backward":
                return True
            qualname = self.facts.qualname(call.func)
            if qualname in AUTOGRAD_BACKWARD or qualname in AUTOGRAD_GRAD:
                return True
        return False
