"""AGL012: a loss that requires grad summed (or appended) across training iterations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import libcst as cst

from autograd_lint.analysis.imports import dotted, target_names
from autograd_lint.analysis.torch_api import AUTOGRAD_BACKWARD
from autograd_lint.analysis.tree import run_visitor, walk
from autograd_lint.finding import Edit, Fix
from autograd_lint.rules.base import FixBuilder, Rule
from autograd_lint.rules.syntax import method_name, positional
from autograd_lint.rules.triggers import AUTOGRAD_ALIAS, BACKWARD


@dataclass
class _Loop:
    """What one loop body contains, gathered before its statements are checked."""

    reset: set[str] = field(default_factory=set)
    backward_on: set[str] = field(default_factory=set)
    has_backward: bool = False


@dataclass
class _Step(_Loop):
    """A function body that runs a backward pass: a training step, called once per
    iteration by some loop the rule may not see. What it adds to state that outlives the
    call (`self.<attr>`, a module-level list or dict) accumulates across those calls."""

    owner: str | None = None
    """The first parameter of a method (`self`/`cls`)."""
    declared_global: set[str] = field(default_factory=set)
    local: set[str] = field(default_factory=set)
    """Names the function binds itself (parameters and assignment targets)."""

    def persistent(self, total: str, *, rebinds: bool) -> bool:
        """Does `total` name state that outlives one call? `rebinds`: the statement
        re-binds `total` itself (`+=` on a plain name needs a `global` declaration)."""
        root = _root(total)
        if root in self.declared_global:
            return True
        if rebinds:
            return False
        return root == self.owner or root not in self.local


class _LoopScan(cst.CSTVisitor):
    """Whether the body calls backward(), and the names it is called on.

    Nested functions and classes are skipped: they do not run as part of the body.
    """

    def __init__(self, rule: LossAccumulation, loop: _Loop) -> None:
        self.rule = rule
        self.loop = loop

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Call(self, node: cst.Call) -> None:
        receivers: list[cst.BaseExpression] = []
        if method_name(node) == "backward":
            assert isinstance(node.func, cst.Attribute)
            receivers.append(node.func.value)
        elif self.rule.facts.qualname(node.func) in AUTOGRAD_BACKWARD:
            receivers.extend(positional(node)[:1])
        elif self.rule.calls_training_step(node):
            self.loop.has_backward = True  # `loss = train_step(batch)`: a backward per call
            return
        else:
            return
        self.loop.has_backward = True
        for receiver in receivers:
            # scaler.scale(loss).backward(): the loss is the scaled call's argument.
            if isinstance(receiver, cst.Call) and method_name(receiver) == "scale":
                receivers.extend(positional(receiver)[:1])
                continue
            name = _accumulator(receiver)
            if name is not None:
                self.loop.backward_on.add(name)


def _operands(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The arithmetic leaves of `loss * x.size(0) / n` (calls and names, not operators)."""
    if isinstance(node, cst.BinaryOperation):
        return _operands(node.left) + _operands(node.right)
    if isinstance(node, cst.UnaryOperation):
        return _operands(node.expression)
    return [node]


class LossAccumulation(Rule):
    code = "AGL012"
    name = "loss-accumulation"
    severity = "warning"
    summary = ("`total += loss` (or `losses.append(loss)`) across the iterations of a loop "
               "that calls `backward()`, where `loss` requires grad: every iteration's graph "
               "stays alive.")
    why = ("A loss that requires grad carries its whole autograd graph (activations saved "
           "for backward). Adding it to a running total makes the total a tensor whose graph "
           "links every iteration's graph, and a list of losses does the same: nothing can "
           "be freed, so memory grows with every batch until the run dies, although only the "
           "number was wanted for logging.")
    evidence = ("Silent: torch raises nothing. Memory grows each iteration and, after the "
                "loop, `total.grad_fn is not None` (the PyTorch FAQ: \"Don't accumulate "
                "history across your training loop\").")
    how_to_fix = ("Accumulate the number: `total += loss.item()` (or `float(loss)`), or a "
                  "graph-free tensor: `total += loss.detach()`, `losses.append(loss.item())`.")
    leave_alone = ("`+= loss.item()`, `+= float(loss)`, `+= loss.detach()`; accumulation "
                   "inside `torch.no_grad()`; deliberate summation of several losses before "
                   "a single `backward()` (no `backward()` inside the summing loop, or the "
                   "total itself is back-propagated); an accumulator re-set inside the loop; "
                   "values not known to require grad.")
    fixable = "Unsafe fix: accumulate `loss.item()` instead of `loss`."
    tokens = ("backward",)
    unit_pattern = BACKWARD
    class_pattern = BACKWARD  # graphs and losses kept in `self` across methods
    context_pattern = AUTOGRAD_ALIAS
    needs_torch = False

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.loops: list[_Loop | None] = []
        self.class_bodies: list[bool] = []
        # Functions whose own body runs a backward pass: module-level ones by name, and the
        # methods of each enclosing class (innermost last).
        self.step_methods: list[frozenset[str]] = []
        self.step_functions: frozenset[str] = frozenset()
        self.step_functions = _running_backward(ctx.module.body, self)
        self.backprop_names = _backpropagated_names(ctx.module, self)

    # ------------------------------------------------------------------ scopes
    def visit_For(self, node: cst.For) -> None:
        self._enter_loop(node)

    def leave_For(self, original_node: cst.For) -> None:
        self.loops.pop()

    def visit_While(self, node: cst.While) -> None:
        self._enter_loop(node)

    def leave_While(self, original_node: cst.While) -> None:
        self.loops.pop()

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.loops.append(None)
        self.class_bodies.append(True)
        self.step_methods.append(_running_backward(node.body.body, self))

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self.loops.pop()
        self.class_bodies.pop()
        self.step_methods.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        # A function body is not part of an enclosing loop; it is its own frame.
        method = bool(self.class_bodies) and self.class_bodies[-1]
        self.loops.append(self._step(node, method))
        self.class_bodies.append(False)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self.loops.pop()
        self.class_bodies.pop()

    def _step(self, node: cst.FunctionDef, method: bool) -> _Step | None:
        step = _Step(reset=set(_unconditional_resets(node.body.body)))
        run_visitor(_LoopScan(self, step), node.body)
        if not step.has_backward and node.name.value in self.called_per_iteration:
            step.has_backward = True  # `meter.update(loss)` once per training iteration
        if not step.has_backward:
            return None
        params = [p.name.value for p in (*node.params.posonly_params, *node.params.params)]
        static = any(isinstance(d.decorator, cst.Name) and d.decorator.value == "staticmethod"
                     for d in node.decorators)
        if method and params and not static:
            step.owner = params[0]
        step.declared_global, step.local = _function_names(node)
        step.local |= {p.name.value for p in _all_params(node.params)}
        return step

    @cached_property
    def called_per_iteration(self) -> frozenset[str]:
        """Names of the functions and methods a loop that runs backward() calls
        (`meter.update(loss, n)`): what they add to state that outlives the call
        accumulates once per training iteration, as if done in the loop itself."""
        names: set[str] = set()
        for loop in walk(self.ctx.module, code_only=True):
            if not isinstance(loop, (cst.For, cst.While)):
                continue
            scan = _Loop()
            run_visitor(_LoopScan(self, scan), loop.body)
            if not scan.has_backward:
                continue
            for call in walk(loop.body, lambda n: isinstance(n, (cst.FunctionDef,
                                                                 cst.ClassDef)),
                             code_only=True):
                if isinstance(call, cst.Call) and isinstance(call.func, cst.Name):
                    names.add(call.func.value)
                elif isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute):
                    names.add(call.func.attr.value)
        return frozenset(names)

    def calls_training_step(self, node: cst.Call) -> bool:
        """A call of a module-level function, or of a method of the enclosing class
        (`self.train_step(batch)`), whose own body runs a backward pass."""
        func = node.func
        if isinstance(func, cst.Name):
            return func.value in self.step_functions
        return isinstance(func, cst.Attribute) and dotted(func.value) == "self" and \
            bool(self.step_methods) and func.attr.value in self.step_methods[-1]

    def _enter_loop(self, node: cst.For | cst.While) -> None:
        loop = _Loop(reset=set(_unconditional_resets(node.body.body)))
        run_visitor(_LoopScan(self, loop), node.body)
        self.loops.append(loop)

    # ------------------------------------------------------------------ checks
    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        if isinstance(node.operator, cst.AddAssign):
            self._check(node, node.target, node.value)

    def visit_Assign(self, node: cst.Assign) -> None:
        # total = total + loss; smoothed = 0.9 * smoothed + 0.1 * loss
        if len(node.targets) != 1:
            return
        target = node.targets[0].target
        name = _accumulator(target)
        if name is None:
            return
        value = node.value
        if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add) \
                and _accumulator(value.left) == name:
            self._check(node, target, value.right)
            return
        combined = _combining(value, name)
        if combined is not None:
            self._check(node, target, combined)

    def visit_Call(self, node: cst.Call) -> None:
        method = method_name(node)
        if method not in ("append", "add_") or len(node.args) != 1 or node.args[0].keyword:
            return
        assert isinstance(node.func, cst.Attribute)
        # `losses.append(loss)`, or `total.add_(loss)` (an in-place `total += loss`)
        self._check(node, node.func.value, node.args[0].value, appends=method == "append")

    def _check(self, node: cst.CSTNode, target: cst.BaseExpression, value: cst.BaseExpression,
               *, appends: bool = False) -> None:
        loop = self.loops[-1] if self.loops else None
        if loop is None or not loop.has_backward:
            return
        total = _accumulator(target)
        if total is None or total in self.backprop_names:
            return
        if total in loop.reset or _base(total) in loop.reset:
            return
        if isinstance(loop, _Step) and not loop.persistent(
                total, rebinds=not appends and isinstance(target, cst.Name)):
            return
        if self.facts.grad_enabled(value) is not True:
            return
        loss = self._graph_operand(value, loop)
        if loss is None:
            return
        shown = self.code_of(loss)
        what = f"appending `{shown}` to `{total}`" if appends else \
            f"adding `{shown}` to `{total}`"
        when = "in every call of this training step (it outlives the call)" \
            if isinstance(loop, _Step) else "in every iteration"
        self.report(
            node,
            f"{what} {when} keeps each iteration's autograd graph alive "
            f"(`{shown}` requires grad), so memory grows with every batch; accumulate "
            f"`{shown}.item()` (or `{shown}.detach()`) instead",
            fix=_item_fix(loss),
        )

    def _graph_operand(self, value: cst.BaseExpression,
                       loop: _Loop) -> cst.BaseExpression | None:
        """The operand that certainly carries a graph: known to require grad, or the very
        tensor this loop calls backward() on."""
        for operand in _carried(value):
            name = _accumulator(operand)
            tensor = self.facts.tensor(operand)
            if name is None:
                # A call computing a loss value in place (`total + per_sample.mean()`):
                # only a scalar known to require grad, not any layer output.
                if isinstance(operand, cst.Call) and tensor is not None and \
                        tensor.requires_grad is True and tensor.shape == ():
                    return operand
                continue
            if tensor is not None and tensor.requires_grad is True:
                return operand
            if name in loop.backward_on and (tensor is None or tensor.requires_grad is None):
                return operand
        return None


def _running_backward(body: Sequence[cst.CSTNode], rule: LossAccumulation) -> frozenset[str]:
    """The names of the functions defined directly in `body` whose own code (nested
    functions left out) calls backward()."""
    names = set()
    for stmt in body:
        if isinstance(stmt, cst.FunctionDef):
            scan = _Loop()
            run_visitor(_LoopScan(rule, scan), stmt.body)
            if scan.backward_on or scan.has_backward:
                names.add(stmt.name.value)
    return frozenset(names)


def _combining(value: cst.BaseExpression, name: str) -> cst.BaseExpression | None:
    """The arithmetic in `value` that combines the old `name` with something else
    (`0.9 * smoothed + 0.1 * loss`, also in a branch of `a if c else b`): the new value's
    graph links the old one's. A value that only picks one of them (`loss if loss < best
    else best`) links nothing, and neither may one passed to a call (`(x + d).detach()`)."""
    def opaque(node: cst.CSTNode) -> bool:
        return isinstance(node, (cst.Call, cst.Lambda))

    if opaque(value):
        return None
    for node in walk(value, opaque, code_only=True):
        if isinstance(node, cst.BinaryOperation) and isinstance(
                node.operator, (cst.Add, cst.Subtract, cst.Multiply, cst.Divide)) and \
                any(_accumulator(o) == name for o in _operands(node)):
            return node
    return None


def _carried(value: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The operands an accumulated value keeps alive, looking into tuple, list and dict
    literals: `log.append({"step": i, "loss": loss})`, `losses += [loss]`."""
    if isinstance(value, (cst.Tuple, cst.List)):
        return [o for e in value.elements if not isinstance(e, cst.StarredElement)
                for o in _carried(e.value)]
    if isinstance(value, cst.Dict):
        return [o for e in value.elements if isinstance(e, cst.DictElement)
                for o in _carried(e.value)]
    return _operands(value)


def _accumulator(node: cst.BaseExpression) -> str | None:
    """A name for what is accumulated into: `total`, `self.total`, or one entry of a dict
    or list with a constant (or plain-name) key, `stats["loss"]`, `self.log[name]`."""
    name = dotted(node)
    if name is not None or not isinstance(node, cst.Subscript) or len(node.slice) != 1:
        return name
    base = dotted(node.value)
    index = node.slice[0].slice
    if base is None or not isinstance(index, cst.Index):
        return None
    key = index.value
    if isinstance(key, (cst.SimpleString, cst.Integer)):
        return f"{base}[{key.value}]"
    if isinstance(key, cst.Name):
        return f"{base}[{key.value}]"
    return None


def _base(total: str) -> str:
    """`stats` for `stats["loss"]`: re-binding the container resets every entry."""
    return total.split("[", 1)[0]


def _root(total: str) -> str:
    return _base(total).split(".", 1)[0]


def _all_params(params: cst.Parameters) -> list[cst.Param]:
    out = [*params.posonly_params, *params.params, *params.kwonly_params]
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            out.append(star)
    return out


def _function_names(func: cst.FunctionDef) -> tuple[set[str], set[str]]:
    """(names declared `global` or `nonlocal`, names the function binds), nested scopes
    left out."""
    declared: set[str] = set()
    bound: set[str] = set()
    nested = (cst.FunctionDef, cst.ClassDef, cst.Lambda)
    for node in walk(func.body, lambda n: isinstance(n, nested)):
        if isinstance(node, (cst.Global, cst.Nonlocal)):
            # Both outlive the call: a module global, or a closure's cell.
            declared |= {item.name.value for item in node.names}
        elif isinstance(node, (cst.AssignTarget, cst.AnnAssign, cst.AugAssign, cst.For,
                               cst.WithItem, cst.CompFor)):
            target = node.asname.name if isinstance(node, cst.WithItem) and node.asname \
                else getattr(node, "target", None)
            if target is not None:
                bound |= {n for n in target_names(target) if "." not in n}
        elif isinstance(node, (cst.FunctionDef, cst.ClassDef)) and node is not func:
            bound.add(node.name.value)
        elif isinstance(node, (cst.Import, cst.ImportFrom)) and \
                not isinstance(node.names, cst.ImportStar):
            bound |= {(a.evaluated_alias or a.evaluated_name).split(".")[0]
                      for a in node.names}
    return declared, bound - declared


def _unconditional_resets(body: Sequence[cst.BaseStatement]) -> Iterable[str]:
    """Names every iteration re-binds (`total = 0` directly in the loop body, not under an
    `if`): such a total does not carry anything from one iteration to the next.
    `total = total + loss`, `ema = 0.9 * ema + 0.1 * loss` are accumulation, not resets."""
    for stmt in body:
        if isinstance(stmt, cst.With):
            yield from _unconditional_resets(stmt.body.body)
            continue
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Assign):
                value = small.value
                for target in small.targets:
                    name = _accumulator(target.target)
                    accumulates = name is not None and _combining(value, name) is not None
                    if name is not None and not accumulates:
                        yield name
            elif isinstance(small, cst.AnnAssign) and small.value is not None:
                name = _accumulator(small.target)
                if name is not None:
                    yield name


def _item_fix(loss: cst.BaseExpression) -> FixBuilder:
    def build(span):  # type: ignore[no-untyped-def]
        _, _, end_line, end_column = span(loss)
        return Fix("unsafe", "accumulate the Python number: `.item()`",
                   (Edit(end_line, end_column, end_line, end_column, ".item()"),))
    return build


class _BackpropNames(cst.CSTVisitor):
    def __init__(self, rule: LossAccumulation) -> None:
        self.rule = rule
        self.names: set[str] = set()

    def visit_Call(self, node: cst.Call) -> None:
        receiver: cst.BaseExpression | None = None
        if method_name(node) == "backward":
            assert isinstance(node.func, cst.Attribute)
            receiver = node.func.value
        elif self.rule.facts.qualname(node.func) in AUTOGRAD_BACKWARD:
            args = positional(node)
            receiver = args[0] if args else None
        if receiver is None:
            return
        # Every name the backward's tensor is computed from: `total.backward()`,
        # `torch.stack(self.losses).mean().backward()`, `sum(losses).backward()`.
        for sub in walk(receiver):
            if isinstance(sub, (cst.Name, cst.Attribute, cst.Subscript)):
                name = _accumulator(sub)
                if name is not None:
                    self.names.add(name)


def _backpropagated_names(module: cst.Module, rule: LossAccumulation) -> frozenset[str]:
    """Names that some backward() in the file runs through (`total.backward()`,
    `(total / n).backward()`, `torch.stack(losses).sum().backward()`): summing into those
    is deliberate."""
    finder = _BackpropNames(rule)
    run_visitor(finder, module, code_only=True)
    return frozenset(finder.names)
