"""AGL015: in-place change of a tensor that an earlier op saved for backward.

Which ops save what was measured with torch 2.13 (an in-place `mul_` on the output, or on a
non-leaf input, then `backward()`), and matches the formulas in torch's
tools/autograd/derivatives.yaml: `sigmoid: sigmoid_backward(grad, result)`,
`tanh: tanh_backward(grad, result)`, `exp: grad * result.conj()`,
`_softmax: _softmax_backward_data(grad, result, ...)`, `relu: threshold_backward(grad,
result, 0)` save their OUTPUT; `log: grad.div(self.conj())`, `sin`, `cos`, `abs`, `pow`,
`gelu`, `silu`, `leaky_relu`, ... save their INPUT. `mul` by a Python number, `add`,
`linear`/`addmm` (w.r.t. its input), `dropout` (saves only its mask) save neither.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import libcst as cst

from autograd_lint.analysis.facts import Facts
from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.torch_api import AUTOGRAD_BACKWARD, AUTOGRAD_GRAD
from autograd_lint.analysis.tree import find, walk
from autograd_lint.analysis.values import Obj, Tensor
from autograd_lint.rules.base import Rule
from autograd_lint.rules.reach import aliases, called_name, calls, mutated_names, saved_names
from autograd_lint.rules.syntax import is_true, keyword, method_name, positional
from autograd_lint.rules.triggers import INPLACE, found

SAVES_OUTPUT = frozenset({
    "sigmoid", "tanh", "exp", "exp2", "expm1", "softmax", "log_softmax", "relu", "sqrt",
    "rsqrt", "reciprocal", "tan",
    # These save their output and their input: `norm_backward(grad, self, p, result)`.
    "norm", "std", "logsumexp", "prod", "cumprod", "amax", "amin",
})
SAVES_INPUT = frozenset({
    "log", "log2", "log10", "log1p", "sin", "cos", "abs", "square", "pow", "erf", "atan",
    "sinh", "cosh", "gelu", "silu", "leaky_relu", "elu", "hardtanh", "relu6", "softplus",
    "logsigmoid", "clamp", "var", "normalize", "layer_norm", "hardswish", "mish", "selu",
    "celu", "norm", "std", "logsumexp", "prod", "cumprod", "amax", "amin",
})
# Binary ops save an operand for the other's gradient (measured with torch 2.13):
# `a * b`, `a @ b` save each operand when the other requires grad; `a / b` saves the divisor
# when either requires grad and the dividend when the divisor does; `a ** b` saves the base
# when it requires grad (and the exponent when that does). By a Python number: nothing.
BINARY_OPERATORS: dict[type[cst.BaseBinaryOp], str] = {
    cst.Multiply: "mul", cst.MatrixMultiply: "matmul", cst.Divide: "div", cst.Power: "pow",
}
BINARY_CALLS = {
    "mul": "mul", "multiply": "mul", "matmul": "matmul", "mm": "matmul", "bmm": "matmul",
    "div": "div", "divide": "div", "true_divide": "div",
}
# nn modules whose forward saves its output (nn.ReLU(inplace=True) too: relu_ saves result).
MODULES_SAVING_OUTPUT = {
    "torch.nn.Sigmoid": "sigmoid", "torch.nn.Tanh": "tanh", "torch.nn.Softmax": "softmax",
    "torch.nn.LogSoftmax": "log_softmax", "torch.nn.ReLU": "relu",
}
_SAVING_OPS = re.compile(r"\b(?:" + "|".join(sorted(SAVES_OUTPUT | SAVES_INPUT)) + r")\b")
"""An op that saves a tensor for backward: it must run in the scope that changes the tensor."""
_SAVING_MODULES = re.compile(
    r"\b(?:" + "|".join(sorted(q.rsplit(".", 1)[-1] for q in MODULES_SAVING_OUTPUT)) + r")\b")
"""A module that saves its output, made here, in `__init__` or at module level."""
_BINARY_OPERATOR = re.compile(r"[*/@]")
"""`a * b`, `a / b`, `a @ b`, `a ** b` (and more: `*args`, decorators): over-approximates."""
_NOT_DATA_CHANGES = frozenset({"requires_grad_", "retain_grad", "detach_", "share_memory_",
                               "register_hook"})
_PARAMETERISED = ("Linear", "Conv", "Bilinear", "Embedding", "LSTM", "GRU", "RNN",
                  "BatchNorm", "LayerNorm", "GroupNorm")


@dataclass
class _Saved:
    op: str
    what: str  # "output" or "input"
    via: str | None = None
    """For a view of the saved tensor (`first = p[:, 0]`): the saved tensor's name."""


@dataclass
class _Candidate:
    order: int
    node: cst.CSTNode
    message: str


@dataclass
class _Scope:
    is_forward: bool
    saved: dict[str, _Saved] = field(default_factory=dict)
    candidates: list[_Candidate] = field(default_factory=list)
    last_backward: int = -1
    from_parameters: set[str] = field(default_factory=set)
    key: str | None = None
    """How calls name this function: `f` (module level) or `Class.method`."""
    owner: str | None = None
    """For a method of a top-level class: the class name, and `self_name` its first
    parameter (`self.helper()` calls `owner.helper`)."""
    self_name: str | None = None
    calls: list[tuple[str, int]] = field(default_factory=list)
    """(key of a function of this file called here with grad on, order of the call)."""


class InplaceSavedTensor(Rule):
    code = "AGL015"
    name = "inplace-saved-tensor"
    severity = "error"
    summary = ("An in-place change (`y *= 2`, `y[0] = 0`, `y.mul_()`, an `inplace=True` "
               "activation) of a tensor that an earlier op saved for backward, before "
               "`backward()` runs.")
    why = ("Some ops keep their output for the backward pass (`sigmoid`, `tanh`, `exp`, "
           "`softmax`, `log_softmax`, `relu`, `sqrt`), others keep their input (`log`, "
           "`sin`, `pow`, `gelu`, ...). Changing that tensor in place afterwards would make "
           "the gradient use the wrong values, so autograd checks version counters and "
           "refuses in `backward()`, far from the line that caused it. Under "
           "`torch.no_grad()` the change still counts.")
    evidence = ("`RuntimeError: one of the variables needed for gradient computation has been "
                "modified by an inplace operation: [torch.FloatTensor [4, 3]], which is output "
                "0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable "
                "anomaly detection to find the operation that failed to compute its gradient, "
                "with torch.autograd.set_detect_anomaly(True, check_nan=False).` (raised in "
                "`backward()`; shape and op vary)")
    how_to_fix = ("Write the change out of place (`probs = probs * 2`, "
                  "`attn = attn.masked_fill(mask, 0)`), `.clone()` before changing it, or use "
                  "`inplace=False` for an activation that follows `Sigmoid`/`Tanh`/`Softmax`/"
                  "`ReLU`.")
    leave_alone = ("`nn.ReLU(inplace=True)` after `nn.Linear`, `nn.Conv2d` or `nn.BatchNorm` "
                   "(they do not save their output); out-of-place rewrites such as "
                   "`probs = probs * 2`; `attn = attn.clone()` before masking; in-place "
                   "changes after `backward()`; tensors that do not require grad; ops that "
                   "save neither input nor output (`x * 2`, `x + 1`, dropout).")
    tokens = ("_(", "*=", "+=", "-=", "/=", "] =", "]=", "inplace")

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """An `inplace=` module, or an in-place change and an op that saves a tensor (a
        saving function, a module saving its output, a binary operator). Not only in a
        forward() or code that calls backward(): a helper's candidates count when its
        caller back-propagates or is a forward()."""
        if "inplace" in text:
            return True
        if INPLACE.search(text) is None:
            return False
        return _SAVING_OPS.search(text) is not None or \
            _BINARY_OPERATOR.search(text) is not None or \
            _SAVING_MODULES.search(text) is not None or \
            found(_SAVING_MODULES, context)

    @classmethod
    def relevant_tree(cls, unit: ast.AST, text: str, context: str) -> bool:
        """A name changed in place must be one a saving op produced or read here: saved
        tensors are tracked per function. Or an `nn.Sequential` here may line up an in-place
        module after one saving its output."""
        around = text + context
        inplace_modules = "inplace" in around
        if inplace_modules and any((called_name(call) or "").endswith("Sequential")
                                   for call in calls(unit)):
            return True
        mutated = mutated_names(unit, any_call=inplace_modules)
        if not mutated:
            return False
        inputs = SAVES_INPUT | BINARY_CALLS.keys()
        saved = saved_names(unit, SAVES_OUTPUT | aliases(around, SAVES_OUTPUT),
                            inputs | aliases(around, inputs),
                            any_call_saves_output=_SAVING_MODULES.search(around) is not None)
        return not mutated.isdisjoint(saved)

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.scopes: list[_Scope] = [_Scope(is_forward=False)]
        self.order = 0
        self.containers: list[str | None] = []  # enclosing class names; None: a function
        # Candidates of a function whose own code runs no backward after them, by the
        # function's key: reported if a caller does (or is a forward()), see leave_Module.
        self.pending: dict[str, list[_Candidate]] = {}
        self.closed: list[_Scope] = []
        self.layers_reported: set[int] = set()

    # ------------------------------------------------------------------ scopes
    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.containers.append(node.name.value)

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self.containers.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        scope = _Scope(is_forward=node.name.value == "forward")
        name = node.name.value
        if not self.containers:
            scope.key = name
        elif len(self.containers) == 1 and self.containers[0] is not None:
            params = node.params.params
            scope.owner = self.containers[0]
            scope.key = f"{scope.owner}.{name}"
            scope.self_name = params[0].name.value if params else None
        self.containers.append(None)
        self.scopes.append(scope)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self.containers.pop()
        self._close(self.scopes.pop())

    def leave_Module(self, original_node: cst.Module) -> None:
        self._close(self.scopes[0])
        for key in self._run_before_backward():
            for candidate in self.pending.get(key, ()):
                self.report(candidate.node, candidate.message)

    def _close(self, scope: _Scope) -> None:
        waiting = []
        for candidate in scope.candidates:
            if scope.is_forward or scope.last_backward > candidate.order:
                self.report(candidate.node, candidate.message)
            else:
                waiting.append(candidate)
        if waiting and scope.key is not None:
            self.pending.setdefault(scope.key, []).extend(waiting)
        self.closed.append(scope)

    def _run_before_backward(self) -> set[str]:
        """Keys of the functions some caller runs with grad on before a backward pass of its
        own, or from a forward(), or from a function that is itself such a callee: the
        graph they build is back-propagated after they return (`attend(q, k).sum()
        .backward()`, a helper called in forward())."""
        found: set[str] = set()
        grown = True
        while grown:
            grown = False
            for scope in self.closed:
                for key, order in scope.calls:
                    if key not in found and (scope.is_forward or scope.last_backward > order
                                             or scope.key in found):
                        found.add(key)
                        grown = True
        return found

    def _record_call(self, node: cst.Call) -> None:
        """A call of a function or method of this file, with grad on (see `_Scope.calls`)."""
        scope = self.scopes[-1]
        func = node.func
        if isinstance(func, cst.Name):
            key = func.value
        elif isinstance(func, cst.Attribute) and scope.owner is not None and \
                scope.self_name is not None and isinstance(func.value, cst.Name) and \
                func.value.value == scope.self_name:
            key = f"{scope.owner}.{func.attr.value}"
        else:
            return
        if self.facts.grad_enabled(node) is True:
            scope.calls.append((key, self._tick()))

    def _tick(self) -> int:
        self.order += 1
        return self.order

    # ------------------------------------------------------------------ what is saved
    def _requires_grad(self, node: cst.BaseExpression) -> bool:
        """Known to require grad, or in a forward() and computed from `self.<...>`."""
        tensor = self.facts.tensor(node)
        if tensor is not None and tensor.requires_grad is True:
            return True
        scope = self.scopes[-1]
        if not scope.is_forward or (tensor is not None and tensor.requires_grad is False):
            return False
        return self._from_parameters(node)

    def _from_parameters(self, node: cst.BaseExpression) -> bool:
        """Does the expression read `self.<...>` or a name computed from it?"""
        derived = self.scopes[-1].from_parameters
        for inner in walk(node, code_only=True):
            if isinstance(inner, cst.Name):
                if inner.value in derived:
                    return True
            elif isinstance(inner, cst.Attribute) and dotted(inner.value) == "self":
                return True
        return False

    def _op_of(self, call: cst.Call) -> tuple[str, cst.BaseExpression | None] | None:
        """(op name, the input tensor expression) for a call of a known op."""
        qualname = self.facts.qualname(call.func)
        args = positional(call)
        if qualname is not None and qualname.startswith("torch.") and (
                qualname.count(".") == 1 or qualname.startswith("torch.nn.functional.")):
            if keyword(call, "inplace") is not None or keyword(call, "out") is not None:
                return None
            return qualname.rsplit(".", 1)[-1], args[0] if args else None
        callee = self.facts.value(call.func)
        if isinstance(callee, Obj) and callee.kind == "module" and \
                callee.qualname in MODULES_SAVING_OUTPUT and not callee.inplace:
            return MODULES_SAVING_OUTPUT[callee.qualname], args[0] if args else None
        method = method_name(call)
        if method is not None and isinstance(self.facts.value(call.func.value),  # type: ignore[union-attr]
                                             Tensor):
            assert isinstance(call.func, cst.Attribute)
            return method, call.func.value
        return None

    def _saved_inputs(self, value: cst.BaseExpression) -> dict[str, _Saved]:
        """Non-leaf tensors that require grad and that an op in `value` saves as an input:
        the argument of `torch.log(x)`, `x.pow(2)`; operands of `a * b`, `a / b`, `x ** 2`,
        `a @ b`, `a.mul(b)`, `torch.matmul(a, b)`."""
        inputs: list[tuple[str, cst.BaseExpression]] = []
        for node in find(value, lambda n: isinstance(n, (cst.Call, cst.BinaryOperation)),
                         code_only=True):
            if isinstance(node, cst.BinaryOperation):
                op_name = BINARY_OPERATORS.get(type(node.operator))
                if op_name is not None:
                    inputs += self._binary_saves(op_name, node.left, node.right)
                continue
            assert isinstance(node, cst.Call)
            op = self._op_of(node)
            if op is None or op[1] is None:
                continue
            if op[0] in SAVES_INPUT:
                inputs.append((op[0], op[1]))
            elif op[0] in BINARY_CALLS:
                other = _other_operand(node, op[1])
                if other is not None:
                    inputs += self._binary_saves(BINARY_CALLS[op[0]], op[1], other)
        saved: dict[str, _Saved] = {}
        for op_name, operand in inputs:
            name = dotted(operand)
            tensor = self.facts.tensor(operand)
            if name is None or tensor is None or tensor.is_leaf is not False:
                continue
            if self._requires_grad(operand):
                saved[name] = _Saved(op_name, "input")
        return saved

    def _binary_saves(self, op: str, left: cst.BaseExpression, right: cst.BaseExpression
                      ) -> list[tuple[str, cst.BaseExpression]]:
        """The operands of a binary op that it saves for backward (see BINARY_OPERATORS);
        only known tensors count as requiring grad here."""
        left_grad = self.facts.tensor(left) is not None and self._requires_grad(left)
        right_grad = self.facts.tensor(right) is not None and self._requires_grad(right)
        if op == "div":
            keeps = ((left, right_grad), (right, left_grad or right_grad))
        elif op == "pow":
            keeps = ((left, left_grad), (right, right_grad))
        else:
            keeps = ((left, right_grad), (right, left_grad))
        return [(op, operand) for operand, kept in keeps if kept]

    def _saved_output(self, value: cst.BaseExpression) -> _Saved | None:
        if not isinstance(value, cst.Call):
            return None
        op = self._op_of(value)
        if op is None or op[0] not in SAVES_OUTPUT:
            return None
        if not self._requires_grad(value):
            return None
        if self.facts.grad_enabled(value) is not True:
            return None
        return _Saved(op[0], "output")

    def leave_Assign(self, original_node: cst.Assign) -> None:
        scope = self.scopes[-1]
        inputs = self._saved_inputs(original_node.value)
        output = self._saved_output(original_node.value)
        # Only read in a forward() (`_requires_grad`): elsewhere not worth a walk.
        derived = scope.is_forward and self._from_parameters(original_node.value)
        base = _view_base(original_node.value, self.facts)
        viewed = scope.saved.get(base) if base is not None else None
        for target in original_node.targets:
            for name in _bound_names(target.target):
                self._rebound(name)
                inputs.pop(name, None)
            name = dotted(target.target)
            if name is None:
                continue  # a, b = ...: only the names are re-bound, nothing saved
            if derived:
                scope.from_parameters.add(name)
            if output is not None:
                scope.saved[name] = output
            elif viewed is not None:  # shares the saved tensor's memory
                scope.saved[name] = _Saved(viewed.op, viewed.what, viewed.via or base)
        scope.saved.update(inputs)

    def _rebound(self, name: str) -> None:
        scope = self.scopes[-1]
        scope.saved.pop(name, None)
        scope.from_parameters.discard(name)

    def visit_For(self, node: cst.For) -> None:
        for name in _bound_names(node.target):
            self._rebound(name)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        for name in _bound_names(node.target):
            self._rebound(name)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            for name in _bound_names(node.asname.name):
                self._rebound(name)

    def visit_Expr(self, node: cst.Expr) -> None:
        self.scopes[-1].saved.update(self._saved_inputs(node.value))

    # ------------------------------------------------------------------ mutations
    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        target = node.target
        if isinstance(target, cst.Subscript):
            self._mutated(target.value, node, lambda: (f"`{self.code_of(node)}`", "clone"))
            return

        def describe() -> tuple[str, str]:
            name = self.code_of(target)
            operator = self.code_of(node.operator).strip().rstrip("=")
            rewrite = f"`{name} = {name} {operator} {self.code_of(node.value)}`"
            return f"`{self.code_of(node)}`", rewrite
        self._mutated(target, node, describe)

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            if isinstance(target.target, cst.Subscript):
                self._mutated(target.target.value, node,
                              lambda: (f"`{self.code_of(node)}`", "clone"))

    def visit_Call(self, node: cst.Call) -> None:
        self._record_call(node)
        method = method_name(node)
        qualname = self.facts.qualname(node.func)
        if method == "backward" or qualname in AUTOGRAD_BACKWARD or qualname in AUTOGRAD_GRAD:
            return  # it runs after its receiver and arguments: see leave_Call
        args = positional(node)
        if qualname is not None and qualname.startswith("torch"):
            inplace = keyword(node, "inplace")
            name = qualname.rsplit(".", 1)[-1]
            training = keyword(node, "training")
            if training is not None and isinstance(training.value, cst.Name) and \
                    training.value.value == "False":
                return
            if args and ((inplace is not None and is_true(inplace.value))
                         or (name.endswith("_") and not name.startswith("_"))):
                hint = "inplace=False" if inplace is not None else \
                    f"the out-of-place `{qualname.rsplit('.', 1)[-1].rstrip('_')}`"
                self._mutated(args[0], node, lambda: (f"`{self.code_of(node)}`", hint))
            return
        callee = self.facts.value(node.func)
        if isinstance(callee, Obj) and callee.kind == "module" and callee.inplace and args:
            self._mutated(args[0], node, lambda: (
                f"the in-place module call `{self.code_of(node)}`",
                "inplace=False on that module"))
            return
        if method is not None and method.endswith("_") and not method.startswith("_") and \
                method not in _NOT_DATA_CHANGES:
            assert isinstance(node.func, cst.Attribute)
            receiver_node = node.func.value

            def describe() -> tuple[str, str]:
                receiver = self.code_of(receiver_node)
                return (f"`{self.code_of(node)}`",
                        f"`{receiver} = {receiver}.{method[:-1]}(...)`")
            self._mutated(receiver_node, node, describe)

    def _mutated(self, target: cst.BaseExpression, node: cst.CSTNode,
                 describe: Callable[[], tuple[str, str]]) -> None:
        """Record an in-place change of `target`. `describe()` gives how the change is
        written and the out-of-place spelling to suggest, or "clone" when only copying
        first helps; it is asked only when `target` is something saved."""
        scope = self.scopes[-1]
        name = dotted(target)
        saved = scope.saved.get(name) if name is not None else None
        if saved is None:
            return
        how, rewrite = describe()
        advice = f"write `{name} = {name}.clone()` first" if rewrite == "clone" else \
            f"use {rewrite} instead (or write `{name} = {name}.clone()` first)"
        subject, kept = (f"`{name}`", "it") if saved.via is None else \
            (f"`{name}`, a view of `{saved.via}`,", f"`{saved.via}`")
        message = (f"{how} changes {subject} in place, but `{saved.op}` saved {kept} (its "
                   f"{saved.what}) for backward: backward() will raise 'one of the variables "
                   f"needed for gradient computation has been modified by an inplace "
                   f"operation'; {advice}")
        scope.candidates.append(_Candidate(self._tick(), node, message))

    # ------------------------------------------------------------------ nn.Sequential
    def leave_Call(self, original_node: cst.Call) -> None:
        """A backward pass, once what it back-propagates has run
        (`attend(q, k).sum().backward()`); `nn.Sequential(nn.Linear(...), nn.Sigmoid(),
        nn.ReLU(inplace=True))`."""
        qualname = self.facts.qualname(original_node.func)
        if method_name(original_node) == "backward" or qualname in AUTOGRAD_BACKWARD or \
                qualname in AUTOGRAD_GRAD:
            scope = self.scopes[-1]
            scope.last_backward = self._tick()
            scope.saved.clear()
            return
        if qualname not in _SEQUENTIAL:
            return
        seen_parameters = False
        previous: Obj | None = None
        for arg in _layers(original_node, self.facts):
            module = self.facts.value(arg)
            if not isinstance(module, Obj) or module.kind != "module":
                previous = None
                continue
            short = module.qualname.rsplit(".", 1)[-1]
            if previous is not None and seen_parameters and module.inplace and \
                    previous.qualname in MODULES_SAVING_OUTPUT and \
                    id(arg) not in self.layers_reported:
                self.layers_reported.add(id(arg))  # an inner Sequential is seen twice
                before = previous.qualname.rsplit(".", 1)[-1]
                self.report(arg, f"`{self.code_of(arg)}` changes the output of the preceding "
                                 f"`nn.{before}` in place, but {before} saved that output for "
                                 f"backward: backward() will raise 'one of the variables needed "
                                 f"for gradient computation has been modified by an inplace "
                                 f"operation'; use inplace=False here")
            if short.startswith(_PARAMETERISED):
                seen_parameters = True
            previous = module


_SEQUENTIAL = frozenset({"torch.nn.Sequential", "torch.nn.modules.Sequential"})


def _layers(call: cst.Call, facts: Facts) -> list[cst.BaseExpression]:
    """The layers an `nn.Sequential(...)` runs in order, with those of a Sequential nested
    in it in their place (`nn.Sequential(nn.Linear(4, 8), nn.Sequential(nn.Sigmoid(),
    nn.ReLU(inplace=True)))`)."""
    layers: list[cst.BaseExpression] = []
    for arg in positional(call):
        if isinstance(arg, cst.Call) and facts.qualname(arg.func) in _SEQUENTIAL:
            layers += _layers(arg, facts)
        else:
            layers.append(arg)
    return layers


# Methods whose result shares the receiver's memory (never a copy).
_VIEW_METHODS = frozenset({
    "view", "view_as", "t", "transpose", "permute", "unsqueeze", "squeeze", "narrow",
    "select", "expand", "expand_as", "diagonal", "unflatten", "movedim", "swapaxes",
    "swapdims", "as_strided", "detach",
})


def _view_base(value: cst.BaseExpression, facts: Facts) -> str | None:
    """The name `value` is a view of: `p[:, 0]`, `p[1:]` (basic indexing: integers,
    slices, None, ...; a tensor or list index copies), `p.t()`, `p.view(-1)`, `p.T`."""
    if isinstance(value, cst.Subscript):
        if all(_basic_index(element, facts) for element in value.slice):
            return dotted(value.value)
        return None
    if isinstance(value, cst.Call) and method_name(value) in _VIEW_METHODS:
        assert isinstance(value.func, cst.Attribute)
        return dotted(value.func.value)
    if isinstance(value, cst.Attribute) and value.attr.value in ("T", "mT", "H", "mH"):
        return dotted(value.value)
    return None


def _basic_index(element: cst.SubscriptElement, facts: Facts) -> bool:
    index = element.slice
    if isinstance(index, cst.Slice):
        return True
    value = index.value
    if isinstance(value, cst.UnaryOperation) and isinstance(value.operator, cst.Minus):
        value = value.expression
    if isinstance(value, cst.Integer) or isinstance(value, cst.Ellipsis) or \
            (isinstance(value, cst.Name) and value.value == "None"):
        return True
    known = facts.value(value)
    return isinstance(known, Obj) and known.kind == "number" and known.number == "int"


def _other_operand(call: cst.Call, first: cst.BaseExpression) -> cst.BaseExpression | None:
    """The second operand of `torch.mul(a, b)` (`first` is `a`) or `a.mul(b)` (`first` is
    the receiver `a`)."""
    args = positional(call)
    if len(args) == 2 and args[0] is first:
        return args[1]
    if len(args) == 1 and args[0] is not first:
        return args[0]
    return None


def _bound_names(target: cst.BaseExpression) -> list[str]:
    """Every name an assignment target re-binds: `a`, `self.x`, `a, (b, *c)`."""
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for element in target.elements for n in _bound_names(element.value)]
    if isinstance(target, cst.StarredElement):
        return _bound_names(target.value)
    name = dotted(target)
    return [name] if name is not None else []
