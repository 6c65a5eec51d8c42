"""AGL003: a training loop that never resets gradients between updates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

import libcst as cst

from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.torch_api import AUTOGRAD_BACKWARD
from autograd_lint.analysis.tree import walk
from autograd_lint.analysis.values import Obj
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import (
    GRAD_RESET_METHODS,
    is_grad,
    is_grad_target,
    method_name,
    positional,
    reads_grad,
)
from autograd_lint.rules.triggers import AUTOGRAD_ALIAS, BACKWARD

_OPTIMIZER_NAME = re.compile(r"optim|(^|_)opt([a-z0-9]{0,2}|_.*)$")


class _LoopScan:
    """Collects backward calls, updates and gradient resets inside one loop body.

    Nested functions and classes are skipped: their code does not run as part of the loop
    body unless called, and a call to a local function that resets gradients is recognised
    by name.
    """

    def __init__(self, rule: MissingZeroGrad, *, helpers: bool = True) -> None:
        self.rule = rule
        self.helpers = helpers
        """Count calls of the rule's `trainers` (not while finding them)."""
        self.backwards: list[cst.Call] = []
        self.updates = 0
        self.resets = 0
        self.builds_optimizer = False
        # For loops that zero only some optimizers (GANs): source-ordered events.
        self.events: list[tuple[str, cst.Call, str | None]] = []
        self.reset_optimizers: set[str] = set()
        # Resets only every N iterations (`if step % N == 0: opt.zero_grad()`) where no
        # update runs with them, and updates that run in every iteration (in no `if`).
        self.periodic_resets = 0
        self.unconditional_updates = 0
        self._conditional: set[int] = set()
        self._periodic: set[int] = set()
        self._grad_derived: set[str] = set()
        """Names bound (in source order) to values computed from `.grad`: hand-written
        optimizer state such as Adam's moments (`m = 0.9 * m + 0.1 * w.grad`)."""

    def scan(self, body: cst.CSTNode) -> _LoopScan:
        self._mark_branches(body)
        for node in walk(body, lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef)),
                         code_only=True):
            if isinstance(node, cst.FunctionDef):
                # A closure defined in the loop (LBFGS) runs inside it via step(closure).
                self._scan_closure(node)
            elif isinstance(node, cst.Call):
                self.visit_Call(node)
            elif isinstance(node, cst.Assign):
                self.visit_Assign(node)
            elif isinstance(node, cst.AugAssign):
                self.visit_AugAssign(node)
            elif isinstance(node, cst.Del):
                self.visit_Del(node)
        return self

    def _mark_branches(self, body: cst.CSTNode) -> None:
        """Which nodes run only in some iterations (inside an `if`), and which only every
        N iterations with no update beside them (an `if` testing `i % N` whose body does
        not step)."""
        for branch in walk(body, lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef)),
                           code_only=True):
            if not isinstance(branch, cst.If):
                continue
            inside = {id(n) for n in walk(branch.body, code_only=True)}
            if branch.orelse is not None:
                inside |= {id(n) for n in walk(branch.orelse, code_only=True)}
            self._conditional |= inside
            periodic = any(isinstance(n, cst.BinaryOperation) and
                           isinstance(n.operator, cst.Modulo) for n in walk(branch.test))
            steps = any(isinstance(n, cst.Call) and method_name(n) == "step"
                        for n in walk(branch.body, code_only=True))
            if periodic and not steps:
                self._periodic |= {id(n) for n in walk(branch.body, code_only=True)}

    def _reset(self, node: cst.Call) -> None:
        if id(node) in self._periodic:
            self.periodic_resets += 1
        else:
            self.resets += 1

    def _scan_closure(self, node: cst.FunctionDef) -> None:
        inner = _LoopScan(self.rule, helpers=self.helpers).scan(node.body)
        self.resets += inner.resets + len(inner.reset_optimizers)
        self.updates += inner.updates
        self.backwards.extend(inner.backwards)

    def visit_Call(self, node: cst.Call) -> None:
        name = method_name(node)
        qualname = self.rule.facts.qualname(node.func)
        if name == "backward" or qualname in AUTOGRAD_BACKWARD:
            self.backwards.append(node)
            self.events.append(("backward", node, None))
        elif name == "zero_grad" and self._frozen_module(node.func.value):  # type: ignore[union-attr]
            pass  # `teacher.zero_grad()`: its parameters get no gradients; nothing is reset
        elif name == "zero_grad" and id(node) not in self._periodic and \
                self._optimizer_name(node.func.value) is not None:  # type: ignore[union-attr]
            self.reset_optimizers.add(self._optimizer_name(node.func.value))  # type: ignore[arg-type,union-attr]
        elif name == "zero_grad" or (isinstance(node.func, cst.Name)
                                     and node.func.value in self.rule.resetting_functions):
            self._reset(node)
        elif name is not None and isinstance(node.func, cst.Attribute) and (
                node.func.attr.value in self.rule.resetting_functions
                and isinstance(node.func.value, cst.Name)
                and node.func.value.value in ("self", "cls")):
            self._reset(node)
        elif name in GRAD_RESET_METHODS and is_grad(node.func.value):  # type: ignore[union-attr]
            self._reset(node)
        elif name == "step" and self._is_optimizer_step(node):
            self.updates += 1
            if id(node) not in self._conditional:
                self.unconditional_updates += 1
            self.events.append(("step", node, self._stepped_optimizer(node)))
            closure = self.rule.closure_of(node)
            if closure is not None:
                self._scan_closure(closure)  # `opt.step(closure)`: it runs in this body
        elif self.helpers and (trainer := self.rule.trainer_called(node)) is not None:
            # `train_step(model, opt, batch)`, `self.step(x, y)`: a helper that
            # back-propagates and steps without resetting, run once per iteration.
            self.backwards.extend(trainer.backwards)
            self.updates += 1
            if id(node) not in self._conditional:
                self.unconditional_updates += 1
        elif name is not None and name.endswith("_") and any(reads_grad(a.value)
                                                              for a in node.args):
            self.updates += 1
        if qualname is not None and qualname.startswith("torch.optim.") and \
                qualname.rsplit(".", 1)[-1][:1].isupper():
            self.builds_optimizer = True

    def visit_Assign(self, node: cst.Assign) -> None:
        derived = self._from_grad(node.value)
        for target in node.targets:
            if is_grad_target(target.target):
                self.resets += 1
            elif _is_data(target.target) and reads_grad(node.value):
                self.updates += 1
            elif isinstance(target.target, cst.Name):
                if derived:
                    self._grad_derived.add(target.target.value)
                else:
                    self._grad_derived.discard(target.target.value)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        if is_grad_target(node.target):
            self.resets += 1
        elif reads_grad(node.value):
            self.updates += 1
        elif self._from_grad(node.value) and self._is_trained_leaf(node.target):
            self.updates += 1  # `w -= lr * m_hat / (v_hat.sqrt() + eps)`

    def _from_grad(self, value: cst.BaseExpression) -> bool:
        """Does `value` read `.grad`, or a name bound to something computed from it?"""
        return reads_grad(value) or any(
            isinstance(n, cst.Name) and n.value in self._grad_derived
            for n in walk(value, code_only=True))

    def _is_trained_leaf(self, target: cst.BaseExpression) -> bool:
        """A leaf tensor known to require grad: what a hand-written update changes."""
        tensor = self.rule.facts.tensor(target)
        return tensor is not None and tensor.requires_grad is True and tensor.is_leaf is True

    def visit_Del(self, node: cst.Del) -> None:
        if is_grad_target(node.target):
            self.resets += 1

    def _frozen_module(self, node: cst.BaseExpression) -> bool:
        value = self.rule.facts.value(node)
        return isinstance(value, Obj) and value.kind == "module" and value.trainable is False

    def _optimizer_name(self, node: cst.BaseExpression) -> str | None:
        """The dotted name of an expression that is an optimizer, else None."""
        name = dotted(node)
        if name is None:
            return None
        value = self.rule.facts.value(node)
        if (isinstance(value, Obj) and value.kind == "optimizer") or _optimizer_like(node):
            return name
        return None

    def _stepped_optimizer(self, node: cst.Call) -> str | None:
        """`opt.step()` -> 'opt'; `scaler.step(opt)` -> 'opt'."""
        func = node.func
        assert isinstance(func, cst.Attribute)
        own = self._optimizer_name(func.value)
        args = positional(node)
        if own is None and args:
            return self._optimizer_name(args[0])
        return own

    def unreset_backwards(self) -> list[cst.Call]:
        """The backward() calls whose gradients reach an update with no reset in the loop.

        Without any reset every backward counts. When only some optimizers are zeroed
        (`opt_g.zero_grad()` but never `opt_d.zero_grad()`), the backward that precedes
        each un-zeroed optimizer's step is the one whose gradients pile up.
        """
        if self.resets or (self.periodic_resets and not self.unconditional_updates):
            return []
        if not self.reset_optimizers:
            return self.backwards
        culprits: list[cst.Call] = []
        last_backward: cst.Call | None = None
        for kind, call, optimizer in self.events:
            if kind == "backward":
                last_backward = call
            elif optimizer is None:
                return []  # a manual or unnamed update next to a reset: cannot tell
            elif optimizer not in self.reset_optimizers and last_backward is not None:
                culprits.append(last_backward)
        return culprits

    def _is_optimizer_step(self, node: cst.Call) -> bool:
        func = node.func
        assert isinstance(func, cst.Attribute)
        receiver = self.rule.facts.value(func.value)
        if isinstance(receiver, Obj) and receiver.kind == "optimizer":
            return True
        if _optimizer_like(func.value):
            return True
        # scaler.step(optimizer)
        args = positional(node)
        return bool(args) and _optimizer_like(args[0])


def _optimizer_like(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.Attribute):
        name = node.attr.value
    elif isinstance(node, cst.Name):
        name = node.value
    else:
        return False
    return bool(_OPTIMIZER_NAME.search(name.lower()))


def _is_data(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Attribute) and node.attr.value == "data"


class MissingZeroGrad(Rule):
    code = "AGL003"
    name = "missing-zero-grad"
    severity = "warning"
    summary = ("A loop calls `backward()` and updates the parameters (`optimizer.step()` or a "
               "manual update from `.grad`) but never resets the gradients inside that loop.")
    why = ("`backward()` adds into `.grad`. Without `zero_grad()`, `.grad.zero_()` or "
           "`.grad = None` in the loop that steps, every update uses the sum of all past "
           "gradients. Zeroing once before the loop, or only in an outer epoch loop while "
           "`step()` runs per batch, has the same effect.")
    evidence = ("Silent: torch raises nothing. At run time, after the second iteration's "
                "`backward()`, a leaf's `.grad` differs from that iteration's gradient alone.")
    how_to_fix = ("Call `optimizer.zero_grad()` (or `model.zero_grad()`, or set `p.grad = "
                  "None`) in the same loop as `step()`, before `backward()` or after "
                  "`step()`.")
    leave_alone = ("`optimizer.zero_grad()` / `zero_grad(set_to_none=True)` / "
                   "`model.zero_grad()` anywhere in the loop, including every N steps for "
                   "gradient accumulation; `p.grad = None` loops; `w.grad.zero_()` after a "
                   "`no_grad` update; a call to a local function that zeroes; loops that "
                   "build a fresh optimizer each iteration; `torch.autograd.grad()` (it does "
                   "not accumulate); `scheduler.step()` and `env.step()` (not updates).")
    fixable = "Unsafe fix: insert `optimizer.zero_grad()` at the top of the loop body."
    tokens = ("backward",)
    class_pattern = BACKWARD  # graphs and losses kept in `self` across methods
    context_pattern = AUTOGRAD_ALIAS
    # Also the functions that reset gradients: a loop calling one is not flagged.
    unit_pattern = re.compile(BACKWARD.pattern + r"|zero_grad|\.grad\b")
    needs_torch = False

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.reported: set[int] = set()
        self.class_trainers: list[dict[str, _LoopScan]] = []
        """The trainer methods of each enclosing class (innermost last)."""

    @property
    def resetting_functions(self) -> frozenset[str]:
        """Functions of this file that reset gradients; asked only inside a loop, so a file
        without loops never walks the module for them."""
        return self.ctx.index.resetting_functions

    @cached_property
    def trainers(self) -> dict[str, _LoopScan]:
        """Module-level functions that back-propagate and step but never reset gradients
        nor build their optimizer: calling one in a loop accumulates gradients."""
        return self._trainers_in(self.ctx.module.body)

    def _trainers_in(self, body: Sequence[cst.CSTNode]) -> dict[str, _LoopScan]:
        """The trainers among the functions (or methods) defined directly in `body`."""
        found: dict[str, _LoopScan] = {}
        for stmt in body:
            if not isinstance(stmt, cst.FunctionDef) or \
                    stmt.name.value in self.resetting_functions:
                continue
            scan = _LoopScan(self, helpers=False).scan(stmt.body)
            if scan.backwards and scan.updates and not scan.builds_optimizer and not (
                    scan.resets or scan.periodic_resets or scan.reset_optimizers):
                found[stmt.name.value] = scan
        return found

    def trainer_called(self, node: cst.Call) -> _LoopScan | None:
        """The trainer a call runs: a module-level one by name, or a method of the
        enclosing class through `self.<name>(...)`."""
        func = node.func
        if isinstance(func, cst.Name):
            return self.trainers.get(func.value)
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and \
                func.value.value == "self" and self.class_trainers:
            return self.class_trainers[-1].get(func.attr.value)
        return None

    def closure_of(self, step: cst.Call) -> cst.FunctionDef | None:
        """`opt.step(closure)` with a module-level function of the file: the closure."""
        args = positional(step)
        if len(step.args) != 1 or len(args) != 1 or not isinstance(args[0], cst.Name):
            return None
        return self.module_functions.get(args[0].value)

    @cached_property
    def module_functions(self) -> dict[str, cst.FunctionDef]:
        return {stmt.name.value: stmt for stmt in self.ctx.module.body
                if isinstance(stmt, cst.FunctionDef)}

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.class_trainers.append(self._trainers_in(node.body.body))

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self.class_trainers.pop()

    def visit_For(self, node: cst.For) -> None:
        self._check_loop(node.body)

    def visit_While(self, node: cst.While) -> None:
        self._check_loop(node.body)

    def visit_ListComp(self, node: cst.ListComp) -> None:
        self._check_loop(node.elt)

    def visit_GeneratorExp(self, node: cst.GeneratorExp) -> None:
        self._check_loop(node.elt)

    def _check_loop(self, body: cst.CSTNode) -> None:
        scan = _LoopScan(self).scan(body)
        if not scan.backwards or not scan.updates or scan.builds_optimizer:
            return
        for call in scan.unreset_backwards():
            if id(call) in self.reported:
                continue
            self.reported.add(id(call))
            self.report(
                call,
                "gradients accumulate across iterations: this loop calls backward() and "
                "updates the parameters but never resets .grad (optimizer.zero_grad(), "
                "p.grad = None) inside the loop",
            )
