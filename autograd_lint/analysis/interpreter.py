"""A small abstract interpreter: walks each scope in order and records what every
expression is known to be.

Flow rules (DESIGN.md "Data flow"): statements run in order; re-binding a name replaces its
facts; after an `if`/`try`/loop the facts that disagree between paths become unknown
(absent); loop bodies are walked twice so the second walk starts from what the loop carries
around. Function bodies start from the module names bound exactly once, plus the
`self.<attr>` facts their class's `__init__` establishes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import libcst as cst

from autograd_lint.analysis import calls, devices, shapes, trainability
from autograd_lint.analysis.custom_functions import custom_forward
from autograd_lint.analysis.dataclass_fields import (
    Field,
    constructed_fields,
    declared_fields,
    is_dataclass,
)
from autograd_lint.analysis.facts import Facts
from autograd_lint.analysis.imports import dotted, target_names
from autograd_lint.analysis.tensors import (
    broadcast,
    literal_bool,
    literal_number_kind,
    matmul_shape,
    op_result,
    or3,
    promote,
)
from autograd_lint.analysis.tree import children, find, walk
from autograd_lint.analysis.values import Obj, Tensor, Value, merge_values

Env = dict[str, Value]


NN_MODULE_BASES = frozenset({"torch.nn.Module", "torch.nn.modules.module.Module"})


def merge_envs(envs: Sequence[Env]) -> Env:
    if not envs:
        return {}
    first, *rest = envs
    out: Env = {}
    for key, value in first.items():
        merged: Value | None = value
        for env in rest:
            merged = merge_values(merged, env.get(key))
            if merged is None:
                break
        if merged is not None:
            out[key] = merged
    return out


@dataclass
class _Loop:
    continues: list[Env] = field(default_factory=list)
    breaks: list[Env] = field(default_factory=list)


class _Terminated(Exception):
    """Internal signal: the rest of a block is unreachable (return/raise/break/continue)."""


class Interpreter:
    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.grad: bool | None = True
        self.loops: list[_Loop] = []
        self.deferred: list[tuple[cst.FunctionDef, Env]] = []
        self.module_bindings: Counter[str] = Counter()
        self.in_module_scope = True
        self.local_functions: dict[str, cst.FunctionDef] = {}
        # Top-level classes of this file by name -> their `__init__` (what `Net(8)` runs).
        self.constructors: dict[str, cst.FunctionDef] = {}
        # Top-level classes: their methods and the module names at their definition.
        self.top_classes: list[tuple[str, list[cst.FunctionDef], Env]] = []
        # Top-level classes that are not nn.Modules: name -> their methods by name; and
        # the call-site key (`Class.method`) of each of those methods, by id.
        self.plain_classes: dict[str, dict[str, cst.FunctionDef]] = {}
        self.instance_methods: dict[int, str] = {}
        # Their instances' `self.<attr>` facts from `__init__` (with the constructor's
        # argument facts once the module-level code has run), by class name.
        self.plain_attributes: dict[str, Env] = {}
        # Dataclasses whose instances hold exactly what the constructor was given: their
        # field names in order (`StepRecord(loss.item(), out).output` is `out`).
        self.records: dict[str, list[str]] = {}
        # The other plain classes: their methods and the module names at their definition,
        # to walk `__init__` with each constructor call's arguments (`records` then holds
        # the attributes it sets that no other method re-binds).
        self.constructed: dict[str, tuple[list[cst.FunctionDef], Env]] = {}
        self.constructing: set[str] = set()  # those whose `__init__` is being walked
        # What a method called on an instance at module level finds in `self`, per call.
        self.receiver_sites: dict[str, dict[int, Env]] = {}
        self.last_left: Env = {}
        """What the last summarised method left in `self.<attr>`."""
        # `self.<attr>` paths the class of the method being walked assigns and does not
        # define as methods: calling one (`self.model(x)`) runs a stored object, not code
        # of the class that could initialise the instance's tensors. By id of the method.
        self.class_data: dict[int, frozenset[str]] = {}
        self.data_attributes: frozenset[str] = frozenset()
        # Local nn.Module subclasses: name -> (forward, its `self.*` facts).
        self.module_classes: dict[str, tuple[cst.FunctionDef, Env]] = {}
        # The methods of those classes: id -> (their `self` name, the class name); and,
        # innermost last, the one being walked (None for other functions).
        self.instance_of: dict[int, tuple[str, str]] = {}
        self.selves: list[tuple[str, str] | None] = []
        # Their other methods: class name -> method name -> (method, its `self.*` facts).
        self.module_methods: dict[str, dict[str, tuple[cst.FunctionDef, Env]]] = {}
        # Attribute facts (`__init__`'s `self.<attr>`) of the nn.Module classes of this file,
        # by class name: what `model.<attr>` is on an instance.
        self.instance_attributes: dict[str, Env] = {}
        # Top-level `torch.autograd.Function` subclasses: name -> (static forward, whether
        # it takes `ctx` first), for what `Name.apply(x)` returns.
        self.custom_functions: dict[str, tuple[cst.FunctionDef, bool]] = {}
        # Top-level dataclasses with a `__post_init__` (and no `__init__`): name -> that
        # method, the fields and the module names at the class definition; and the class
        # name by id of the method. `__post_init__` is walked as their `__init__`.
        self.dataclasses: dict[str, tuple[cst.FunctionDef, list[Field], Env]] = {}
        self.post_inits: dict[int, str] = {}
        # The `records` dataclasses whose defaults are known: their fields and the module
        # names at the class definition (`Head()` holds what its default factories make).
        self.record_defaults: dict[str, tuple[list[Field], Env]] = {}
        self.summaries: dict[int, Value | None] = {}
        self.summarizing: set[int] = set()
        self.returns: list[list[Value | None]] = []
        self.return_envs: list[list[Env]] = []  # the environment at each of those returns
        # What a summarised method leaves in `self.<attr>` (by id of the method): the
        # attributes it assigns, as known at every return (`self.attn = softmax(...)`).
        self.summary_attributes: dict[int, Env] = {}
        self.call_sites: dict[str, dict[int, tuple[list[Value | None],
                                                   dict[str, Value | None]]]] = {}
        # Grad mode at each module-level call of a function of this file.
        self.call_grad: dict[str, list[bool | None]] = {}

    # ------------------------------------------------------------------ driver
    def run(self, module: cst.Module) -> None:
        self.facts.default_dtype_changed = _changes_default_dtype(module)
        self.local_functions = {stmt.name.value: stmt for stmt in module.body
                                if isinstance(stmt, cst.FunctionDef)}
        self.constructors = {stmt.name.value: init for stmt in module.body
                             if isinstance(stmt, cst.ClassDef)
                             and (init := _method(stmt, "__init__")) is not None}
        self.source = module.code
        self.freezes = "requires_grad_(" in self.source or \
            re.search(r"requires_grad\s*=\s*(?!True)", self.source) is not None
        env: Env = {}
        self.exec_block(module.body, env)
        self.in_module_scope = False
        globals_env = {k: v for k, v in env.items()
                       if self.module_bindings[k.split(".")[0]] == 1}
        self.facts.grad_on_functions |= {
            id(func) for name, func in self.local_functions.items()
            if any(grad is True for grad in self.call_grad.get(name, []))}
        self.facts.grad_on_functions |= {
            key for key, name in self.instance_methods.items()
            if any(grad is True for grad in self.call_grad.get(name, []))}
        self.facts.grad_on_functions |= {
            key for key, name in self.post_inits.items()
            if any(grad is True for grad in self.call_grad.get(name, []))}
        built = self.attributes_from_construction()
        index = 0
        while index < len(self.deferred):
            func, class_env = self.deferred[index]
            index += 1
            class_env = {**built.get(id(func), class_env), **self.receiver_facts(func)}
            self.exec_function(func, globals_env, {**self.argument_facts(func), **class_env})

    def attributes_from_construction(self) -> dict[int, Env]:
        """The `self.<attr>` facts of each method of a top-level class whose `__init__`
        gets parameter facts from the module-level calls that build it
        (`Trainer(nn.Linear(2, 1))` makes `self.model` a layer), by id of the method.
        Known only once the module-level code has run, after the class was defined."""
        built: dict[int, Env] = {}
        for name, methods, env in self.top_classes:
            init = self.construction_method(methods)
            post_init = init is not None and id(init) in self.post_inits
            arguments = self.field_facts(name) if post_init else \
                self.argument_facts(init) if init is not None else {}
            if not arguments:
                continue
            self_facts = self.class_attribute_facts(methods, env, arguments)
            if name in self.plain_attributes:
                self.plain_attributes[name] = self_facts
            for method in methods:
                first = _first_param(method)
                if first is not None and not _is_static(method):
                    # `__post_init__` starts from the fields, the others from its result.
                    state = arguments if post_init and method is init else self_facts
                    built[id(method)] = {f"{first}.{k}": v for k, v in state.items()}
        return built

    def receiver_facts(self, func: cst.FunctionDef) -> Env:
        """`self.<attr>` facts of a method of a plain class at entry, from the module-level
        calls on instances (`trainer.step(x)` then `trainer.log()`: what `step` left in
        `trainer.last_out`), when those are all its calls; what all of them agree on."""
        name = self.instance_methods.get(id(func))
        first = _first_param(func)
        sites = self.receiver_sites.get(name or "", {})
        if name is None or first is None or not sites or \
                not self.only_called_at_module_level(name, func.name.value):
            return {}
        states = list(sites.values())
        agreed: Env = {}
        for attr, value in states[0].items():
            merged: Value | None = value
            for state in states[1:]:
                merged = merge_values(merged, state.get(attr))
            if merged is not None:
                agreed[f"{first}.{attr}"] = merged
        return agreed

    def argument_facts(self, func: cst.FunctionDef) -> Env:
        """Parameter facts of a module-level function from its module-level calls, or of a
        top-level class's `__init__` from the module-level calls that build the class
        (`GaussianFit(data)` binds `data`, after `self`).

        Used only when every mention of the function's (class's) name in the file is its
        `def` (`class`) or one of those calls (so it is not also passed around as a
        callback, subclassed or named in `super(...)`), and only for the facts all calls
        agree on.
        """
        name = func.name.value
        skip = 0
        mention = None
        if id(func) in self.instance_methods:
            name, skip, mention = self.instance_methods[id(func)], 1, func.name.value
        elif self.local_functions.get(name) is not func:
            owner = next((c for c, init in self.constructors.items() if init is func), None)
            if owner is None:
                return {}
            name, skip = owner, 1
        sites = self.call_sites.get(name)
        if not sites or not self.only_called_at_module_level(name, mention):
            return {}
        params = (list(func.params.posonly_params) + list(func.params.params))[skip:]
        facts: Env = {}
        for index, param in enumerate(params):
            values = []
            for positional, keywords in sites.values():
                if index < len(positional):
                    values.append(positional[index])
                else:
                    values.append(keywords.get(param.name.value))
            merged = values[0]
            for value in values[1:]:
                merged = merge_values(merged, value)
            if merged is not None:
                facts[param.name.value] = merged
        return facts

    def field_facts(self, name: str) -> Env:
        """The field values of the instances of a dataclass (with `__post_init__`) from the
        module-level calls that build it, defaults included: what all calls agree on. Only
        when every mention of the class name is its `class` or one of those calls."""
        sites = self.call_sites.get(name)
        if not sites or not self.only_called_at_module_level(name):
            return {}
        _, fields, env = self.dataclasses[name]
        merged: dict[str, Value | None] = {}
        for positional, keywords in sites.values():
            values = constructed_fields(self, fields, env, positional, keywords)
            for field_name, value in values.items():
                merged[field_name] = merge_values(merged[field_name], value) \
                    if field_name in merged else value
        return {k: v for k, v in merged.items() if v is not None}

    def construction_method(self, methods: list[cst.FunctionDef]) -> cst.FunctionDef | None:
        """What building an instance runs: `__init__`, or a dataclass's `__post_init__`."""
        return next((m for m in methods if m.name.value == "__init__"
                     or id(m) in self.post_inits), None)

    def only_called_at_module_level(self, name: str, mention: str | None = None) -> bool:
        """Every mention of a module-level function's name in the file is its `def` or one
        of its module-level calls (it is not also passed around or called elsewhere).
        `mention`: the word to count when the sites are keyed otherwise (a method's
        `Class.method` sites, its name mentioned as `obj.method`)."""
        sites = self.call_sites.get(name)
        if not sites:
            return False
        word = mention or name
        mentions = len(re.findall(rf"\b{re.escape(word)}\b", self.source))
        return mentions == len(sites) + 1

    def exec_function(self, func: cst.FunctionDef, globals_env: Env, self_env: Env) -> None:
        """Walk a function body: module globals, minus its parameters, plus `self.*` facts."""
        env = dict(globals_env)
        for param in _all_params(func.params):
            _drop(env, param.name.value)
        for name in _globals_declared(func):
            _drop(env, name)
        env.update(self_env)
        saved_grad, saved_loops = self.grad, self.loops
        self.grad = _decorator_grad_mode(func, self.facts)
        self.loops = []
        self.data_attributes = self.class_data.get(id(func), frozenset())
        self.selves.append(self.instance_of.get(id(func)))
        try:
            self.exec_block(_block_body(func.body), env)
        finally:
            self.grad, self.loops = saved_grad, saved_loops
            self.data_attributes = frozenset()
            self.selves.pop()

    def current_instance(self, name: str) -> Obj | None:
        """`self` in a method of a module class of this file: the instance, so `self(x)`
        runs its forward and `self.encode(x)` its method. Not in a file that switches
        `requires_grad` anywhere (the instance may be frozen when the method runs)."""
        me = self.selves[-1] if self.selves else None
        if me is None or me[0] != name or self.freezes:
            return None
        return Obj("module", qualname=f"<local>.{me[1]}", dtype=None)

    # ------------------------------------------------------------------ statements
    def exec_block(self, body: Sequence[cst.BaseStatement | cst.BaseSmallStatement],
                   env: Env) -> bool:
        """Run statements in order, updating `env` in place.

        Returns False when the block cannot fall through (it returned, raised, broke out).
        """
        try:
            for stmt in body:
                self.exec_stmt(stmt, env)
        except _Terminated:
            return False
        return True

    def exec_stmt(self, stmt: cst.CSTNode, env: Env) -> None:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                self.exec_small(small, env)
        elif isinstance(stmt, cst.If):
            self.exec_if(stmt, env)
        elif isinstance(stmt, (cst.For, cst.While)):
            self.exec_loop(stmt, env)
        elif isinstance(stmt, cst.With):
            self.exec_with(stmt, env)
        elif isinstance(stmt, cst.Try | cst.TryStar):
            self.exec_try(stmt, env)
        elif isinstance(stmt, cst.FunctionDef):
            for dec in stmt.decorators:
                self.eval(dec.decorator, env)
            self.deferred.append((stmt, {}))
            self.bind_name(stmt.name.value, None, env)
        elif isinstance(stmt, cst.ClassDef):
            self.exec_class(stmt, env)
        elif isinstance(stmt, cst.Match):
            self.eval(stmt.subject, env)
            branches = []
            for case in stmt.cases:
                branch = dict(env)
                if self.exec_block(_block_body(case.body), branch):
                    branches.append(branch)
            branches.append(dict(env))
            _replace(env, merge_envs(branches))
        else:
            for child in children(stmt):
                if isinstance(child, cst.BaseExpression):
                    self.eval(child, env)

    def exec_small(self, stmt: cst.BaseSmallStatement, env: Env) -> None:
        if isinstance(stmt, cst.Expr):
            value = self.eval(stmt.value, env)
            if isinstance(stmt.value, cst.Call) and isinstance(value, Obj) and \
                    self.facts.qualname(stmt.value.func) in calls.SET_GRAD_ENABLED:
                self.grad = value.grad_enabled  # torch.set_grad_enabled(False) as a statement
        elif isinstance(stmt, cst.Assign):
            value = self.eval(stmt.value, env)
            for target in stmt.targets:
                self.bind(target.target, value, env, stmt.value)
        elif isinstance(stmt, cst.AnnAssign):
            if stmt.value is not None:
                self.bind(stmt.target, self.eval(stmt.value, env), env, stmt.value)
        elif isinstance(stmt, cst.AugAssign):
            self.exec_augassign(stmt, env)
        elif isinstance(stmt, cst.Return):
            value = self.eval(stmt.value, env) if stmt.value is not None else None
            if self.returns:
                self.returns[-1].append(value)
                self.return_envs[-1].append(dict(env))
            raise _Terminated
        elif isinstance(stmt, cst.Raise):
            if stmt.exc is not None:
                self.eval(stmt.exc, env)
            raise _Terminated
        elif isinstance(stmt, cst.Break):
            if self.loops:
                self.loops[-1].breaks.append(dict(env))
            raise _Terminated
        elif isinstance(stmt, cst.Continue):
            if self.loops:
                self.loops[-1].continues.append(dict(env))
            raise _Terminated
        elif isinstance(stmt, cst.Del):
            self.mark_store(stmt.target)
            for name in target_names(stmt.target):
                _drop(env, name)
        elif isinstance(stmt, (cst.Global, cst.Nonlocal)):
            for item in stmt.names:
                _drop(env, item.name.value)
        elif isinstance(stmt, cst.Assert):
            self.eval(stmt.test, env)
        elif isinstance(stmt, (cst.Import, cst.ImportFrom)):
            names = stmt.names if not isinstance(stmt.names, cst.ImportStar) else ()
            for alias in names:
                local = alias.evaluated_alias or alias.evaluated_name
                self.bind_name(local.split(".")[0], None, env)

    def exec_augassign(self, stmt: cst.AugAssign, env: Env) -> None:
        old = self.eval(stmt.target, env)
        other = self.eval(stmt.value, env)
        self.mark_store(stmt.target)
        result = self.binop(old, other, stmt.operator)
        if isinstance(old, Tensor) and isinstance(result, Tensor):
            # In place: the same tensor object, so leaf-ness changes only if a graph appears.
            if result.requires_grad is True and old.requires_grad is not True:
                result = old.evolve(requires_grad=True, is_leaf=False)
            elif result.requires_grad is None and old.requires_grad is not True:
                result = old.evolve(requires_grad=None, is_leaf=None)
            else:
                result = old
        if isinstance(stmt.target, (cst.Name, cst.Attribute)):
            self.bind(stmt.target, result, env, None, mark=False)
        elif isinstance(stmt.target, cst.Subscript):
            self.write_into(stmt.target, other, env)

    def exec_if(self, stmt: cst.If, env: Env) -> None:
        self.eval(stmt.test, env)
        then_env = dict(env)
        narrowed = self.isinstance_module(stmt.test)
        if narrowed is not None:
            then_env[narrowed[0]] = narrowed[1]
        outs = []
        if self.exec_block(_block_body(stmt.body), then_env):
            outs.append(then_env)
        else_env = dict(env)
        orelse = stmt.orelse
        if isinstance(orelse, cst.If):
            self.exec_if(orelse, else_env)
            outs.append(else_env)
        elif isinstance(orelse, cst.Else):
            if self.exec_block(_block_body(orelse.body), else_env):
                outs.append(else_env)
        else:
            outs.append(else_env)
        if not outs:
            _replace(env, {})
            raise _Terminated
        _replace(env, merge_envs(outs))

    def isinstance_module(self, test: cst.BaseExpression) -> tuple[str, Obj] | None:
        """`isinstance(m, nn.Linear)` / `isinstance(m, (nn.Conv2d, nn.Linear))`: inside the
        branch `m` is a torch layer with weight and bias parameters."""
        if not (isinstance(test, cst.Call) and isinstance(test.func, cst.Name)
                and test.func.value == "isinstance" and len(test.args) == 2):
            return None
        subject = dotted(test.args[0].value)
        classes = test.args[1].value
        nodes = [e.value for e in classes.elements] if isinstance(classes, cst.Tuple) \
            else [classes]
        names = [self.facts.qualname(n) or "" for n in nodes]
        if subject is None or not names or not all(
                n.startswith("torch.nn.") and n.rsplit(".", 1)[-1] in calls.LAYERS_WITH_PARAMETERS
                for n in names):
            return None
        return subject, Obj("module", qualname=names[0], dtype=None, has_parameters=True)

    def exec_loop(self, stmt: cst.For | cst.While, env: Env) -> None:
        if isinstance(stmt, cst.For):
            trainability.apply_loop(stmt, env)  # `for p in m.parameters(): p.requires_grad...`
        before = dict(env)
        start = dict(env)
        for pass_number in range(2):
            body_env = dict(start)
            loop = _Loop()
            self.loops.append(loop)
            try:
                if isinstance(stmt, cst.For):
                    element = self.iter_element(self.eval(stmt.iter, body_env))
                    self.bind(stmt.target, element, body_env, None)
                else:
                    self.eval(stmt.test, body_env)
                falls = self.exec_block(_block_body(stmt.body), body_env)
            finally:
                self.loops.pop()
            ends = ([body_env] if falls else []) + loop.continues
            if pass_number == 0:
                start = merge_envs([before, *ends])
        after = merge_envs([start, *ends, *loop.breaks])
        if stmt.orelse is not None:
            self.exec_block(_block_body(stmt.orelse.body), after)
        _replace(env, after)

    def exec_with(self, stmt: cst.With, env: Env) -> None:
        saved = self.grad
        for item in stmt.items:
            value = self.eval(item.item, env)
            if isinstance(value, Obj) and value.kind == "grad_ctx":
                self.grad = value.grad_enabled
            if item.asname is not None:
                self.bind(item.asname.name, None, env, None)
        try:
            falls = self.exec_block(_block_body(stmt.body), env)
        finally:
            self.grad = saved
        if not falls:
            raise _Terminated  # `with torch.no_grad(): return model(x)`

    def exec_try(self, stmt: cst.Try | cst.TryStar, env: Env) -> None:
        before = dict(env)
        body_env = dict(env)
        falls = self.exec_block(_block_body(stmt.body), body_env)
        outs = []
        if falls:
            if stmt.orelse is not None:
                falls = self.exec_block(_block_body(stmt.orelse.body), body_env)
            if falls:
                outs.append(body_env)
        for handler in stmt.handlers:
            h_env = merge_envs([before, body_env])
            if handler.name is not None:
                self.bind(handler.name.name, None, h_env, None)
            if self.exec_block(_block_body(handler.body), h_env):
                outs.append(h_env)
        merged = merge_envs(outs) if outs else {}
        if stmt.finalbody is not None:
            self.exec_block(_block_body(stmt.finalbody.body), merged)
        _replace(env, merged)
        if not outs:
            raise _Terminated

    def exec_class(self, stmt: cst.ClassDef, env: Env) -> None:
        for dec in stmt.decorators:
            self.eval(dec.decorator, env)
        for base in stmt.bases:
            self.eval(base.value, env)
        class_env = dict(env)
        methods: list[cst.FunctionDef] = []
        saved_scope, self.in_module_scope = self.in_module_scope, False
        for item in _block_body(stmt.body):
            if isinstance(item, cst.FunctionDef):
                methods.append(item)
            else:
                self.exec_stmt(item, class_env)
        self.in_module_scope = saved_scope
        post_init = next((m for m in methods if m.name.value == "__post_init__"), None)
        declared = declared_fields(stmt) if is_dataclass(stmt, self.facts) else None
        if saved_scope and post_init is not None and declared is not None and \
                not any(m.name.value == "__init__" for m in methods):
            self.dataclasses[stmt.name.value] = (post_init, declared, dict(env))
            self.post_inits[id(post_init)] = stmt.name.value
        self_facts = self.class_attribute_facts(methods, env)
        if saved_scope:
            self.top_classes.append((stmt.name.value, methods, dict(env)))
            forward = custom_forward(stmt, self.facts)
            if forward is not None:
                self.custom_functions[stmt.name.value] = forward
        is_module = any(self.facts.qualname(b.value) in NN_MODULE_BASES for b in stmt.bases)
        if saved_scope and not is_module:
            own = {m.name.value: m for m in methods
                   if not _is_static(m) and not m.name.value.startswith("__")}
            self.plain_classes[stmt.name.value] = own
            self.plain_attributes[stmt.name.value] = self_facts
            fields = _record_fields(stmt, methods, self.facts)
            if fields is not None and declared is not None and \
                    [name for name, _ in declared] == fields:
                self.record_defaults[stmt.name.value] = (declared, dict(env))
            if fields is None:
                fields = _kept_attributes(methods)
                self.constructed[stmt.name.value] = (methods, dict(env))
            self.records[stmt.name.value] = fields
            self.instance_methods.update(
                (id(m), f"{stmt.name.value}.{name}") for name, m in own.items())
        data = _data_attributes(methods)
        for method in methods:
            for dec in method.decorators:
                self.eval(dec.decorator, class_env)
            first = _first_param(method)
            renamed: Env = {}
            if first is not None and not _is_static(method):
                renamed = {f"{first}.{k}": v for k, v in self_facts.items()}
                self.class_data[id(method)] = frozenset(f"{first}.{name}" for name in data)
            self.deferred.append((method, renamed))
            if is_module and saved_scope and first is not None and not _is_static(method):
                self.instance_of[id(method)] = (first, stmt.name.value)
            if is_module and saved_scope and method.name.value == "forward":
                self.module_classes[stmt.name.value] = (method, renamed)
            elif is_module and saved_scope and not _is_static(method) and \
                    not method.name.value.startswith("__"):
                self.module_methods.setdefault(stmt.name.value, {})[method.name.value] = \
                    (method, renamed)
        if is_module and saved_scope:
            self.instance_attributes[stmt.name.value] = self_facts
            built = _graphs_built_once(methods, self_facts)
            if built:
                self.facts.init_graphs[stmt.name.value] = built
        self.bind_name(stmt.name.value, Obj("class", qualname=stmt.name.value)
                       if stmt.name.value in self.instance_attributes else None, env)

    def summarize(self, func: cst.FunctionDef, self_env: Env,
                  globals_env: Env | None = None) -> Value | None:
        """What a function returns, walked with unknown arguments.

        `globals_env`: the module's names at a module-level call (the function reads its
        globals as they are at that moment); such a summary is not cached. Without it the
        function sees no globals and the summary is computed once.
        The walk's per-node records are thrown away: the function's own deferred walk,
        with the facts of its real context, records them.
        """
        key = id(func)
        if globals_env is None and key in self.summaries:
            return self.summaries[key]
        if key in self.summarizing or func.asynchronous is not None or \
                find(func.body, _is_yield, _is_scope):
            return None  # recursion, generators, coroutines: unknown
        self.summarizing.add(key)
        self.selves.append(self.instance_of.get(key))
        saved = (dict(self.facts.values), dict(self.facts.grad_mode), len(self.deferred),
                 self.grad, self.loops, self.in_module_scope)
        self.returns.append([])
        self.return_envs.append([])
        try:
            env = dict(globals_env or {})
            for param in _all_params(func.params):
                _drop(env, param.name.value)
            env.update(self_env)
            self.grad, self.loops, self.in_module_scope = \
                _decorator_grad_mode(func, self.facts), [], False
            falls = self.exec_block(_block_body(func.body), env)
            values = self.returns[-1] + ([None] if falls else [])
            ends = self.return_envs[-1] + ([env] if falls else [])
        finally:
            self.returns.pop()
            self.return_envs.pop()
            values_saved, grad_saved, deferred, self.grad, self.loops, self.in_module_scope = \
                saved
            self.facts.values, self.facts.grad_mode = values_saved, grad_saved
            del self.deferred[deferred:]
            self.summarizing.discard(key)
            self.selves.pop()
        result = values[0] if values else None
        for value in values[1:]:
            result = merge_values(result, value)
        self.last_left = _left_in_self(func, ends)
        if globals_env is None:
            self.summaries[key] = result
            self.summary_attributes[key] = self.last_left
        return result

    def class_attribute_facts(self, methods: list[cst.FunctionDef], env: Env,
                              arguments: Env | None = None) -> Env:
        """`self.<attr>` facts set in `__init__` and never re-bound by another method.
        `arguments`: what `__init__`'s parameters are known to be; for a dataclass,
        whose `__post_init__` is walked instead, what its fields are."""
        init = self.construction_method(methods)
        if init is None:
            return {}
        first = _first_param(init)
        if first is None:
            return {}
        saved_values = dict(self.facts.values)
        saved_deferred = len(self.deferred)
        saved_scope, self.in_module_scope = self.in_module_scope, False
        init_env = dict(env)
        for param in _all_params(init.params):
            _drop(init_env, param.name.value)
        if id(init) in self.post_inits:
            init_env.update({f"{first}.{k}": v for k, v in (arguments or {}).items()})
        else:
            init_env.update(arguments or {})
        saved_grad, saved_loops = self.grad, self.loops
        self.grad, self.loops = True, []
        try:
            self.exec_block(_block_body(init.body), init_env)
        finally:
            self.grad, self.loops = saved_grad, saved_loops
            self.in_module_scope = saved_scope
            del self.deferred[saved_deferred:]
        # The deferred walk of __init__ records its own values; drop this pre-walk's.
        self.facts.values = saved_values
        prefix = first + "."
        attrs = {k[len(prefix):]: v for k, v in init_env.items() if k.startswith(prefix)}
        for method in methods:
            if method is init:
                continue
            owner = _first_param(method)
            if owner is None:
                continue
            plain = _assigned_self_attributes(method, owner, augmented=False)
            for name in _assigned_self_attributes(method, owner):
                if name not in plain and _same_after_update(attrs.get(name)):
                    continue  # `self.w -= lr * self.w.grad`: the same leaf, changed in place
                attrs = {k: v for k, v in attrs.items()
                         if k != name and not k.startswith(name + ".")}
        return attrs

    # ------------------------------------------------------------------ binding
    def bind(self, target: cst.BaseExpression, value: Value | None, env: Env,
             value_node: cst.BaseExpression | None, *, mark: bool = True) -> None:
        if mark:
            self.mark_store(target)
        if isinstance(target, cst.Name):
            self.bind_name(target.value, value, env)
        elif isinstance(target, cst.Attribute):
            self.bind_attribute(target, value, env, value_node)
        elif isinstance(target, (cst.Tuple, cst.List)):
            elements = target.elements
            values: list[Value | None] = [None] * len(elements)
            if isinstance(value_node, (cst.Tuple, cst.List)) and len(value_node.elements) == \
                    len(elements) and not any(isinstance(e, cst.StarredElement)
                                              for e in value_node.elements):
                values = [self.facts.value(e.value) for e in value_node.elements]
            elif isinstance(value, Obj) and value.kind == "tuple" and \
                    len(value.elements) == len(elements):
                values = list(value.elements)
            elif isinstance(value, Obj) and value.kind == "tensors" and value.elements:
                values = [value.elements[0]] * len(elements)  # `a, b = x.chunk(2)`
            for element, element_value in zip(elements, values, strict=True):
                inner = element.value
                if isinstance(element, cst.StarredElement):
                    element_value = None
                self.bind(inner, element_value, env, None, mark=False)
        elif isinstance(target, cst.Subscript):
            self.write_into(target, value, env)
        elif isinstance(target, cst.StarredElement):
            self.bind(target.value, None, env, None, mark=False)

    def bind_name(self, name: str, value: Value | None, env: Env) -> None:
        if self.in_module_scope:
            self.module_bindings[name] += 1
        _drop(env, name)
        if value is not None:
            env[name] = value

    def bind_attribute(self, target: cst.Attribute, value: Value | None, env: Env,
                       value_node: cst.BaseExpression | None) -> None:
        base = self.eval(target.value, env)
        path = dotted(target.value)
        trainability.touch(env, target.value)  # `model.fc = nn.Linear(...)` may unfreeze
        attr = target.attr.value
        if isinstance(base, Tensor) and path is not None:
            if attr == "requires_grad":
                flag = literal_bool(value_node)
                env[path] = base.evolve(requires_grad=flag, is_leaf=base.is_leaf
                                        if flag is not None else None)
                return
            if attr == "data":
                env[path] = base.evolve(
                    shape=value.shape if isinstance(value, Tensor) else None,
                    dtype=value.dtype if isinstance(value, Tensor) else None,
                    uninitialized=False,
                )
                return
            if attr in ("grad", "grad_fn"):
                return
        full = dotted(target)
        if full is None:
            return
        _drop(env, full)
        if value is not None:
            env[full] = value

    def write_into(self, target: cst.Subscript, value: Value | None, env: Env) -> None:
        """`t[i] = v`: an in-place write; a graph appears in `t` if `v` carries one."""
        self.mark_store(target)
        base = self.eval(target.value, env)
        for element in target.slice:
            if isinstance(element.slice, cst.Index):
                self.eval(element.slice.value, env)
        path = dotted(target.value)
        trainability.touch(env, target.value)  # `model.classifier[6] = nn.Linear(...)`
        if isinstance(base, Obj) and base.kind == "dict" and path is not None:
            # `state["w"] = ...`; the first item written into an empty dict.
            merged = merge_values(base.elements[0], value) if base.elements else value
            if isinstance(merged, Tensor):
                env[path] = Obj("dict", elements=(merged,))
            else:
                env.pop(path, None)
            return
        if not isinstance(base, Tensor) or path is None:
            return
        incoming = value.requires_grad if isinstance(value, Tensor) else False
        if base.requires_grad is True or incoming is False:
            env[path] = base.evolve(uninitialized=False)
        elif incoming is True and self.grad is True:
            env[path] = base.evolve(requires_grad=True, is_leaf=False, uninitialized=False)
        else:
            env[path] = base.evolve(requires_grad=None, is_leaf=None, uninitialized=False)

    def mark_store(self, target: cst.BaseExpression) -> None:
        self.facts.stores.add(id(target))

    def iter_element(self, iterable: Value | None) -> Value | None:
        """What `for x in iterable` binds `x` to."""
        if isinstance(iterable, Tensor):
            # `for row in x`: each item is `x[i]`, a view made with the current grad mode.
            shape = iterable.shape[1:] if iterable.shape else None
            return op_result(iterable.requires_grad, self.grad, shape, iterable.dtype)
        if not isinstance(iterable, Obj):
            return None
        if iterable.kind == "params":
            return calls.parameter_tensor()
        if iterable.kind == "named_params":
            return Obj("tuple", elements=(None, calls.parameter_tensor()))
        if iterable.kind == "zip":
            return Obj("tuple", elements=iterable.elements)
        if iterable.kind == "tensors" and iterable.elements:
            return iterable.elements[0]
        if iterable.kind == "tuple" and iterable.elements:
            # `for p in [w, b]`: each item in turn, so what all of them agree on.
            merged = iterable.elements[0]
            for element in iterable.elements[1:]:
                merged = merge_values(merged, element)
            return merged
        return None

    def record_call_site(self, name: str, node: cst.Call, positional: list[cst.BaseExpression],
                         keywords: dict[str, cst.BaseExpression]) -> None:
        """Arguments of a module-level call to a function of this file (for its parameters):
        a function, a class's constructor, or `Class.method` called on an instance."""
        klass, _, method = name.partition(".")
        known = name in self.local_functions or name in self.constructors or \
            name in self.dataclasses or method in self.plain_classes.get(klass, {})
        if self.in_module_scope and known:
            self.call_sites.setdefault(name, {})[id(node)] = (
                [self.facts.value(a) for a in positional],
                {k: self.facts.value(v) for k, v in keywords.items()},
            )
            self.call_grad.setdefault(name, []).append(self.grad)

    # ------------------------------------------------------------------ expressions
    def eval(self, node: cst.BaseExpression, env: Env) -> Value | None:
        value = self._eval(node, env)
        key = id(node)
        if value is None:
            self.facts.values.pop(key, None)
        else:
            self.facts.values[key] = value
        if self.grad is not True:
            self.facts.grad_mode[key] = self.grad
        else:
            self.facts.grad_mode.pop(key, None)
        return value

    def _eval(self, node: cst.BaseExpression, env: Env) -> Value | None:
        if isinstance(node, cst.Name):
            if node.value in ("True", "False"):
                return Obj("number", number="bool", constant=node.value == "True")
            return env.get(node.value)
        if isinstance(node, cst.Attribute):
            return self.eval_attribute(node, env)
        if isinstance(node, cst.Call):
            return calls.eval_call(self, node, env)
        if isinstance(node, cst.BinaryOperation):
            left = self.eval(node.left, env)
            right = self.eval(node.right, env)
            return self.binop(left, right, node.operator)
        if isinstance(node, cst.UnaryOperation):
            operand = self.eval(node.expression, env)
            if isinstance(operand, Tensor) and not isinstance(node.operator, cst.Not):
                return shapes.at_least_as_big(op_result(operand.requires_grad, self.grad,
                                                        operand.shape, operand.dtype), operand)
            return operand if isinstance(operand, Obj) and operand.kind == "number" else None
        kind = literal_number_kind(node)
        if kind is not None:
            return Obj("number", number=kind)
        if isinstance(node, cst.SimpleString):
            text = node.evaluated_value
            return Obj("str", constant=text) if isinstance(text, str) else None
        if isinstance(node, cst.Subscript):
            return self.eval_subscript(node, env)
        if isinstance(node, cst.Comparison):
            return self.eval_comparison(node, env)
        if isinstance(node, (cst.Tuple, cst.List)):
            items = tuple(self.eval(e.value, env) for e in node.elements)
            if any(isinstance(e, cst.StarredElement) for e in node.elements):
                return None
            return Obj("tuple", elements=items)
        if isinstance(node, cst.Dict):
            return self.eval_dict(node, env)
        if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
            element = self.eval_comprehension(node, env)
            if _list_item(element) and not isinstance(node, (cst.SetComp, cst.DictComp)):
                return Obj("tensors", elements=(element,))
            return None
        if isinstance(node, cst.Lambda):
            inner = dict(env)
            for param in _all_params(node.params):
                _drop(inner, param.name.value)
            self.eval(node.body, inner)
            return None
        if isinstance(node, cst.NamedExpr):
            value = self.eval(node.value, env)
            self.bind(node.target, value, env, node.value)
            return value
        if isinstance(node, cst.IfExp):
            self.eval(node.test, env)
            return merge_values(self.eval(node.body, env), self.eval(node.orelse, env))
        self.eval_children(node, env)
        return None

    def eval_children(self, node: cst.CSTNode, env: Env) -> None:
        for child in _expression_children(node):
            self.eval(child, env)

    def eval_dict(self, node: cst.Dict, env: Env) -> Value | None:
        """`{"w": w0, "b": b0}` whose values are all tensors: a dict whose every value is
        like what they agree on (kind "dict"), so `state["w"]` is such a tensor. `{}`: a
        dict with no items yet (the tensors written into it make it such a dict)."""
        self.eval_children(node, env)
        values = [self.facts.value(e.value) for e in node.elements]
        if not node.elements:
            return Obj("dict")
        if not all(isinstance(e, cst.DictElement) for e in node.elements):
            return None  # `**other` merged in
        merged = values[0]
        for value in values[1:]:
            merged = merge_values(merged, value)
        return Obj("dict", elements=(merged,)) if isinstance(merged, Tensor) else None

    def eval_comparison(self, node: cst.Comparison, env: Env) -> Value | None:
        """`a < b` on tensors is a bool tensor without a graph; `is`/`in` are Python's."""
        operands = [self.eval(node.left, env)]
        operands += [self.eval(target.comparator, env) for target in node.comparisons]
        if any(isinstance(t.operator, (cst.Is, cst.IsNot, cst.In, cst.NotIn))
               for t in node.comparisons):
            return None
        if len(operands) == 2 and all(isinstance(v, Obj) and v.kind == "str"
                                      and v.constant is not None for v in operands):
            return _string_comparison(operands, node.comparisons[0].operator)
        tensors = [v for v in operands if isinstance(v, Tensor)]
        if not tensors or len(operands) != 2:
            return None
        shape = tensors[0].shape if len(tensors) == 1 else broadcast(tensors[0].shape,
                                                                      tensors[1].shape)
        return Tensor(requires_grad=False, is_leaf=True, shape=shape, dtype="bool",
                      device=tensors[0].device, origin="a comparison")

    def eval_comprehension(self, node: cst.BaseComp | cst.DictComp, env: Env) -> Value | None:
        """Walk a comprehension in its own scope; the value of one element, if known."""
        inner = dict(env)
        clause: cst.CompFor | None = node.for_in
        while clause is not None:
            element = self.iter_element(self.eval(clause.iter, inner))
            self.bind(clause.target, element, inner, None)
            for cond in clause.ifs:
                self.eval(cond.test, inner)
            clause = clause.inner_for_in
        if isinstance(node, cst.DictComp):
            self.eval(node.key, inner)
            self.eval(node.value, inner)
            return None
        return self.eval(node.elt, inner)

    def eval_attribute(self, node: cst.Attribute, env: Env) -> Value | None:
        path = dotted(node)
        if path is not None and path in env:
            self.eval(node.value, env)
            return env[path]
        base = self.eval(node.value, env)
        attr = node.attr.value
        if base is None and (dtype := devices.dtype_of(node, self.facts)) is not None:
            return Obj("dtype", qualname=dtype)  # `torch.float64`, kept in names and arguments
        if isinstance(base, Tensor):
            if attr in ("grad", "data"):
                return Tensor(requires_grad=False, is_leaf=True, shape=base.shape,
                              dtype=base.dtype, origin=f".{attr} of a tensor",
                              no_graph=f"it is .{attr} of a tensor")
            if attr in ("T", "mT", "H", "mH", "real", "imag"):
                shape = base.shape[::-1] if base.shape is not None and attr == "T" else None
                return op_result(base.requires_grad, self.grad, shape, base.dtype)
            return None
        if isinstance(base, Obj) and base.kind == "instance" and \
                attr in self.records.get(base.qualname, ()):
            position = self.records[base.qualname].index(attr)
            return base.elements[position] if position < len(base.elements) else None
        if isinstance(base, Obj) and base.qualname == "torch.return_types" and \
                attr in ("values", "indices"):
            return base.elements[0 if attr == "values" else 1]  # `x.max(dim=1).values`
        if isinstance(base, Obj) and base.kind == "module" and attr in ("weight", "bias"):
            if base.qualname.rsplit(".", 1)[-1] in calls.LAYERS_WITH_PARAMETERS:
                return calls.parameter_tensor(dtype=base.dtype)
        return self.instance_attribute(base, attr)

    def instance_attribute(self, base: Value | None, attr: str) -> Value | None:
        """`model.<attr>` of an instance of a module class of this file: the value its
        `__init__` gave `self.<attr>` (no other method re-binds it). Only for an instance
        whose parameters were not frozen or touched since (`trainable` True)."""
        if not (isinstance(base, Obj) and base.kind == "module" and base.trainable is True
                and base.qualname.startswith("<local>.")):
            return None
        return self.instance_attributes.get(base.qualname[len("<local>."):], {}).get(attr)

    def eval_subscript(self, node: cst.Subscript, env: Env) -> Value | None:
        base = self.eval(node.value, env)
        for element in node.slice:
            if isinstance(element.slice, cst.Index):
                self.eval(element.slice.value, env)
            else:
                self.eval_children(element.slice, env)
        if isinstance(base, Tensor):
            return op_result(base.requires_grad, self.grad,
                             shapes.index(base.shape, list(node.slice)), base.dtype)
        if isinstance(base, Obj) and base.kind in ("tensors", "dict") and base.elements and \
                len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
            return base.elements[0]  # `x.chunk(2)[0]`, `state["w"]`
        sequential = isinstance(base, Obj) and base.kind == "module" and \
            base.qualname == "torch.nn.Sequential" and base.trainable is True
        if (sequential or isinstance(base, Obj) and base.kind == "tuple") and \
                len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
            position = shapes.signed_int(node.slice[0].slice.value)
            if position is not None and -len(base.elements) <= position < len(base.elements):
                return base.elements[position]  # `out, attn = layer(x)` read as `[1]`
        return None

    def binop(self, left: Value | None, right: Value | None,
              operator: cst.BaseBinaryOp | cst.BaseAugOp) -> Value | None:
        if not isinstance(left, Tensor) and not isinstance(right, Tensor):
            if isinstance(left, Obj) and isinstance(right, Obj) and \
                    left.kind == right.kind == "number":
                return left
            return None
        if left is None or right is None:
            # `tensor * unknown`: still a tensor; a graph flows through if one side has one.
            known = left if isinstance(left, Tensor) else right
            assert isinstance(known, Tensor)
            result = op_result(True if known.requires_grad is True else None, self.grad)
            result = result.evolve(per_sample=True) if known.per_sample else result
            return result if isinstance(operator, (cst.MatrixMultiply,
                                                   cst.MatrixMultiplyAssign)) \
                else shapes.at_least_as_big(result, known)
        if isinstance(left, Obj) and left.kind != "number":
            return None
        if isinstance(right, Obj) and right.kind != "number":
            return None
        matmul = isinstance(operator, (cst.MatrixMultiply, cst.MatrixMultiplyAssign))
        true_div = isinstance(operator, (cst.Divide, cst.DivideAssign))
        lrg = left.requires_grad if isinstance(left, Tensor) else False
        rrg = right.requires_grad if isinstance(right, Tensor) else False
        lshape = left.shape if isinstance(left, Tensor) else ()
        rshape = right.shape if isinstance(right, Tensor) else ()
        shape = matmul_shape(lshape, rshape) if matmul else broadcast(lshape, rshape)
        per_sample = not matmul and any(isinstance(v, Tensor) and v.per_sample
                                        for v in (left, right))
        result = op_result(or3(lrg, rrg), self.grad, shape, promote(left, right, true_div))
        result = result.evolve(per_sample=per_sample) if per_sample else result
        return result if matmul else shapes.at_least_as_big(result, left, right)


# ---------------------------------------------------------------------- helpers
def _left_in_self(method: cst.FunctionDef, ends: list[Env]) -> Env:
    """The `self.<attr>` a method assigns, as every way out of it leaves them."""
    owner = _first_param(method)
    if owner is None or _is_static(method) or not ends:
        return {}
    left: Env = {}
    for name in _assigned_self_attributes(method, owner):
        merged = ends[0].get(f"{owner}.{name}")
        for env in ends[1:]:
            merged = merge_values(merged, env.get(f"{owner}.{name}"))
        if merged is not None:
            left[name] = merged
    return left


def _graphs_built_once(methods: list[cst.FunctionDef], self_facts: Env
                       ) -> list[cst.BaseExpression]:
    """The values `__init__` assigns once to `self.<attr>` that are non-leaf tensors
    requiring grad and that `forward` reads: a graph built at construction."""
    init = next((m for m in methods if m.name.value == "__init__"), None)
    forward = next((m for m in methods if m.name.value == "forward"), None)
    if init is None or forward is None:
        return []
    owner, reader = _first_param(init), _first_param(forward)
    if owner is None or reader is None:
        return []
    read = {dotted(n) for n in walk(forward.body) if isinstance(n, cst.Attribute)}
    assigned: dict[str, list[cst.BaseExpression]] = {}
    for node in walk(init.body, _is_scope):
        if isinstance(node, cst.Assign) and len(node.targets) == 1:
            name = dotted(node.targets[0].target)
            if name is not None and name.startswith(owner + "."):
                assigned.setdefault(name[len(owner) + 1:], []).append(node.value)
    built = []
    for attr, values in assigned.items():
        value = self_facts.get(attr)
        if len(values) == 1 and isinstance(value, Tensor) and \
                value.known_nonleaf_with_grad and f"{reader}.{attr}" in read:
            built.append(values[0])
    return built


def _kept_attributes(methods: list[cst.FunctionDef]) -> list[str]:
    """The attributes `__init__` sets that no other method re-binds, in a fixed order."""
    init = next((m for m in methods if m.name.value == "__init__"), None)
    owner = _first_param(init) if init is not None else None
    if init is None or owner is None:
        return []
    rebound: set[str] = set()
    for method in methods:
        if method is not init:
            rebound |= _assigned_self_attributes(method, _first_param(method) or "")
    return sorted(_assigned_self_attributes(init, owner) - rebound)


def _record_fields(stmt: cst.ClassDef, methods: list[cst.FunctionDef],
                   facts: Facts) -> list[str] | None:
    """The fields of a `@dataclass` whose instances keep what they were built with: no
    `__post_init__`, no method assigning an attribute, no `InitVar`/`ClassVar` fields."""
    decorated = any(facts.qualname(d.decorator.func if isinstance(d.decorator, cst.Call)
                                   else d.decorator) == "dataclasses.dataclass"
                    for d in stmt.decorators)
    if not decorated or any(
            m.name.value == "__post_init__" or _assigned_self_attributes(m, _first_param(m) or "")
            for m in methods):
        return None
    fields: list[str] = []
    for line in _block_body(stmt.body):
        if not isinstance(line, cst.SimpleStatementLine):
            continue
        for small in line.body:
            if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                annotation = dotted(small.annotation.annotation) or ""
                if isinstance(small.annotation.annotation, cst.Subscript):
                    annotation = dotted(small.annotation.annotation.value) or ""
                if annotation.rsplit(".", 1)[-1] in ("InitVar", "ClassVar"):
                    return None
                fields.append(small.target.value)
    return fields


def _string_comparison(operands: list[Value | None],
                       operator: cst.BaseCompOp) -> Obj | None:
    """`phase == "train"` where both strings are known: a known bool."""
    left, right = (v.constant if isinstance(v, Obj) else None for v in operands)
    if isinstance(operator, cst.Equal):
        return Obj("number", number="bool", constant=left == right)
    if isinstance(operator, cst.NotEqual):
        return Obj("number", number="bool", constant=left != right)
    return None


def _list_item(value: Value | None) -> bool:
    """Can a list of such values be tracked (kind "tensors": every item is like the one
    element)? A tensor, or a tuple holding one (`[(x, y) for ...]`, a batch list)."""
    return isinstance(value, Tensor) or (
        isinstance(value, Obj) and value.kind == "tuple"
        and any(isinstance(e, Tensor) for e in value.elements))


def _drop(env: Env, name: str) -> None:
    """Forget `name` and everything reached through it (`name.attr`)."""
    env.pop(name, None)
    prefix = name + "."
    for key in [k for k in env if k.startswith(prefix)]:
        del env[key]


def _replace(env: Env, new: Env) -> None:
    env.clear()
    env.update(new)


def _block_body(block: cst.BaseSuite) -> Sequence[cst.BaseStatement | cst.BaseSmallStatement]:
    return block.body


def _all_params(params: cst.Parameters) -> Iterable[cst.Param]:
    yield from params.posonly_params
    yield from params.params
    if isinstance(params.star_arg, cst.Param):
        yield params.star_arg
    yield from params.kwonly_params
    if params.star_kwarg is not None:
        yield params.star_kwarg


def _method(klass: cst.ClassDef, name: str) -> cst.FunctionDef | None:
    """The method `name` defined directly in the class body, if any."""
    return next((item for item in klass.body.body
                 if isinstance(item, cst.FunctionDef) and item.name.value == name), None)


def _first_param(func: cst.FunctionDef) -> str | None:
    params = list(func.params.posonly_params) + list(func.params.params)
    return params[0].name.value if params else None


def _is_static(func: cst.FunctionDef) -> bool:
    return any(isinstance(d.decorator, cst.Name) and d.decorator.value in
               ("staticmethod", "classmethod") for d in func.decorators)



def _is_yield(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Yield)


def _is_scope(node: cst.CSTNode) -> bool:
    return isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda))


def _expression_children(node: cst.CSTNode) -> Iterable[cst.BaseExpression]:
    for child in children(node):
        if isinstance(child, cst.BaseExpression):
            yield child
        elif not isinstance(child, (cst.BaseStatement, cst.BaseSuite)):
            yield from _expression_children(child)


def _globals_declared(func: cst.FunctionDef) -> list[str]:
    """Names a function declares `global` (not counting nested functions). `global` is a
    statement: the walk does not enter expressions or trivia."""
    return [item.name.value
            for node in walk(func.body, _nested_function_or_expression, code_only=True)
            if isinstance(node, cst.Global) for item in node.names]


def _nested_function_or_expression(node: cst.CSTNode) -> bool:
    return isinstance(node, (cst.FunctionDef, cst.BaseExpression))


def _data_attributes(methods: list[cst.FunctionDef]) -> set[str]:
    """Attributes the methods assign on their instance (`self.model = model`) that the
    class does not define as methods."""
    names: set[str] = set()
    for method in methods:
        owner = _first_param(method)
        if owner is not None and not _is_static(method):
            names |= _assigned_self_attributes(method, owner)
    return names - {method.name.value for method in methods}


def _same_after_update(value: Value | None) -> bool:
    """Is a `self.<attr>` value still what it was after `self.<attr> -= ...` in another
    method? A leaf tensor that requires grad: the update happens in place (under no_grad it
    stays that leaf; with grad on it raises, AGL008)."""
    return isinstance(value, Tensor) and value.requires_grad is True and value.is_leaf is True


def _assigned_self_attributes(method: cst.FunctionDef, owner: str,
                              augmented: bool = True) -> set[str]:
    """The `owner.<attr>` names a method assigns anywhere in its body (`augmented`: also
    by `owner.<attr> += ...`)."""
    names: set[str] = set()

    def record(target: cst.BaseExpression) -> None:
        if isinstance(target, cst.Attribute):
            path = dotted(target)
            if path and path.startswith(owner + "."):
                names.add(path[len(owner) + 1:].split(".")[0])
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                record(element.value)

    # Assignments are statements: the walk yields expressions (the targets) but does not
    # enter them, nor trivia.
    for node in walk(method.body, _expression, code_only=True):
        if isinstance(node, cst.AssignTarget):
            record(node.target)
        elif isinstance(node, cst.AnnAssign) or (augmented and isinstance(node, cst.AugAssign)):
            record(node.target)
    return names


def _expression(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.BaseExpression)


def _decorator_grad_mode(func: cst.FunctionDef, facts: Facts) -> bool | None:
    for dec in func.decorators:
        expr = dec.decorator.func if isinstance(dec.decorator, cst.Call) else dec.decorator
        qualname = facts.qualname(expr)
        if qualname in calls.GRAD_MODE_CONTEXTS:
            return calls.GRAD_MODE_CONTEXTS[qualname]
        if qualname in calls.SET_GRAD_ENABLED:
            return None
    return True


def _changes_default_dtype(module: cst.Module) -> bool:
    """A module that changes torch's default dtype makes every default-dtype fact unknown."""
    code = module.code
    return "set_default_dtype" in code or "set_default_tensor_type" in code
