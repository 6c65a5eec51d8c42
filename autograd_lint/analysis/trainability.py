"""Whether a module's parameters require grad: `Obj.trainable` through freezing code.

A torch module whose every parameter was frozen gives, for an input that does not require
grad, an output without a graph (AGL011's `backward()` on it raises). Freezing is only
trusted when it certainly covers every parameter and nothing afterwards can have switched
any of them back on, so:

* `model.requires_grad_(False)` and a loop over `model.parameters()` whose body does
  nothing but switch the loop variable's flag off freeze `model` (trainable=False);
* a loop that touches `requires_grad` any other way (conditionally, per name) makes the
  trainability unknown;
* anything that could unfreeze a frozen module afterwards makes it unknown again: a
  `requires_grad` change or an assignment reached through it (`model.fc = nn.Linear(...)`,
  `model.fc.weight.requires_grad = True`), a mutating method on it or a part of it
  (`model.apply(fn)`, `model.head.requires_grad_()`), or handing it to code the analysis
  cannot see (`unfreeze(model)`).
"""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.tensors import literal_bool
from autograd_lint.analysis.tree import find
from autograd_lint.analysis.values import Obj, Value

Env = dict[str, Value]

# Methods that can change which parameters a module has or whether they require grad.
MUTATING_METHODS = frozenset({
    "requires_grad_", "apply", "add_module", "register_module", "register_parameter",
    "append", "extend", "insert", "set_submodule", "update", "to_empty", "load_state_dict",
})
_ITERATORS = ("parameters", "named_parameters")


def module_path(expr: cst.BaseExpression) -> str | None:
    """The longest dotted name an expression reaches a module through: `model` for
    `model[2]`, `model.layers[0].fc`, `model.get_submodule("fc")`."""
    while True:
        name = dotted(expr)
        if name is not None:
            return name
        if isinstance(expr, (cst.Subscript, cst.Attribute)):
            expr = expr.value
        elif isinstance(expr, cst.Call):
            expr = expr.func
        else:
            return None


def loop_over_parameters(loop: cst.For) -> str | None:
    """The module path of `for p in <module>.parameters()` (or `.named_parameters()`)."""
    call = loop.iter
    if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and \
            call.func.attr.value in _ITERATORS:
        return module_path(call.func.value)
    return None


def apply_loop(loop: cst.For, env: Env) -> bool:
    """Update `env` for a loop over a module's parameters that touches `requires_grad`.
    True when the loop certainly freezes every parameter (the caller then knows the
    module's state for the whole loop and after it)."""
    path = loop_over_parameters(loop)
    if path is None or not find(loop.body, _sets_requires_grad):
        return False
    owner = loop.iter.func.value  # type: ignore[attr-defined]
    touch(env, owner)
    module = env.get(path)
    exact = dotted(owner) == path
    if not (isinstance(module, Obj) and module.kind == "module") or not exact:
        return False
    variable = _parameter_variable(loop)
    if variable is not None and _only_freezes(loop.body, variable) and \
            _all_parameters(loop.iter):
        env[path] = replace(module, trainable=False)
        return True
    env[path] = replace(module, trainable=None)
    return False


def touch(env: Env, expr: cst.BaseExpression | None) -> None:
    """Something may have unfrozen what `expr` reaches: every frozen module on the way
    (`model` for `model.fc.weight`, `model[2]`) is no longer known to be frozen."""
    path = module_path(expr) if expr is not None else None
    if path is None:
        return
    parts = path.split(".")
    for end in range(1, len(parts) + 1):
        prefix = ".".join(parts[:end])
        module = env.get(prefix)
        if isinstance(module, Obj) and module.kind == "module" and module.trainable is False:
            env[prefix] = replace(module, trainable=None)


def _sets_requires_grad(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Attribute) and node.attr.value in ("requires_grad",
                                                                   "requires_grad_")


def _all_parameters(call: cst.BaseExpression) -> bool:
    """`.parameters()` / `.named_parameters()` with default arguments (recurse=True)."""
    return isinstance(call, cst.Call) and not call.args


def _parameter_variable(loop: cst.For) -> str | None:
    """`p` in `for p in m.parameters()` / `for name, p in m.named_parameters()`."""
    target = loop.target
    named = isinstance(loop.iter, cst.Call) and isinstance(loop.iter.func, cst.Attribute) and \
        loop.iter.func.attr.value == "named_parameters"
    if named and isinstance(target, cst.Tuple) and len(target.elements) == 2:
        target = target.elements[1].value
    elif named:
        return None
    return target.value if isinstance(target, cst.Name) else None


def _only_freezes(body: cst.BaseSuite, variable: str) -> bool:
    """The loop body is nothing but `p.requires_grad = False` / `p.requires_grad_(False)`."""
    if not isinstance(body, cst.IndentedBlock | cst.SimpleStatementSuite):
        return False
    statements = body.body
    smalls: list[cst.BaseSmallStatement] = []
    for stmt in statements:
        if isinstance(stmt, cst.SimpleStatementLine):
            smalls.extend(stmt.body)
        elif isinstance(stmt, cst.BaseSmallStatement):
            smalls.append(stmt)
        else:
            return False
    return bool(smalls) and all(_freezes(small, variable) for small in smalls)


def _freezes(small: cst.BaseSmallStatement, variable: str) -> bool:
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        return isinstance(target, cst.Attribute) and target.attr.value == "requires_grad" \
            and dotted(target.value) == variable and literal_bool(small.value) is False
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        call = small.value
        return isinstance(call.func, cst.Attribute) and \
            call.func.attr.value == "requires_grad_" and dotted(call.func.value) == variable \
            and len(call.args) == 1 and literal_bool(call.args[0].value) is False
    return False
