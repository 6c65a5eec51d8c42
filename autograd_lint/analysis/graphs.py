"""Which autograd graph pieces each value runs through, and which ones a backward pass frees.

AGL007 needs to know that a second `backward()` goes through part of a graph an earlier
`backward()` already released. The tensor facts say whether a value requires grad, not
*which* graph it belongs to, so this module follows graph identity separately, one scope
(module body or function body) at a time:

* evaluating a differentiable operation with grad mode on creates a fresh *piece* (one
  graph node) on top of the pieces of its operands; a name holds the pieces of its value;
* `backward()` / `torch.autograd.grad()` without `retain_graph=True` frees the pieces its
  output runs through; a later backward whose output runs through a freed piece that
  saved tensors is a conflict;
* loop bodies are walked twice, the second walk starting from where the first ended, so a
  graph built before the loop (or carried from the previous iteration, like an RNN hidden
  state) and back-propagated in every iteration is seen being freed and reused;
* a loop over a list, tuple or dict of two or more known values (a literal, or a name
  bound to one and grown by `.append(...)`: `for loss in (a, b)`, `for name, loss in
  losses.items()`) binds its variable to the pieces *every* value runs through, so
  back-propagating each value frees what the next one needs;
* calling a module-level function of the file whose every return hands back a value it
  already back-propagated (`loss.backward(); return loss`) gives a result whose graph is
  freed.

Everything is an under-approximation (precision first): unknown calls return no pieces,
branches keep only what all paths agree on, and a piece counts as saving tensors only for
operations known to save them. A second backward through pieces that saved nothing does
not raise in torch (the gradient is silently accumulated twice) and is not reported.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst

from autograd_lint.analysis.facts import Facts
from autograd_lint.analysis.imports import dotted, target_names
from autograd_lint.analysis.tensors import literal_bool, literal_int
from autograd_lint.analysis.torch_api import (
    AUTOGRAD_BACKWARD,
    AUTOGRAD_GRAD,
    DIFFERENTIABLE,
    FUNCTIONAL_LOSSES,
    LAYERS_WITH_PARAMETERS,
    unexpected_keyword,
)
from autograd_lint.analysis.values import Obj, Tensor, Value

Pieces = frozenset[int]
_NONE: Pieces = frozenset()
# Calls that only read the list or dict they are given.
_READING_BUILTINS = frozenset({"enumerate", "len", "list", "tuple", "sorted", "reversed", "zip",
                               "print", "sum", "iter", "min", "max", "any", "all", "str",
                               "repr", "isinstance"})
_READING_METHODS = frozenset({"items", "values", "keys", "get", "copy", "index", "count"})

# Operations whose backward reads tensors saved in the forward (freed by backward()).
_SAVING_FUNCTIONS = frozenset({
    "mul", "multiply", "div", "divide", "true_divide", "matmul", "mm", "bmm", "mv", "dot",
    "pow", "exp", "log", "log1p", "log2", "log10", "sigmoid", "tanh", "relu", "softmax",
    "log_softmax", "sin", "cos", "tan", "sqrt", "rsqrt", "reciprocal", "norm", "prod",
    "std", "var", "logsumexp", "linear", "conv1d", "conv2d", "conv3d", "gelu", "silu",
    "elu", "leaky_relu", "softplus", "einsum", "square", "addmm", "baddbmm", "outer",
    "cdist", "cosine_similarity", "layer_norm", "batch_norm", "normalize", "atan2",
    "clamp", "clip", "abs", "erf", "logsigmoid", "mish", "selu", "celu",
}) | FUNCTIONAL_LOSSES
_SAVING_OPERATORS = (cst.Multiply, cst.Divide, cst.MatrixMultiply, cst.Power, cst.FloorDivide)
_SAVING_MODULES = LAYERS_WITH_PARAMETERS | frozenset({
    "ReLU", "Sigmoid", "Tanh", "Softmax", "LogSoftmax", "GELU", "SiLU", "ELU", "LeakyReLU",
    "RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell", "Sequential", "MultiheadAttention",
    "TransformerEncoderLayer", "TransformerDecoderLayer", "TransformerEncoder",
})
_VIEW_ATTRIBUTES = frozenset({"T", "mT", "H", "mH", "real", "imag", "values"})
# Methods of a torch.distributions object whose result runs through its parameters' graph
# (and saves tensors: log-densities, entropies, reparameterised samples).
_DISTRIBUTION_METHODS = frozenset({"log_prob", "entropy", "rsample", "cdf", "icdf"})


@dataclass(frozen=True)
class Piece:
    """One graph node, built by one evaluation of `node`."""

    node: cst.CSTNode
    saves: bool
    known: bool = False
    """The facts alone say it has a graph (a non-leaf that requires grad, a trained
    module's call), whatever its operands are."""


@dataclass(frozen=True)
class Conflict:
    """`call` back-propagates through `piece`, which `freed_by` already released."""

    call: cst.Call
    freed_by: cst.Call
    piece: Piece

    @property
    def same_call(self) -> bool:
        """The conflict is with this very call, one loop iteration earlier."""
        return self.call is self.freed_by


@dataclass(frozen=True)
class _Returned:
    """A helper's result: per returned position (one, or each item of a returned tuple
    literal), the backward call that certainly freed a saving part of its graph."""

    freed_by: tuple[cst.Call | None, ...]


@dataclass
class _State:
    names: dict[str, Pieces] = field(default_factory=dict)
    freed: dict[int, cst.Call] = field(default_factory=dict)
    items: dict[str, tuple[Pieces, ...]] = field(default_factory=dict)
    """Names bound to a list/tuple/dict whose every value is known: their values' pieces."""

    def copy(self) -> _State:
        return _State(dict(self.names), dict(self.freed), dict(self.items))


def _merge(states: Sequence[_State]) -> _State:
    """What every path agrees on: the pieces a name certainly holds, the certainly freed."""
    if not states:
        return _State()
    first, *rest = states
    names = {k: v for k, v in first.names.items()}
    freed = dict(first.freed)
    items = dict(first.items)
    for state in rest:
        names = {k: v & state.names[k] for k, v in names.items() if k in state.names}
        freed = {k: v for k, v in freed.items() if k in state.freed}
        items = {k: v for k, v in items.items() if state.items.get(k) == v}
    return _State({k: v for k, v in names.items() if v}, freed, items)


class _Terminated(Exception):
    """The rest of the block does not run (return, raise, break, continue)."""


def find_conflicts(module: cst.Module, facts: Facts, scan: Scan) -> list[Conflict]:
    """Every backward call that runs through a graph piece an earlier backward freed
    (`scan` must have seen the whole module)."""
    walker = _Walker(facts, scan.trained_names(), scan.helpers,
                     {stmt.name.value: stmt for stmt in module.body
                      if isinstance(stmt, cst.FunctionDef)})
    owners = _method_owners(module)
    if id(None) in scan.backward_scopes:
        walker.run_scope(module.body)
    for func in scan.functions:
        if id(func) in scan.backward_scopes:
            walker.owner = owners.get(id(func))
            walker.run_scope(func.body.body)
    return list(walker.conflicts.values())


def _method_owners(module: cst.Module) -> dict[int, _Owner]:
    """For each method of a top-level class: its `self` name and its class's methods."""
    owners: dict[int, _Owner] = {}
    for stmt in module.body:
        if not isinstance(stmt, cst.ClassDef):
            continue
        methods = {m.name.value: m for m in stmt.body.body if isinstance(m, cst.FunctionDef)}
        for method in methods.values():
            params = method.params.params
            if params and not method.decorators:
                owners[id(method)] = _Owner(params[0].name.value, methods)
    return owners


@dataclass(frozen=True)
class _Owner:
    """The class a walked method belongs to: `self.<method>(...)` calls resolve there."""

    self_name: str
    methods: dict[str, cst.FunctionDef]


class _Walker:
    def __init__(self, facts: Facts, trained: frozenset[str],
                 helpers: dict[str, set[int]], functions: dict[str, cst.FunctionDef]) -> None:
        self.facts = facts
        self.trained = trained
        self.helpers = helpers
        self.functions = functions
        self.owner: _Owner | None = None
        """The class of the method being walked (None at module level, in a function)."""
        self.returned: dict[int, _Returned | None] = {}
        self.flowing: dict[int, frozenset[int] | None] = {}
        self.builds: dict[int, bool] = {}
        """By function: every value it returns runs through a saving op the facts alone
        say has a graph (the function builds one of its own in every call)."""
        self.built: dict[tuple[str, int], int] = {}
        """The piece of each graph an instance's `__init__` built, by (instance, value)."""
        self.returns: list[list[tuple[cst.BaseExpression, _State]]] = []
        # Per call of a helper that returns a tuple literal: the pieces of each item.
        self.call_items: dict[int, list[Pieces]] = {}
        self.pieces: dict[int, Piece] = {}
        self.ids = itertools.count()
        self.conflicts: dict[int, Conflict] = {}
        self.evaluated: dict[int, Pieces] = {}
        self.loop_exits: list[tuple[list[_State], list[_State]]] = []
        self.nested: dict[str, cst.FunctionDef] = {}
        """Functions defined in the scope being walked (an L-BFGS closure), by name."""
        self.inlining: set[int] = set()

    def run_scope(self, body: Sequence[cst.BaseStatement | cst.BaseSmallStatement]) -> None:
        saved, self.loop_exits = self.loop_exits, []
        saved_nested, self.nested = self.nested, {}
        try:
            self.block(body, _State())
        finally:
            self.loop_exits, self.nested = saved, saved_nested

    # ------------------------------------------------------------------ statements
    def block(self, body: Sequence[cst.CSTNode], state: _State) -> bool:
        """Run statements in order; False when the block cannot fall through."""
        try:
            for stmt in body:
                self.statement(stmt, state)
        except _Terminated:
            return False
        return True

    def statement(self, stmt: cst.CSTNode, state: _State) -> None:
        if isinstance(stmt, cst.BaseSmallStatement):  # the body of `def f(): return x`
            self.small(stmt, state)
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                self.small(small, state)
        elif isinstance(stmt, cst.If):
            self.eval(stmt.test, state)
            then = state.copy()
            outs = [then] if self.block(stmt.body.body, then) else []
            other = state.copy()
            if isinstance(stmt.orelse, cst.If):
                self.statement(stmt.orelse, other)
                outs.append(other)
            elif isinstance(stmt.orelse, cst.Else):
                if self.block(stmt.orelse.body.body, other):
                    outs.append(other)
            else:
                outs.append(other)
            self._replace(state, outs)
        elif isinstance(stmt, (cst.For, cst.While)):
            self.loop(stmt, state)
        elif isinstance(stmt, cst.With):
            for item in stmt.items:
                self.eval(item.item, state)
                if item.asname is not None:
                    self.bind(item.asname.name, _NONE, None, state)
            if not self.block(stmt.body.body, state):
                raise _Terminated
        elif isinstance(stmt, (cst.Try, cst.TryStar)):
            before = state.copy()
            body = state.copy()
            outs = [body] if self.block(stmt.body.body, body) else []
            if outs and stmt.orelse is not None and not self.block(stmt.orelse.body.body, body):
                outs = []
            for handler in stmt.handlers:
                start = _merge([before, body])
                if self.block(handler.body.body, start):
                    outs.append(start)
            if stmt.finalbody is not None:
                self.block(stmt.finalbody.body.body, _merge(outs) if outs else before.copy())
            self._replace(state, outs)
        elif isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
            state.names.pop(stmt.name.value, None)
            if isinstance(stmt, cst.FunctionDef):
                self.nested[stmt.name.value] = stmt
        # Other compound statements (match) are left out: nothing is learned from them.

    def _replace(self, state: _State, outs: list[_State]) -> None:
        if not outs:
            raise _Terminated
        merged = _merge(outs)
        state.names, state.freed, state.items = merged.names, merged.freed, merged.items

    def small(self, stmt: cst.BaseSmallStatement, state: _State) -> None:
        if isinstance(stmt, cst.Expr):
            self.eval(stmt.value, state)
        elif isinstance(stmt, cst.Assign):
            pieces = self.eval(stmt.value, state)
            for target in stmt.targets:
                self.bind(target.target, pieces, stmt.value, state)
        elif isinstance(stmt, cst.AnnAssign) and stmt.value is not None:
            self.bind(stmt.target, self.eval(stmt.value, state), stmt.value, state)
        elif isinstance(stmt, cst.AugAssign):
            self.eval(stmt.value, state)  # the target keeps (at least) the pieces it had
            self.mutated(stmt.target, state)
        elif isinstance(stmt, (cst.Return, cst.Raise)):
            value = stmt.value if isinstance(stmt, cst.Return) else stmt.exc
            if value is not None:
                self.eval(value, state)
            if isinstance(stmt, cst.Return) and self.returns:
                self.returns[-1].append((value, state.copy()) if value is not None
                                        else (cst.Name("None"), state.copy()))
            raise _Terminated
        elif isinstance(stmt, (cst.Break, cst.Continue)):
            if self.loop_exits:
                continues, breaks = self.loop_exits[-1]
                (breaks if isinstance(stmt, cst.Break) else continues).append(state.copy())
            raise _Terminated
        elif isinstance(stmt, cst.Del):
            for name in target_names(stmt.target):
                _forget(state, name)
            for element in _elements(stmt.target):
                self.mutated(element, state)

    def loop(self, stmt: cst.For | cst.While, state: _State) -> None:
        before = state.copy()
        start = state.copy()
        ends: list[_State] = []
        breaks: list[_State] = []
        for _ in range(2):
            body = start.copy()
            continues: list[_State] = []
            breaks = []
            self.loop_exits.append((continues, breaks))
            try:
                if isinstance(stmt, cst.For):
                    self.eval(stmt.iter, body)
                    element = self.element_pieces(stmt.iter, body)
                    self.bind_element(stmt.target, stmt.iter, element, body)
                else:
                    self.eval(stmt.test, body)
                falls = self.block(stmt.body.body, body)
            finally:
                self.loop_exits.pop()
            ends = ([body] if falls else []) + continues
            if not ends:
                break
            # The next iteration starts exactly where this one ended.
            start = _merge(ends)
        exits = [*ends, *breaks]
        after = _merge(exits if exits and self._runs_once(stmt) else [before, *exits])
        if stmt.orelse is not None:
            self.block(stmt.orelse.body.body, after)
        state.names, state.freed, state.items = after.names, after.freed, after.items

    def _runs_once(self, stmt: cst.For | cst.While) -> bool:
        """Does the loop body certainly run at least once? A `for` over a tensor whose
        first dimension is known to be at least 1 (a hidden state carried through the
        steps of a known sequence), or over `range(n)` with a literal n >= 1."""
        if not isinstance(stmt, cst.For) or stmt.orelse is not None:
            return False
        tensor = self.facts.tensor(stmt.iter)
        if tensor is not None and tensor.shape:
            return tensor.shape[0] is not None and tensor.shape[0] >= 1
        iterable = stmt.iter
        if isinstance(iterable, cst.Call) and isinstance(iterable.func, cst.Name) and \
                iterable.func.value == "range" and len(iterable.args) == 1 and \
                self.facts.qualname(iterable.func) in (None, "range"):
            count = literal_int(iterable.args[0].value)
            return count is not None and count >= 1
        return False

    def bind(self, target: cst.BaseExpression, pieces: Pieces,
             value: cst.BaseExpression | None, state: _State) -> None:
        if isinstance(target, (cst.Name, cst.Attribute)):
            name = dotted(target)
            if name is not None:
                _forget(state, name)
                if pieces:
                    state.names[name] = pieces
                values = _container_values(value)
                if values is not None:
                    state.items[name] = tuple(self.evaluated.get(id(v), _NONE) for v in values)
        elif isinstance(target, cst.Subscript):
            self.mutated(target, state)
        elif isinstance(target, (cst.Tuple, cst.List)):
            elements = [e if isinstance(e, cst.StarredElement) else e.value
                        for e in target.elements]
            if isinstance(value, (cst.Tuple, cst.List)) and len(value.elements) == len(elements):
                values = [self.evaluated.get(id(e.value), _NONE) for e in value.elements]
            elif isinstance(value, cst.Call) and len(self.call_items.get(id(value), ())) == \
                    len(elements):
                values = self.call_items[id(value)]
            elif isinstance(value, cst.Call) and self._is_module_call(value):
                # (output, hidden) of a recurrent layer: each item but those the facts
                # know to have no graph (a forward that returns `h.detach()`).
                values = [_NONE if _without_graph(item) else pieces
                          for item in self._items(value, len(elements))]
            else:
                values = [_NONE] * len(elements)
            for element, element_pieces in zip(elements, values, strict=True):
                if isinstance(element, cst.StarredElement):
                    self.bind(element.value, _NONE, None, state)
                else:
                    self.bind(element, element_pieces, None, state)

    def bind_element(self, target: cst.BaseExpression, iterable: cst.BaseExpression,
                     element: Pieces, state: _State) -> None:
        """`for loss in losses` / `for name, loss in losses.items()` /
        `for i, loss in enumerate(losses)`: the loop variable holding the values."""
        pair = isinstance(iterable, cst.Call) and (
            _method(iterable) == "items" or
            isinstance(iterable.func, cst.Name) and iterable.func.value == "enumerate")
        if pair and isinstance(target, cst.Tuple) and len(target.elements) == 2 and \
                not any(isinstance(e, cst.StarredElement) for e in target.elements):
            self.bind(target.elements[0].value, _NONE, None, state)
            self.bind(target.elements[1].value, element, None, state)
        else:
            self.bind(target, _NONE if pair else element, None, state)

    def element_pieces(self, iterable: cst.BaseExpression, state: _State) -> Pieces:
        """The pieces every value a `for` loop visits runs through (a literal container of
        two or more values, directly or through the name it was bound to). The iterable
        has been evaluated."""
        if isinstance(iterable, cst.Call) and not iterable.args:
            if _method(iterable) in ("items", "values"):
                iterable = iterable.func.value  # type: ignore[attr-defined]
        elif isinstance(iterable, cst.Call) and len(iterable.args) == 1 and \
                isinstance(iterable.func, cst.Name) and iterable.func.value == "enumerate":
            iterable = iterable.args[0].value
        values = _container_values(iterable)
        if values is not None:
            return _shared(tuple(self.evaluated.get(id(v), _NONE) for v in values))
        name = dotted(iterable)
        return _shared(state.items.get(name, ())) if name is not None else _NONE

    def mutated(self, target: cst.BaseExpression, state: _State) -> None:
        """`losses[k] = v`, `losses.append(v)`, `fill(losses)`: the container literal's
        values are no longer known."""
        while isinstance(target, cst.Subscript):
            target = target.value
        name = dotted(target)
        if name is not None:
            state.items.pop(name, None)

    # ------------------------------------------------------------------ expressions
    def eval(self, node: cst.BaseExpression, state: _State) -> Pieces:
        pieces = self._eval(node, state)
        self.evaluated[id(node)] = pieces
        return pieces

    def _eval(self, node: cst.BaseExpression, state: _State) -> Pieces:
        if isinstance(node, cst.Name):
            return state.names.get(node.value, _NONE)
        if isinstance(node, cst.Attribute):
            name = dotted(node)
            if name is not None and name in state.names:
                return state.names[name]
            base = self.eval(node.value, state)
            return base if node.attr.value in _VIEW_ATTRIBUTES else _NONE
        if isinstance(node, cst.Call):
            return self.call(node, state)
        if isinstance(node, cst.BinaryOperation):
            operands = self.eval(node.left, state) | self.eval(node.right, state)
            return self.result(node, operands, isinstance(node.operator, _SAVING_OPERATORS))
        if isinstance(node, cst.UnaryOperation):
            operand = self.eval(node.expression, state)
            if isinstance(node.operator, cst.Not):
                return _NONE
            return self.result(node, operand, False)
        if isinstance(node, cst.Subscript):
            base = self.eval(node.value, state)
            for element in node.slice:
                if isinstance(element.slice, cst.Index):
                    self.eval(element.slice.value, state)
            return self.result(node, base, False)
        if isinstance(node, (cst.Tuple, cst.List)):
            out = _NONE
            for element in node.elements:
                out |= self.eval(element.value, state)
            return out
        if isinstance(node, cst.Dict):
            out = _NONE
            for item in node.elements:
                if isinstance(item, cst.DictElement):
                    self.eval(item.key, state)
                out |= self.eval(item.value, state)
            return out
        if isinstance(node, cst.IfExp):
            self.eval(node.test, state)
            return self.eval(node.body, state) & self.eval(node.orelse, state)
        return _NONE

    def result(self, node: cst.BaseExpression, operands: Pieces, saves: bool, *,
               trained: bool = False) -> Pieces:
        """The pieces of a differentiable op's result: its operands' plus a new one.

        A new piece needs grad mode on and a graph: operands that have one, a result the
        facts know to be a non-leaf, or a call of a module an optimizer trains.
        """
        if self.facts.grad_enabled(node) is not True:
            return _NONE
        tensor = self.facts.tensor(node)
        if tensor is not None and tensor.requires_grad is False:
            return _NONE
        known = trained or (tensor is not None and tensor.known_nonleaf_with_grad)
        if not operands and not known:
            return _NONE
        ident = next(self.ids)
        self.pieces[ident] = Piece(node, saves, known)
        return operands | {ident}

    def call(self, node: cst.Call, state: _State) -> Pieces:
        func = node.func
        receiver = self.eval(func.value, state) if isinstance(func, cst.Attribute) else _NONE
        args = [self.eval(arg.value, state) for arg in node.args]
        qualname = self.facts.qualname(func)
        grown = dotted(func.value) if isinstance(func, cst.Attribute) else None
        if grown in state.items and func.attr.value == "append" and len(args) == 1 and \
                node.args[0].keyword is None and not node.args[0].star:  # type: ignore[union-attr]
            state.items[grown] = (*state.items[grown], args[0])  # `losses.append(loss)`
        elif isinstance(func, cst.Attribute) and func.attr.value not in _READING_METHODS:
            self.mutated(func.value, state)
        if not (qualname or "").startswith("torch.") and not (
                isinstance(func, cst.Name) and func.value in _READING_BUILTINS):
            for arg in node.args:
                self.mutated(arg.value, state)
        if qualname in AUTOGRAD_BACKWARD or qualname in AUTOGRAD_GRAD:
            self.backward(node, state, qualname in AUTOGRAD_GRAD)
            return _NONE
        operands = receiver.union(*args)
        if qualname is not None and qualname.startswith("torch.distributions.") and \
                qualname.rsplit(".", 1)[-1][:1].isupper():
            # `Categorical(logits=actor(z))`: the distribution holds its parameters' graph.
            return self.result(node, operands, False)
        if qualname is not None and qualname.startswith("torch."):
            name = qualname.rsplit(".", 1)[-1]
            if name in DIFFERENTIABLE or name in FUNCTIONAL_LOSSES:
                return self.result(node, operands, name in _SAVING_FUNCTIONS)
            return _NONE
        if isinstance(func, cst.Attribute) and qualname is None:
            method = func.attr.value
            if method == "backward":
                self.backward(node, state, False)
                return _NONE
            if method == "detach_" and (path := dotted(func.value)) is not None:
                _forget(state, path)
                return _NONE
            if method in DIFFERENTIABLE and (receiver or self.facts.tensor(func.value)):
                return self.result(node, operands, method in _SAVING_FUNCTIONS)
            if method in _DISTRIBUTION_METHODS and receiver:
                return self.result(node, operands, True)
        closure = self._optimizer_closure(node)
        if closure is not None:
            self.inline(closure[0], state, closure[1])
            return _NONE
        if self._is_module_call(node):
            operands |= self.construction_pieces(node)
            return self.result(node, operands, True, trained=dotted(func) in self.trained)
        if isinstance(func, cst.Name) and func.value in self.helpers:
            self.helper_backward(node, state)
        callee = self._own_function(func)
        if callee is not None:
            freed = self.freed_result(node, callee, state)
            return freed or self.flow_result(node, callee, args)
        return _NONE

    def construction_pieces(self, node: cst.Call) -> Pieces:
        """`model(x)` of a module class whose `__init__` built a graph its forward reads
        (`self.pos = torch.tanh(self.pos_raw)`): the pieces of that one graph, the same
        for every call of the same instance."""
        callee = self.facts.value(node.func)
        instance = dotted(node.func)
        if not (isinstance(callee, Obj) and callee.qualname.startswith("<local>.")
                and callee.grad_enabled is True) or instance is None:
            return _NONE  # (an instance built under no_grad has no such graph)
        pieces = set()
        for value in self.facts.init_graphs.get(callee.qualname[len("<local>."):], ()):
            key = (instance, id(value))
            if key not in self.built:
                ident = next(self.ids)
                self.pieces[ident] = Piece(value, _saves(value, self.facts))
                self.built[key] = ident
            pieces.add(self.built[key])
        return frozenset(pieces)

    def _own_function(self, func: cst.BaseExpression) -> cst.FunctionDef | None:
        """The file's function a call runs: a module-level function by its name, or a
        method of the walked method's class through `self.<name>(...)`."""
        if isinstance(func, cst.Name):
            return self.functions.get(func.value)
        if isinstance(func, cst.Attribute) and self.owner is not None and \
                isinstance(func.value, cst.Name) and func.value.value == self.owner.self_name:
            return self.owner.methods.get(func.attr.value)
        return None

    def _optimizer_closure(self, node: cst.Call) -> tuple[cst.FunctionDef, int] | None:
        """`opt.step(closure)` with a function of the file: the function and how many
        times the step certainly calls it (twice stands for "more than once")."""
        func = node.func
        if not (isinstance(func, cst.Attribute) and func.attr.value == "step" and
                len(node.args) == 1 and isinstance(node.args[0].value, cst.Name) and
                node.args[0].keyword in (None,) and not node.args[0].star):
            return None
        optimizer = self.facts.obj(func.value)
        if optimizer is None or optimizer.kind != "optimizer":
            return None
        name = node.args[0].value.value
        closure = self.nested.get(name) or self.functions.get(name)
        if closure is None or closure.params.params or closure.asynchronous is not None:
            return None
        return closure, 2 if optimizer.repeats_closure else 1

    def inline(self, func: cst.FunctionDef, state: _State, times: int) -> None:
        """Run a closure's body `times` times from the caller's state: the graphs it reads
        from the enclosing scope (a prediction made outside an L-BFGS closure) are those
        of the caller, and what its backward frees stays freed for the caller."""
        if id(func) in self.inlining:
            return  # recursion: nothing learned
        own = _local_names(func)
        start = _State({k: v for k, v in state.names.items() if k.split(".")[0] not in own},
                       dict(state.freed), {})
        self.inlining.add(id(func))
        saved = self.loop_exits
        self.loop_exits = []
        try:
            for _ in range(times):
                self.returns.append([])
                try:
                    falls = self.block(func.body.body, start)
                finally:
                    exits = [at for _, at in self.returns.pop()]
                if falls:
                    exits.append(start)
                if not exits:
                    return
                start = _merge(exits)
        finally:
            self.loop_exits = saved
            self.inlining.discard(id(func))
        for piece, freed_by in start.freed.items():
            state.freed.setdefault(piece, freed_by)

    def flow_result(self, node: cst.Call, func: cst.FunctionDef, args: list[Pieces]) -> Pieces:
        """`info_nce(z1, z2)`: the result of a function of the file runs through the
        pieces of the arguments that reach every value it returns."""
        flowing = self.flows(func)
        if flowing is None or self.facts.grad_enabled(node) is not True:
            return _NONE
        result: set[int] = set()
        if self.builds.get(id(func)):
            # `l = step(x)`: each call builds the saving graph inside the function anew.
            ident = next(self.ids)
            self.pieces[ident] = Piece(node, True, True)
            result.add(ident)
        if any(arg.star or arg.keyword is not None for arg in node.args):
            return frozenset(result)
        offset = 1 if isinstance(node.func, cst.Attribute) else 0  # `self` is not passed
        return frozenset(result).union(*(pieces for index, pieces in enumerate(args)
                                         if index + offset in flowing))

    def flows(self, func: cst.FunctionDef) -> frozenset[int] | None:
        """The positions of `func`'s parameters whose graph every returned value runs
        through (walked once, with a marker piece per parameter)."""
        key = id(func)
        if key in self.flowing:
            return self.flowing[key]
        self.flowing[key] = None  # recursion: nothing known
        params = list(func.params.params)
        if func.asynchronous is not None or isinstance(func.params.star_arg, cst.Param) or \
                func.params.star_kwarg is not None:
            return None
        start = _State()
        markers: dict[int, int] = {}
        for index, param in enumerate(params):
            ident = next(self.ids)
            self.pieces[ident] = Piece(param, False)
            markers[ident] = index
            start.names[param.name.value] = frozenset({ident})
        returns = self._walk_returns(func, start)
        if not returns:
            return None
        reached = [{markers[p] for p in self.evaluated.get(id(value), _NONE) if p in markers}
                   for value, _ in returns]
        result = frozenset(set.intersection(*reached))
        self.flowing[key] = result
        self.builds[key] = all(any(self.pieces[p].known and self.pieces[p].saves
                                   for p in self.evaluated.get(id(value), _NONE))
                               for value, _ in returns)
        return result

    def _walk_returns(self, func: cst.FunctionDef, start: _State
                      ) -> list[tuple[cst.BaseExpression, _State]]:
        """Walk a function body on its own; its returns, or none when it may fall off the
        end (returning None). Conflicts found on the way stay those of its own walk."""
        self.returns.append([])
        saved = self.loop_exits, dict(self.conflicts)
        self.loop_exits = []
        try:
            falls = self.block(func.body.body, start)
        finally:
            self.loop_exits, self.conflicts = saved
            returns = self.returns.pop()
        return [] if falls else returns

    def freed_result(self, node: cst.Call, func: cst.FunctionDef, state: _State) -> Pieces:
        """`loss = compute_loss(...)` where the helper already ran `loss.backward()`: a
        piece standing for the helper's graph, freed by the helper's backward."""
        returned = self.returned_by(func)
        if returned is None or self.facts.grad_enabled(node) is not True:
            return _NONE
        items: list[Pieces] = []
        for freed_by in returned.freed_by:
            if freed_by is None:
                items.append(_NONE)
                continue
            ident = next(self.ids)
            self.pieces[ident] = Piece(node, True)
            state.freed.setdefault(ident, freed_by)
            items.append(frozenset({ident}))
        if len(items) > 1:
            self.call_items[id(node)] = items
        return _NONE.union(*items)

    def returned_by(self, func: cst.FunctionDef) -> _Returned | None:
        """What a function's returns say about freed graphs (walked once)."""
        key = id(func)
        if key in self.returned:
            return self.returned[key]
        self.returned[key] = None  # recursion: nothing known
        if func.asynchronous is not None:
            return None
        returns = self._walk_returns(func, _State())
        if not returns:
            return None
        positions: list[tuple[cst.Call | None, ...]] = []
        for value, at_return in returns:
            items = [e.value for e in value.elements] \
                if isinstance(value, cst.Tuple) and not any(
                    isinstance(e, cst.StarredElement) for e in value.elements) else [value]
            positions.append(tuple(self._freed_by(item, at_return) for item in items))
        if len({len(p) for p in positions}) != 1:
            return None
        merged = tuple(calls[0] if all(c is not None for c in calls) else None
                       for calls in zip(*positions, strict=True))
        result = _Returned(merged) if any(c is not None for c in merged) else None
        self.returned[key] = result
        return result

    def _freed_by(self, value: cst.BaseExpression, state: _State) -> cst.Call | None:
        """The backward that freed a saving piece `value` runs through, if any."""
        for piece in sorted(self.evaluated.get(id(value), _NONE)):
            if piece in state.freed and self.pieces[piece].saves:
                return state.freed[piece]
        return None

    def _items(self, value: cst.Call, count: int) -> list[Value | None]:
        """The facts of each item of a call's tuple result (None where unknown)."""
        result = self.facts.value(value)
        if isinstance(result, Obj) and result.kind == "tuple" and \
                len(result.elements) == count:
            return list(result.elements)
        return [None] * count

    def _is_module_call(self, node: cst.Call) -> bool:
        callee = self.facts.value(node.func)
        if isinstance(callee, Obj) and callee.kind == "loss":
            return True
        if isinstance(callee, Obj) and callee.kind == "module" and \
                callee.qualname.rsplit(".", 1)[-1] in _SAVING_MODULES:
            return True
        return dotted(node.func) in self.trained  # a module an optimizer trains

    # ------------------------------------------------------------------ backward
    def backward(self, node: cst.Call, state: _State, is_grad: bool) -> None:
        if not _accepts_keywords(node, self.facts):
            return  # TypeError: the call never runs
        if is_grad:
            outputs = _argument(node, 0, "outputs")
            inputs = _argument(node, 1, "inputs")
            retain, create = _argument(node, 3, "retain_graph"), _argument(node, 4, "create_graph")
        elif isinstance(node.func, cst.Attribute) and self.facts.qualname(node.func) is None:
            outputs = node.func.value
            inputs = None
            retain, create = _argument(node, 1, "retain_graph"), _argument(node, 2, "create_graph")
        else:
            outputs = _argument(node, 0, "tensors")
            inputs = None
            retain, create = _argument(node, 2, "retain_graph"), _argument(node, 3, "create_graph")
        if outputs is None:
            return
        pieces = self.evaluated.get(id(outputs), _NONE)
        below = self.evaluated.get(id(inputs), _NONE) if inputs is not None else _NONE
        self.run_backward(node, pieces - below, state, frees=_frees(retain, create))

    def helper_backward(self, node: cst.Call, state: _State) -> None:
        """`step(loss)` where `step` calls `loss.backward()`: the same as a backward here."""
        assert isinstance(node.func, cst.Name)
        positions = self.helpers[node.func.value]
        args = [a for a in node.args if a.keyword is None and not a.star]
        for index in positions:
            if index < len(args):
                pieces = self.evaluated.get(id(args[index].value), _NONE)
                self.run_backward(node, pieces, state, frees=True)

    def run_backward(self, node: cst.Call, pieces: Pieces, state: _State, *,
                     frees: bool) -> None:
        stale = sorted(p for p in pieces if p in state.freed and self.pieces[p].saves)
        if stale and id(node) not in self.conflicts:
            oldest = stale[0]
            self.conflicts[id(node)] = Conflict(node, state.freed[oldest], self.pieces[oldest])
        if frees:
            for piece in pieces:
                state.freed.setdefault(piece, node)


# ---------------------------------------------------------------------- helpers
def _argument(call: cst.Call, position: int, name: str) -> cst.BaseExpression | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg.value
    positional = [a.value for a in call.args if a.keyword is None and not a.star]
    return positional[position] if len(positional) > position else None


def _saves(value: cst.BaseExpression, facts: Facts) -> bool:
    """Does the op that computed `value` save tensors for backward (a call of a saving
    torch function or method, or of a layer)?"""
    if not isinstance(value, cst.Call):
        return False
    qualname = facts.qualname(value.func)
    name = _method(value) if qualname is None else \
        qualname.rsplit(".", 1)[-1] if qualname.startswith("torch.") else None
    callee = facts.value(value.func)
    return name in _SAVING_FUNCTIONS or (isinstance(callee, Obj) and callee.kind == "module"
                                         and callee.qualname.rsplit(".", 1)[-1]
                                         in _SAVING_MODULES)


def _without_graph(value: Value | None) -> bool:
    """A tensor known to have no graph, or a tuple of only such (`(h.detach(), c.detach())`)."""
    if isinstance(value, Obj) and value.kind == "tuple":
        return bool(value.elements) and all(_without_graph(e) for e in value.elements)
    return isinstance(value, Tensor) and value.requires_grad is False


def _shared(values: tuple[Pieces, ...]) -> Pieces:
    """The pieces all of two or more values run through (none for fewer values)."""
    if len(values) < 2:
        return _NONE
    return frozenset.intersection(*values)


def _accepts_keywords(call: cst.Call, facts: Facts) -> bool:
    """Does the backward entry point accept every keyword given (`retain_graphs=True` is a
    TypeError)? `**kwargs` could hold anything, so it counts as accepted."""
    qualname = facts.qualname(call.func) or ""
    entry = qualname if qualname in AUTOGRAD_GRAD | AUTOGRAD_BACKWARD else "backward"
    return not unexpected_keyword(entry, [a.keyword.value for a in call.args if a.keyword])


def _method(call: cst.Call) -> str | None:
    return call.func.attr.value if isinstance(call.func, cst.Attribute) else None


def _container_values(node: cst.BaseExpression | None) -> list[cst.BaseExpression] | None:
    """The values of a list/tuple/dict literal without `*`/`**` unpacking, else None."""
    if isinstance(node, (cst.Tuple, cst.List)):
        if any(isinstance(e, cst.StarredElement) for e in node.elements):
            return None
        return [e.value for e in node.elements]
    if isinstance(node, cst.Dict):
        if not all(isinstance(e, cst.DictElement) for e in node.elements):
            return None
        return [e.value for e in node.elements]
    return None


def _elements(target: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The targets of `del a, b[0]`."""
    if isinstance(target, (cst.Tuple, cst.List)):
        return [e.value for e in target.elements]
    return [target]


def _frees(retain: cst.BaseExpression | None, create: cst.BaseExpression | None) -> bool:
    """Does this backward certainly free the graph? Only when neither flag can be true."""
    if retain is not None and not (isinstance(retain, cst.Name) and retain.value == "None"):
        return literal_bool(retain) is False
    return create is None or literal_bool(create) is False


def _local_names(func: cst.FunctionDef) -> set[str]:
    """The names a function binds itself (parameters and assignment targets, not those of
    nested functions): Python makes them local, so the caller's values do not reach in."""
    names = {p.name.value for p in (*func.params.posonly_params, *func.params.params,
                                     *func.params.kwonly_params)}

    class _Stores(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            names.add(node.name.value)
            return node is func

        def visit_ClassDef(self, node: cst.ClassDef) -> bool:
            names.add(node.name.value)
            return False

        def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
            names.update(n for n in target_names(node.target))

        def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
            names.update(n for n in target_names(node.target))

        def visit_AugAssign(self, node: cst.AugAssign) -> None:
            names.update(n for n in target_names(node.target))

        def visit_For(self, node: cst.For) -> None:
            names.update(n for n in target_names(node.target))

        def visit_AsName(self, node: cst.AsName) -> None:
            names.update(n for n in target_names(node.name))

        def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
            names.update(n for n in target_names(node.target))

    func.visit(_Stores())
    return names


def _forget(state: _State, name: str) -> None:
    state.names.pop(name, None)
    prefix = name + "."
    for key in [k for k in state.items if k == name or k.startswith(prefix)]:
        del state.items[key]
    for key in [k for k in state.names if k.startswith(prefix)]:
        del state.names[key]


class Scan:
    """What the conflict search needs from the whole file, gathered during the engine's one
    walk of the tree (the rule forwards its visits here): the scopes that run a backward
    pass (only those can hold a conflict), and the callables whose parameters an optimizer
    updates (`Adam(netG.parameters())`): calling those with grad mode on builds a graph
    even when their input has none."""

    def __init__(self, module: cst.Module, facts: Facts) -> None:
        self.facts = facts
        self.helpers = _backward_helpers(module)
        self.stack: list[cst.FunctionDef | None] = [None]
        self.backward_scopes: set[int] = set()
        self.functions: list[cst.FunctionDef] = []
        self.trained: set[str] = set()
        self.aliases: list[tuple[str, str]] = []
        """`self.model = model`: (the attribute, the name it holds)."""
        self.optimizers = 0

    def enter_function(self, node: cst.FunctionDef) -> None:
        self.functions.append(node)
        self.stack.append(node)

    def leave_function(self) -> None:
        self.stack.pop()

    def enter_call(self, node: cst.Call) -> None:
        qualname = self.facts.qualname(node.func) or ""
        if _is_optimizer(qualname):
            self.optimizers += 1
        elif self.optimizers and isinstance(node.func, cst.Attribute) and \
                node.func.attr.value in ("parameters", "named_parameters"):
            name = dotted(node.func.value)
            if name is not None:
                self.trained.add(name)
        backward = (isinstance(node.func, cst.Attribute) and node.func.attr.value == "backward") \
            or qualname in AUTOGRAD_BACKWARD or qualname in AUTOGRAD_GRAD \
            or (isinstance(node.func, cst.Name) and node.func.value in self.helpers) \
            or _passes_closure(node)
        if backward:
            self.backward_scopes.add(id(self.stack[-1]))

    def enter_assign(self, node: cst.Assign) -> None:
        source = dotted(node.value)
        if source is None:
            return
        for target in node.targets:
            name = dotted(target.target)
            if name is not None and "." in name:
                self.aliases.append((name, source))

    def trained_names(self) -> frozenset[str]:
        """The callables an optimizer trains, and the attributes that hold one
        (`self.model = model` with `SGD(model.parameters())`)."""
        return frozenset(self.trained | {name for name, source in self.aliases
                                         if source in self.trained})

    def leave_call(self, node: cst.Call) -> None:
        if _is_optimizer(self.facts.qualname(node.func) or ""):
            self.optimizers -= 1


def _passes_closure(call: cst.Call) -> bool:
    """`opt.step(closure)`: the step runs the closure's backward in this scope."""
    return isinstance(call.func, cst.Attribute) and call.func.attr.value == "step" and \
        len(call.args) == 1 and isinstance(call.args[0].value, cst.Name)


def _is_optimizer(qualname: str) -> bool:
    return qualname.startswith("torch.optim.") and qualname.rsplit(".", 1)[-1][:1].isupper()


def _backward_helpers(module: cst.Module) -> dict[str, set[int]]:
    """Module-level functions that unconditionally call `<param>.backward()` (no
    retain_graph): name -> positions of those parameters."""
    helpers: dict[str, set[int]] = {}
    for stmt in module.body:
        if not isinstance(stmt, cst.FunctionDef):
            continue
        params = [p.name.value for p in stmt.params.params]
        positions: set[int] = set()
        for line in stmt.body.body:
            if not isinstance(line, cst.SimpleStatementLine):
                continue
            for small in line.body:
                call = small.value if isinstance(small, cst.Expr) else None
                if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
                        and call.func.attr.value == "backward"
                        and isinstance(call.func.value, cst.Name)
                        and call.func.value.value in params):
                    continue
                if _frees(_argument(call, 1, "retain_graph"), _argument(call, 2, "create_graph")):
                    positions.add(params.index(call.func.value.value))
        if positions:
            helpers[stmt.name.value] = positions
    return helpers
