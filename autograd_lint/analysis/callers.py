"""Which functions and methods of a file certainly run with grad mode on.

The interpreter walks every function body assuming grad mode is on, because that is the
usual case; a rule whose finding holds only with grad on (an in-place change of a leaf that
requires grad raises only then) needs to *know* it. The module-level code of a file shows
it: a script runs with grad enabled, so a function it calls outside `torch.no_grad()` runs
with grad on at least once, and a statement that raises with grad on there certainly
raises.

`Facts.grad_on_functions` already holds the module-level functions called that way and the
`forward` of a module class whose instance is called. This adds what follows from the same
argument: the `__init__` of a class of the file instantiated that way (`model = Net(8)`),
methods called on such an instance (`model.reset()`, `opt.step()` for `opt = SGD(...)` of a
plain class of the file bound once at module level), and, transitively, what those
functions call with grad still on (`self.reset_parameters()` in `__init__`, a helper
function).
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.facts import Facts
from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.tree import find
from autograd_lint.analysis.values import Obj

_SCOPES = (cst.FunctionDef, cst.ClassDef, cst.Lambda)
_LOCAL = "<local>."


def grad_on_functions(module: cst.Module, facts: Facts) -> frozenset[int]:
    """Ids of the top-level functions and methods (FunctionDef nodes) that run with grad
    mode on at least once, as far as the file shows."""
    functions = {s.name.value: s for s in module.body if isinstance(s, cst.FunctionDef)}
    methods: dict[str, dict[str, cst.FunctionDef]] = {
        s.name.value: {m.name.value: m for m in s.body.body if isinstance(m, cst.FunctionDef)}
        for s in module.body if isinstance(s, cst.ClassDef)}
    owner = {id(m): name for name, members in methods.items() for m in members.values()}
    by_id = {id(f): f for f in functions.values()}
    instances = _instances(module, methods)
    by_id.update((id(m), m) for members in methods.values() for m in members.values())

    def callees(calls: list[cst.Call], self_name: str | None, klass: str | None) -> set[int]:
        found: set[int] = set()
        for call in calls:
            if facts.grad_enabled(call) is not True:
                continue
            func = call.func
            if isinstance(func, cst.Name):
                if func.value in functions:
                    found.add(id(functions[func.value]))
                elif func.value in methods and "__init__" in methods[func.value]:
                    found.add(id(methods[func.value]["__init__"]))  # `Net(8)`
            elif isinstance(func, cst.Attribute):
                receiver = dotted(func.value)
                if receiver is not None and receiver == self_name and klass is not None:
                    method = methods[klass].get(func.attr.value)  # `self.reset()`
                elif receiver is not None and receiver in instances:
                    method = methods[instances[receiver]].get(func.attr.value)  # `opt.step()`
                else:
                    method = _instance_method(facts.value(func.value), func.attr.value,
                                              methods)  # `model.reset()`
                if method is not None:
                    found.add(id(method))
        return found

    top_level = [call for stmt in module.body if not isinstance(stmt, _SCOPES)
                 for call in _own_calls(stmt)]
    known = set(facts.grad_on_functions) & by_id.keys()
    queue = list(known | callees(top_level, None, None))
    known.update(queue)
    while queue:
        function = by_id[queue.pop()]
        klass = owner.get(id(function))
        params = function.params.params
        self_name = params[0].name.value if klass is not None and params else None
        for found in callees(_own_calls(function.body), self_name, klass) - known:
            known.add(found)
            queue.append(found)
    return frozenset(known)


def _own_calls(node: cst.CSTNode) -> list[cst.Call]:
    """The calls that run as part of `node` itself (not in a nested function, class or
    lambda, which run only when something else calls them)."""
    return [n for n in find(node, lambda n: isinstance(n, cst.Call),
                            prune=lambda n: isinstance(n, _SCOPES), code_only=True)
            if isinstance(n, cst.Call)]


def _instances(module: cst.Module,
               methods: dict[str, dict[str, cst.FunctionDef]]) -> dict[str, str]:
    """Module-level names bound exactly once, to an instance of a class of this file
    (`opt = SGD(model.parameters(), 0.1)`): name -> class name. Any other binding of the
    name at module level (in a block, a loop target, `with ... as`) rules it out."""
    bound: dict[str, list[str | None]] = {}
    for stmt in module.body:
        if isinstance(stmt, _SCOPES):
            continue
        for node in find(stmt, lambda n: isinstance(n, _BINDINGS), prune=_is_scope,
                         code_only=True):
            value = node.value if isinstance(node, cst.Assign) else None
            klass = value.func.value if isinstance(value, cst.Call) and \
                isinstance(value.func, cst.Name) and value.func.value in methods else None
            for name in _bound_names(node):
                bound.setdefault(name, []).append(klass)
    return {name: classes[0] for name, classes in bound.items()
            if len(classes) == 1 and classes[0] is not None}


_BINDINGS = (cst.Assign, cst.AnnAssign, cst.AugAssign, cst.For, cst.AsName, cst.NamedExpr)


def _is_scope(node: cst.CSTNode) -> bool:
    return isinstance(node, _SCOPES)


def _bound_names(node: cst.CSTNode) -> list[str]:
    """The plain names a binding statement or clause binds."""
    if isinstance(node, cst.Assign):
        targets = [t.target for t in node.targets]
    elif isinstance(node, cst.For):
        targets = [node.target]
    elif isinstance(node, cst.AsName):
        targets = [node.name]
    else:
        targets = [node.target]  # type: ignore[attr-defined]
    return [n.value for target in targets
            for n in find(target, lambda n: isinstance(n, cst.Name)) if isinstance(n, cst.Name)]


def _instance_method(value: object, name: str,
                     methods: dict[str, dict[str, cst.FunctionDef]]) -> cst.FunctionDef | None:
    """`model.reset` where `model` is an instance of a module class of this file."""
    if not (isinstance(value, Obj) and value.kind == "module"
            and value.qualname.startswith(_LOCAL)):
        return None
    return methods.get(value.qualname[len(_LOCAL):], {}).get(name)
