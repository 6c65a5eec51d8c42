"""Calls: torch factories and functions, tensor methods, nn modules, losses, optimizers.

A call is evaluated by what its callee resolves to (qualified name via imports) or, for a
method, by what its receiver is known to be. Side effects on the receiver
(`requires_grad_()`, `retain_grad()`, `detach_()`, in-place initialisation, `module.double()`)
update the environment, so later statements see them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import libcst as cst

from autograd_lint.analysis import custom_functions, devices, shapes, trainability
from autograd_lint.analysis.dataclass_fields import constructed_fields
from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.tensors import (
    broadcast,
    data_facts,
    dtype_from_expr,
    literal_bool,
    literal_int,
    literal_number_kind,
    literal_str,
    matmul_shape,
    op_result,
    or3,
    shape_from_size_args,
)
from autograd_lint.analysis.torch_api import (
    CASTS,
    DIFFERENTIABLE,
    ELEMENTWISE,
    FUNCTIONAL_LOSSES,
    GRAD_MODE_CONTEXTS,
    LAYERS_WITH_PARAMETERS,
    LIKE_FACTORIES,
    LOSS_MODULES,
    NON_TENSOR_METHODS,
    PARAMETER,
    REDUCTIONS,
    SEQUENCE_LAYERS,
    SET_GRAD_ENABLED,
    SIZE_FACTORIES,
    TYPED_TENSORS,
)
from autograd_lint.analysis.values import Obj, Shape, Tensor, Value, merge_values

if TYPE_CHECKING:
    from autograd_lint.analysis.interpreter import Env, Interpreter

__all__ = ["GRAD_MODE_CONTEXTS", "LAYERS_WITH_PARAMETERS", "SET_GRAD_ENABLED", "eval_call",
           "parameter_tensor"]

VARIABLE = frozenset({"torch.autograd.Variable", "torch.autograd.variable.Variable"})
MATMUL_FUNCS = frozenset({"matmul", "mm", "dot", "mv", "inner"})
TUPLE_REDUCTIONS = frozenset({"max", "min", "median", "mode", "sort", "topk", "kthvalue",
                              "aminmax", "nanmedian"})


def parameter_tensor(dtype: str | None = "float32", shape: Shape | None = None,
                     uninitialized: bool = False, requires_grad: bool | None = True) -> Tensor:
    return Tensor(requires_grad=requires_grad, is_leaf=True, shape=shape, dtype=dtype,
                  parameter=True, origin="an nn.Parameter", uninitialized=uninitialized)


class _Args:
    """A call's arguments, split into positional and keyword, with their values."""

    def __init__(self, interp: Interpreter, node: cst.Call, env: Env) -> None:
        self.positional: list[cst.BaseExpression] = []
        self.keywords: dict[str, cst.BaseExpression] = {}
        self.values: list[Value | None] = []
        self.starred = False
        for arg in node.args:
            value = interp.eval(arg.value, env)
            self.values.append(value)
            if arg.star:
                self.starred = True
            elif arg.keyword is not None:
                self.keywords[arg.keyword.value] = arg.value
            else:
                self.positional.append(arg.value)
        self.facts = interp.facts

    def kw(self, name: str) -> cst.BaseExpression | None:
        return self.keywords.get(name)

    def has(self, name: str) -> bool:
        return name in self.keywords

    def value_of(self, node: cst.BaseExpression | None) -> Value | None:
        return None if node is None else self.facts.value(node)

    def dtype(self, position: int | None = None) -> str | None:
        node = self.kw("dtype")
        if node is None and position is not None and len(self.positional) > position:
            node = self.positional[position]
        return devices.dtype_of(node, self.facts)

    def requires_grad(self) -> bool | None:
        """The `requires_grad=` flag: absent means False, unless `*args`/`**kwargs` may
        carry it (`torch.zeros(3, **factory_kwargs)`)."""
        node = self.kw("requires_grad")
        if node is None:
            return None if self.starred or self.misspelled_grad_keyword() else False
        return literal_bool(node)

    def misspelled_grad_keyword(self) -> bool:
        """A keyword that looks like an autograd flag but is not `requires_grad`
        (`require_grad=`, `requires_grads=`): the call raises TypeError (AGL014 reports
        it), so what the flag would have been is unknown, not False."""
        return any("grad" in name.lower() and name != "requires_grad"
                   for name in self.keywords)

    def flat_values(self) -> list[Value | None]:
        """Argument values with tuple/list literals opened (`torch.cat([a, b])`)."""
        out: list[Value | None] = []
        for value in self.values:
            if isinstance(value, Obj) and value.kind in ("tuple", "tensors"):
                out.extend(value.elements)  # a "tensors" list: its one typical item
            else:
                out.append(value)
        return out

    def tensors(self) -> list[Tensor]:
        return [v for v in self.flat_values() if isinstance(v, Tensor)]

    def grad_inputs(self) -> bool | None:
        """OR of requires_grad over the tensor arguments; unknown if any argument is."""
        flags: list[bool | None] = []
        for value in self.flat_values():
            if isinstance(value, Tensor):
                flags.append(value.requires_grad)
            elif not (isinstance(value, Obj) and value.kind == "number"):
                flags.append(None)
        return or3(*flags) if flags else False


def eval_call(interp: Interpreter, node: cst.Call, env: Env) -> Value | None:
    func = node.func
    qualname = interp.facts.qualname(func)
    if qualname is not None and qualname.startswith("torch"):
        if isinstance(func, cst.Attribute):
            interp.eval(func.value, env)
        return _torch_call(interp, qualname, _Args(interp, node, env), env)
    if isinstance(func, cst.Attribute) and isinstance(env.get(dotted(func) or ""), Obj):
        # `self.fc(x)`: calling a module (or loss) kept in an attribute, not a method.
        held = interp.eval(func, env)
        args = _Args(interp, node, env)
        if isinstance(held, Obj) and held.kind == "loss":
            return _loss_output(interp, args, held.reduction, held.qualname)
        if isinstance(held, Obj) and held.kind == "module":
            return _called_module(interp, held, args, dotted(func), env)
        return None
    if isinstance(func, cst.Attribute):
        receiver = interp.eval(func.value, env)
        args = _Args(interp, node, env)
        path = dotted(func.value)
        method = func.attr.value
        if method == "apply" and isinstance(func.value, cst.Name) and receiver is None and \
                func.value.value in interp.custom_functions and not args.starred:
            return custom_functions.apply_result(  # `Cube.apply(x)`: a custom Function
                interp, func.value.value, interp.custom_functions[func.value.value],
                args.values[:len(args.positional)], args.grad_inputs())
        held = interp.instance_attribute(receiver, method)
        if isinstance(held, Obj) and held.kind == "loss":
            return _loss_output(interp, args, held.reduction, held.qualname)
        if isinstance(held, Obj) and held.kind == "module":
            return _called_module(interp, held, args, dotted(func), env)  # `model.encoder(x)`
        if method in trainability.MUTATING_METHODS:
            trainability.touch(env, func.value)  # `model.apply(fn)`, `model[0].requires_grad_()`
        if isinstance(receiver, Tensor):
            return _tensor_method(interp, receiver, method, args, env, path)
        me = interp.current_instance(func.value.value) \
            if receiver is None and isinstance(func.value, cst.Name) else None
        own = _local_module_method(interp, me or receiver, method)
        if own is not None:
            if me is not None:
                _handed_to_unknown_code(args, env, path)  # it may fill what it is given
            return own  # `vae.encode(x)`, `self.encode(x)`
        if isinstance(receiver, Obj) and receiver.kind == "instance":
            return _instance_method_call(interp, receiver, method, node, args, path, env)
        if isinstance(receiver, Obj) and receiver.kind in ("tuple", "tensors") and \
                path is not None:
            _list_method(receiver, method, args, env, path)
        if isinstance(receiver, Obj) and receiver.kind == "dict" and method in _DICT_VIEWS \
                and not args.values and receiver.elements:
            return _dict_view(receiver, method)  # `acts.items()`: read, not changed
        if isinstance(receiver, Obj) and receiver.kind == "dict" and path is not None:
            env.pop(path, None)  # `state.update(...)`, `.pop(...)`: no longer what we saw
        if isinstance(receiver, Obj) and receiver.kind == "module":
            return _module_method(interp, receiver, method, args, env, path)
        if method == "parameters" and not args.values:
            return Obj("params")
        if method == "named_parameters" and not args.values:
            return Obj("named_params")
        if receiver is None:
            # `self.reset_parameters()` may fill any tensor of `self`; `self.model(x)`, a
            # stored object, only what it is given.
            stored = f"{path}.{method}" in interp.data_attributes
            _handed_to_unknown_code(args, env, None if stored else path)
        if receiver is None and method == "detach" and not args.values:
            # Only tensors have `.detach()`: whatever it was, the result has no graph.
            return Tensor(requires_grad=False, is_leaf=True, device=None,
                          origin="a .detach()ed tensor", no_graph="it comes from .detach()")
        return None
    callee = interp.eval(func, env)
    args = _Args(interp, node, env)
    me = interp.current_instance(func.value) if isinstance(func, cst.Name) and \
        callee is None else None
    if me is not None:
        return _called_module(interp, me, args, None, env)  # `self(x)`: the forward
    if isinstance(callee, Obj) and callee.kind == "class":
        interp.record_call_site(callee.qualname, node, args.positional, args.keywords)
        # grad_enabled: the mode its __init__ ran in (a graph it builds exists only if on).
        return Obj("module", qualname=f"<local>.{callee.qualname}", dtype=None,
                   grad_enabled=interp.grad)
    if isinstance(func, cst.Name) and callee is None and func.value not in env:
        interp.record_call_site(func.value, node, args.positional, args.keywords)
        if func.value in interp.plain_classes and not interp.facts.imports.aliases.get(
                func.value):
            return Obj("instance", qualname=func.value,  # `buffer = RolloutBuffer()`
                       elements=_record_elements(interp, func.value, args)
                       if func.value not in interp.constructed
                       else _constructed_elements(interp, func.value, args))
        local = interp.local_functions.get(func.value)
        if local is not None:
            _handed_to_unknown_code(args, env, None)
            if not interp.in_module_scope:
                return _in_grad_mode(interp.summarize(local, {}), interp.grad)
            # A module-level call: the function runs with these globals and arguments.
            return _in_grad_mode(interp.summarize(local, _argument_env(local, args), env),
                                 interp.grad)
        if func.value in _ITERATION_BUILTINS and not interp.facts.imports.aliases.get(
                func.value):
            return _iteration_builtin(interp, func.value, args)
    if isinstance(callee, Obj) and callee.kind == "loss":
        return _loss_output(interp, args, callee.reduction, callee.qualname)
    if isinstance(callee, Obj) and callee.kind == "module":
        return _called_module(interp, callee, args, dotted(func), env)
    if callee is None and not (isinstance(func, cst.Name) and func.value in _READ_ONLY_BUILTINS):
        _handed_to_unknown_code(args, env, None)
    return None


_DICT_VIEWS = frozenset({"values", "items"})


def _dict_view(held: Obj, method: str) -> Obj:
    """`d.values()` / `d.items()` of a dict whose every value is like `held.elements[0]`:
    a list of such values, or of (unknown key, value) pairs."""
    item = held.elements[0]
    if method == "items":
        return Obj("tensors", elements=(Obj("tuple", elements=(None, item)),))
    return Obj("tensors", elements=(item,))


def _argument_env(func: cst.FunctionDef, args: _Args) -> Env:
    """The parameters of `func` bound to what one call passes (positional and keyword)."""
    if args.starred:
        return {}
    params = [p.name.value for p in (*func.params.posonly_params, *func.params.params)]
    bound: Env = {}
    positional = args.values[:len(args.positional)]
    for name, value in zip(params, positional, strict=False):
        if value is not None:
            bound[name] = value
    keyword_names = {p.name.value for p in (*func.params.params, *func.params.kwonly_params)}
    for name, node in args.keywords.items():
        value = args.value_of(node)
        if name in keyword_names and value is not None:
            bound[name] = value
    return bound


def _list_method(receiver: Obj, method: str, args: _Args, env: Env, path: str) -> None:
    """`items.append(t)` on a list known by its items: still a list whose every item is
    like the ones seen (kind "tensors"), if they all agree; anything else the list is no
    longer what we saw."""
    env.pop(path, None)
    if method != "append" or len(args.positional) != 1 or args.keywords or args.starred:
        return
    item = args.values[0]
    if not isinstance(item, Tensor):
        return
    seen = receiver.elements if receiver.kind == "tuple" else receiver.elements[:1]
    for element in seen:
        item = merge_values(item, element)
    if isinstance(item, Tensor):
        env[path] = Obj("tensors", elements=(item,))


_ITERATION_BUILTINS = frozenset({"zip", "enumerate", "tuple", "list"})


def _iteration_builtin(interp: Interpreter, name: str, args: _Args) -> Obj | None:
    """zip/enumerate over parameters, tuple()/list() of a generator of tensors."""
    if args.keywords and name != "zip" or args.starred:
        return None
    values = args.values[:len(args.positional)]
    if name == "zip" and values:
        items = tuple(interp.iter_element(v) for v in values)
        return Obj("zip", elements=items) if any(i is not None for i in items) else None
    if name == "enumerate" and len(values) == 1:
        item = interp.iter_element(values[0])
        return Obj("zip", elements=(None, item)) if item is not None else None
    if name in ("tuple", "list") and len(values) == 1 and isinstance(values[0], Obj) and \
            values[0].kind in ("tensors", "params"):
        return values[0]
    return None


_READ_ONLY_BUILTINS = frozenset({"print", "len", "isinstance", "id", "repr", "str", "type",
                                 "hasattr", "getattr", "format", "bool"})


# Attributes that share the tensor's memory: filling one fills the tensor.
_SHARED_MEMORY = (".data", ".T", ".mT", ".H", ".mH")


def _memory_owner(path: str) -> str:
    """`w` for `w.data`, `w.T`, `w.data.T`: the tensor whose values a fill writes."""
    while path.endswith(_SHARED_MEMORY):
        path = path.rsplit(".", 1)[0]
    return path


def _filled_through_data(env: Env, path: str) -> None:
    """`w.data.uniform_()` / `nn.init.normal_(w.data)` / `nn.init.orthogonal_(w.T)` fill
    `w` itself."""
    owner_path = _memory_owner(path)
    if owner_path != path:
        owner = env.get(owner_path)
        if isinstance(owner, Tensor) and owner.uninitialized:
            env[owner_path] = owner.evolve(uninitialized=False)


def _handed_to_unknown_code(args: _Args, env: Env, owner: str | None) -> None:
    """Unknown code may fill the tensors it is given (`init_weights(w)`,
    `self.reset_parameters()`): afterwards they are no longer known to be uninitialized."""
    given = {dotted(node) for node in (*args.positional, *args.keywords.values())}
    given |= {_memory_owner(path) for path in given if path}
    for node in (*args.positional, *args.keywords.values()):
        trainability.touch(env, node)  # `unfreeze(model)`
    for path in given:
        if path and isinstance(env.get(path), Obj) and env[path].kind == "dict":
            del env[path]  # `register(model, acts)` may write anything into `acts`
    for key, value in list(env.items()):
        if not (isinstance(value, Tensor) and value.uninitialized):
            continue
        if key in given or (owner is not None and key.startswith(owner + ".")):
            env[key] = value.evolve(uninitialized=False)


# ---------------------------------------------------------------------- torch.*
def _torch_call(interp: Interpreter, qualname: str, args: _Args, env: Env) -> Value | None:
    grad = interp.grad
    default = None if interp.facts.default_dtype_changed else "float32"
    if qualname in GRAD_MODE_CONTEXTS:
        enabled = GRAD_MODE_CONTEXTS[qualname]
        if qualname.endswith("inference_mode") and args.positional:
            flag = literal_bool(args.positional[0])
            enabled = None if flag is None else (False if flag else interp.grad)
        return Obj("grad_ctx", grad_enabled=enabled)
    if qualname in SET_GRAD_ENABLED:
        flag = literal_bool(args.positional[0]) if args.positional else None
        if flag is None and args.positional:
            known = args.values[0]  # `set_grad_enabled(phase == "train")`, phase known
            if isinstance(known, Obj) and isinstance(known.constant, bool):
                flag = known.constant
        return Obj("grad_ctx", grad_enabled=flag)
    if qualname in devices.DEVICE_CONSTRUCTORS:
        return devices.device_object(args.positional, args.keywords, interp.facts)
    if qualname in VARIABLE:
        data = args.values[0] if args.values else None
        if not isinstance(data, Tensor):
            return None
        rg = args.requires_grad()
        return data.evolve(requires_grad=rg, is_leaf=True, origin="a Variable") \
            if data.is_leaf else None
    if qualname in PARAMETER:
        data = args.values[0] if args.values else None
        rg_node = args.kw("requires_grad")
        if rg_node is None and len(args.positional) > 1:
            rg_node = args.positional[1]
        rg = True if rg_node is None else literal_bool(rg_node)
        if not isinstance(data, Tensor):
            return parameter_tensor(dtype=None, requires_grad=rg)
        return parameter_tensor(dtype=data.dtype, shape=data.shape,
                                uninitialized=data.uninitialized, requires_grad=rg)
    factory = _factory(interp, qualname, args, default)
    if factory is not None:
        return factory
    if qualname.startswith("torch.nn.init."):
        if args.positional and (path := dotted(args.positional[0])) is not None:
            _filled_through_data(env, path)
            target = env.get(path)
            if isinstance(target, Tensor):
                env[path] = target.evolve(uninitialized=False)
                return env[path]
        return None
    parts = qualname.split(".")
    name = parts[-1]
    if qualname.startswith("torch.nn.") and name[:1].isupper() and len(parts) == 3:
        return _nn_constructor(name, args, default)
    if qualname.startswith(("torch.optim.lr_scheduler.", "torch.optim.swa_utils.")):
        return None  # schedulers and averaged models: their step() updates no parameter
    if qualname.startswith("torch.optim.") and name[:1].isupper():
        return Obj("optimizer", qualname=qualname, repeats_closure=_repeats_closure(name, args))
    if qualname.startswith("torch.nn.functional.") and name in FUNCTIONAL_LOSSES:
        return _loss_output(interp, args, _reduction(args), name)
    if len(parts) == 2 or qualname.startswith("torch.nn.functional."):
        return _torch_function(interp, name, args, grad)
    return None


def _factory(interp: Interpreter, qualname: str, args: _Args,
             default: str | None) -> Tensor | None:
    shape: Shape | None = None
    rg = args.requires_grad()
    dtype = args.dtype()
    device = devices.device_of(args.kw("device"), interp.facts) if args.has("device") else "cpu"
    origin = f"{qualname}(...)"
    if qualname in SIZE_FACTORIES:
        size = args.kw("size")
        if not args.starred:
            shape = shape_from_size_args([size] if size is not None else args.positional)
        dtype = dtype or default
    elif qualname in LIKE_FACTORIES:
        like = args.values[0] if args.values else None
        if isinstance(like, Tensor):
            shape = like.shape
            dtype = dtype or like.dtype
            if not args.has("device"):
                device = like.device
        else:
            dtype = dtype or None
            device = None if not args.has("device") else device
    elif qualname in TYPED_TENSORS:
        dtype = TYPED_TENSORS[qualname] if qualname != "torch.Tensor" else default
        if args.positional and isinstance(args.positional[0], (cst.List, cst.Tuple)):
            shape, _ = data_facts(args.positional[0])
        elif not args.starred:
            shape = shape_from_size_args(args.positional) if args.positional else None
    elif qualname in ("torch.tensor", "torch.as_tensor"):
        data = args.positional[0] if args.positional else args.kw("data")
        source = args.value_of(data)
        if isinstance(source, Tensor):
            shape, data_dtype = source.shape, source.dtype
        elif isinstance(source, Obj) and source.kind == "tuple" and source.elements and \
                not isinstance(data, (cst.List, cst.Tuple)):
            shape, data_dtype = _number_list_facts(source, default)
        elif data is not None:
            shape, data_dtype = data_facts(data)
            if data_dtype == "float32":
                data_dtype = default
        else:
            data_dtype = None
        dtype = dtype or data_dtype
    elif qualname in ("torch.arange", "torch.range"):
        numbers = [literal_number_kind(a) or _number_kind(args.value_of(a))
                   for a in args.positional]
        if dtype is None and args.positional and all(k is not None for k in numbers):
            dtype = default if "float" in numbers else "int64"
        ints = [literal_int(a) for a in args.positional]
        if dtype is not None and len(ints) in (1, 2) and all(i is not None for i in ints):
            start, end = (0, ints[0]) if len(ints) == 1 else (ints[0], ints[1])
            assert start is not None and end is not None
            shape = (max(end - start, 0) + (1 if qualname == "torch.range" else 0),)
        else:
            shape = (None,)
    elif qualname in ("torch.linspace", "torch.logspace"):
        steps = args.kw("steps") or (args.positional[2] if len(args.positional) > 2 else None)
        shape = (literal_int(steps) if steps is not None else None,)
        dtype = dtype or default
    elif qualname == "torch.full":
        size = args.kw("size") or (args.positional[0] if args.positional else None)
        shape = shape_from_size_args([size]) if size is not None else None
        fill = args.kw("fill_value") or (args.positional[1] if len(args.positional) > 1 else None)
        kind = literal_number_kind(fill) if fill is not None else None
        if dtype is None and kind is not None:
            dtype = {"int": "int64", "float": default, "bool": "bool",
                     "complex": "complex64"}[kind]
    elif qualname == "torch.eye":
        n = literal_int(args.positional[0]) if args.positional else None
        m = literal_int(args.positional[1]) if len(args.positional) > 1 else n
        shape = (n, m)
        dtype = dtype or default
    elif qualname in ("torch.randint", "torch.randperm"):
        dtype = dtype or "int64"
        if qualname == "torch.randperm":
            shape = (literal_int(args.positional[0]) if args.positional else None,)
        else:
            size = args.kw("size") or (args.positional[-1] if args.positional else None)
            shape = shape_from_size_args([size]) if isinstance(size, (cst.Tuple, cst.List)) \
                else None
    elif qualname == "torch.normal":
        dtype = dtype or None
    elif qualname in ("torch.from_numpy", "torch.empty_strided", "torch.scalar_tensor"):
        dtype = dtype if qualname != "torch.scalar_tensor" else (dtype or default)
    else:
        return None
    uninitialized = qualname in ("torch.empty", "torch.empty_like", "torch.empty_strided") or (
        qualname in TYPED_TENSORS and bool(args.positional)
        and not isinstance(args.positional[0], (cst.List, cst.Tuple)))
    return Tensor(requires_grad=rg, is_leaf=True, shape=shape, dtype=dtype, device=device,
                  origin=origin, uninitialized=uninitialized,
                  no_graph="it was created by a factory without requires_grad=True"
                  if rg is False else "")


def _number_list_facts(source: Obj, default: str | None) -> tuple[Shape | None, str | None]:
    """A name bound to a flat list of number literals: `ids = [101, 2023]`."""
    kinds = {e.number if isinstance(e, Obj) and e.kind == "number" else None
             for e in source.elements}
    if None in kinds:
        return None, None
    for kind, dtype in (("complex", "complex64"), ("float", default), ("int", "int64"),
                        ("bool", "bool")):
        if kind in kinds:
            return (len(source.elements),), dtype
    return None, None


def _repeats_closure(name: str, args: _Args) -> bool:
    """Does `step(closure)` of this optimizer call the closure more than once? L-BFGS
    re-evaluates it on every inner iteration (`max_iter`, default 20)."""
    if name != "LBFGS" or args.starred:
        return False
    node = args.kw("max_iter") or (args.positional[2] if len(args.positional) > 2 else None)
    if node is None:
        return True
    max_iter = literal_int(node)
    return max_iter is not None and max_iter > 1


def _nn_constructor(name: str, args: _Args, default: str | None) -> Obj:
    if name in LOSS_MODULES:
        return Obj("loss", qualname=f"torch.nn.{name}", reduction=_reduction(args))
    out_features = None
    if name == "Linear":
        node = args.kw("out_features") or (args.positional[1] if len(args.positional) > 1
                                            else None)
        out_features = literal_int(node) if node is not None else None
    has_parameters: bool | None = True if name in LAYERS_WITH_PARAMETERS or \
        name in SEQUENCE_LAYERS else None
    if name in ("Sequential", "ModuleList") and any(
            isinstance(v, Obj) and v.kind == "module" and v.has_parameters for v in args.values):
        has_parameters = True
    keeps_batch = name in shapes.BATCH_PRESERVING_LAYERS and name != "Sequential"
    if name == "Sequential":
        keeps_batch = bool(args.values) and not args.starred and not args.keywords and all(
            isinstance(v, Obj) and v.kind == "module" and v.keeps_batch for v in args.values)
    layers: tuple[Value | None, ...] = ()
    if name == "Sequential" and not args.starred and not args.keywords:
        layers = tuple(args.values)  # `model[0]`, `model[-1]`: the layers themselves
    return Obj("module", qualname=f"torch.nn.{name}", dtype=args.dtype() or default,
               inplace=_inplace_flag(name, args), out_features=out_features,
               has_parameters=has_parameters, keeps_batch=keeps_batch, elements=layers)


def _in_grad_mode(value: Value | None, grad: bool | None) -> Value | None:
    """A summary computed with grad mode on, seen from a caller whose mode is `grad`."""
    if isinstance(value, Obj) and value.kind == "tuple" and grad is not True:
        return _tuple_in_grad_mode(value, grad)
    if not isinstance(value, Tensor) or grad is True or value.requires_grad is False or \
            value.is_leaf is True:
        return value  # leaves (parameters) keep their flag whatever the grad mode
    if grad is False:
        return value.evolve(requires_grad=False, is_leaf=True,
                            no_graph="it was computed under torch.no_grad()")
    return value.evolve(requires_grad=None, is_leaf=None)


def _record_elements(interp: Interpreter, name: str, args: _Args) -> tuple[Value | None, ...]:
    """A dataclass instance's field values from its constructor call (positional in field
    order, then keywords, then the defaults when those are known)."""
    fields = interp.records.get(name)
    if fields is None or args.starred:
        return ()
    if name in interp.record_defaults:
        declared, class_env = interp.record_defaults[name]
        keywords = {k: args.value_of(v) for k, v in args.keywords.items()}
        given = constructed_fields(interp, declared, class_env,
                                   args.values[:len(args.positional)], keywords)
        return tuple(given[field] for field in fields)
    values: list[Value | None] = list(args.values[:len(args.positional)])
    values += [None] * (len(fields) - len(values))
    for keyword, node in args.keywords.items():
        if keyword in fields:
            values[fields.index(keyword)] = args.value_of(node)
    return tuple(values[:len(fields)])


def _instance_method_call(interp: Interpreter, receiver: Obj, method: str, node: cst.Call,
                          args: _Args, path: str | None, env: Env) -> Value | None:
    """`buffer.add(value)` on an instance of a (non-module) class of this file: a
    module-level call is a call site of the method (its parameters' facts, its grad mode,
    what the instance holds then); the result is the method's summary, walked with the
    instance's attribute facts (`self.predictor.predict(x)` returns what `predict`
    computes under its no_grad), and what the method leaves in `self.<attr>` is then
    known as `trainer.<attr>`."""
    _handed_to_unknown_code(args, env, path)  # the method may fill what it is given
    found = interp.plain_classes.get(receiver.qualname, {}).get(method)
    owner = found.params.params[0].name.value if found and found.params.params else None
    if found is None or owner is None:
        return None
    state = _instance_state(interp, receiver, path, env)
    name = f"{receiver.qualname}.{method}"
    if not args.starred:
        interp.record_call_site(name, node, args.positional, args.keywords)
        if interp.in_module_scope:
            interp.receiver_sites.setdefault(name, {})[id(node)] = state
    self_env = {f"{owner}.{attr}": value for attr, value in state.items()}
    result = _in_grad_mode(interp.summarize(found, self_env, globals_env={}), interp.grad)
    if path is not None:
        for attr, value in interp.last_left.items():
            _replace_path(env, f"{path}.{attr}", _in_grad_mode(value, interp.grad))
    return result


def _instance_state(interp: Interpreter, receiver: Obj, path: str | None, env: Env) -> Env:
    """What an instance of a plain class holds: its attributes from construction, then
    what the code since set through its name (`trainer.last_out`)."""
    fields = interp.records.get(receiver.qualname, [])
    state: Env = {attr: value for attr, value in zip(fields, receiver.elements, strict=False)
                  if value is not None}
    if not receiver.elements:
        state = dict(interp.plain_attributes.get(receiver.qualname, {}))
    if path is not None:
        prefix = path + "."
        state.update({key[len(prefix):]: value for key, value in env.items()
                      if key.startswith(prefix)})
    return state


def _constructed_elements(interp: Interpreter, name: str,
                          args: _Args) -> tuple[Value | None, ...]:
    """A plain class's attributes (`records` order) after its `__init__` ran with this
    call's arguments (`Trainer(nn.Linear(3, 1))`: `model` is the layer)."""
    methods, class_env = interp.constructed[name]
    init = next((m for m in methods if m.name.value == "__init__"), None)
    if init is None or args.starred or name in interp.constructing:
        return ()  # (a constructor that builds its own class: `self.child = Node(n - 1)`)
    params = [p.name.value for p in (*init.params.posonly_params, *init.params.params)][1:]
    arguments: Env = {}
    for param, value in zip(params, args.values[:len(args.positional)], strict=False):
        if value is not None:
            arguments[param] = value
    for keyword, node in args.keywords.items():
        value = args.value_of(node)
        if keyword in params and value is not None:
            arguments[keyword] = value
    interp.constructing.add(name)
    try:
        attributes = interp.class_attribute_facts(methods, class_env, arguments)
    finally:
        interp.constructing.discard(name)
    return tuple(attributes.get(attr) for attr in interp.records[name])


def _local_module_method(interp: Interpreter, receiver: Value | None,
                         method: str) -> Value | None:
    """`model.encode(x)` on an instance of a module class of this file: what the method
    returns (walked with the instance's `__init__` facts), as seen from this call's grad
    mode. Only for an instance whose parameters were not frozen or touched since."""
    if not (isinstance(receiver, Obj) and receiver.kind == "module"
            and receiver.trainable is True and receiver.qualname.startswith("<local>.")):
        return None
    found = interp.module_methods.get(receiver.qualname[len("<local>."):], {}).get(method)
    if found is None:
        return None
    return _in_grad_mode(interp.summarize(*found), interp.grad)


def _called_module(interp: Interpreter, module: Obj, args: _Args, path: str | None,
                   env: Env) -> Value | None:
    """`layer(x)`: its output; for a module class of this file, also what its forward
    left in `self.<attr>` (`self.attn = softmax(...)`), now known as `layer.attn`."""
    output = _module_output(interp, module, args)
    forward = interp.module_classes.get(module.qualname[len("<local>."):]) \
        if module.qualname.startswith("<local>.") else None
    if forward is not None and path is not None:
        for name, value in interp.summary_attributes.get(id(forward[0]), {}).items():
            seen = _in_grad_mode(value, interp.grad)
            _replace_path(env, f"{path}.{name}", seen)
    return output


def _replace_path(env: Env, path: str, value: Value | None) -> None:
    for key in [k for k in env if k == path or k.startswith(path + ".")]:
        del env[key]
    if value is not None:
        env[path] = value


def _tuple_in_grad_mode(summary: Obj, grad: bool | None) -> Obj:
    """`return out, (h, c)`: each returned tensor, nested tuples too, as seen from a
    caller whose grad mode is `grad`; anything else unknown."""
    return replace(summary, elements=tuple(
        _in_grad_mode(v, grad) if isinstance(v, Tensor)
        else _tuple_in_grad_mode(v, grad) if isinstance(v, Obj) and v.kind == "tuple"
        else None
        for v in summary.elements))


def _module_output(interp: Interpreter, module: Obj, args: _Args) -> Value | None:
    """`layer(x)`: a torch layer with trainable parameters gives an output that requires
    grad (a non-leaf); anything else (user modules, frozen layers) is unknown."""
    if module.qualname.startswith("<local>."):
        forward = interp.module_classes.get(module.qualname[len("<local>."):])
        if forward is None:
            return None
        if interp.in_module_scope and interp.grad is True:
            interp.facts.grad_on_functions.add(id(forward[0]))
        if module.trainable is False:
            return _frozen_local_output(interp, forward[0], forward[1], args)
        summary = interp.summarize(*forward)
        if isinstance(summary, Obj) and summary.kind == "tuple":
            return _tuple_in_grad_mode(summary, interp.grad)
        if not isinstance(summary, Tensor):
            return None
        return _in_grad_mode(_with_size_of_call(interp, summary, forward, args), interp.grad)
    first = args.values[0] if args.values else None
    rg: bool | None = None
    if module.qualname.startswith("torch.nn.") and module.has_parameters and \
            module.trainable is True:
        rg = True
    elif module.qualname.startswith("torch.nn.") and module.trainable is False and \
            not args.starred and args.grad_inputs() is False:
        # Every parameter frozen and no input with a graph: nothing to record.
        result = op_result(False, interp.grad, None, module.dtype)
        return result.evolve(no_graph="every parameter of the module was frozen and its "
                                      "input does not require grad") \
            if interp.grad is True else result
    layer = module.qualname.rsplit(".", 1)[-1]
    if module.qualname.startswith("torch.nn.") and layer in SEQUENCE_LAYERS:
        return _sequence_output(SEQUENCE_LAYERS[layer], op_result(rg, interp.grad), args)
    size = _layer_size(module, first) if len(args.values) == 1 and not args.keywords else None
    result = op_result(rg, interp.grad, size.shape if size else None, module.dtype)
    return result.evolve(nonscalar=True) if size is not None and size.nonscalar else result


def _sequence_output(kind: str, tensor: Tensor, args: _Args) -> Value:
    """What a recurrent or attention layer returns (torch_api.SEQUENCE_LAYERS): every
    tensor in it comes out of the layer's parameters."""
    if kind == "tensor":
        return tensor
    if kind == "lstm":
        return Obj("tuple", elements=(tensor, Obj("tuple", elements=(tensor, tensor))))
    if kind == "attention" and args.has("need_weights") and \
            literal_bool(args.kw("need_weights")) is not True:
        return Obj("tuple", elements=(tensor, None))
    return Obj("tuple", elements=(tensor, tensor))


def _layer_size(module: Obj, first: Value | None) -> Tensor | None:
    """Size facts of a torch layer's output (see shapes.layer_output)."""
    if not module.qualname.startswith("torch.nn.") or not isinstance(first, Tensor):
        return None
    layer = module.qualname.rsplit(".", 1)[-1]
    if layer != "Embedding" and not module.keeps_batch:
        return None
    return shapes.layer_output(layer, module.out_features, first, module.elements)


def _with_size_of_call(interp: Interpreter, summary: Tensor,
                       forward: tuple[cst.FunctionDef, Env], args: _Args) -> Tensor:
    """`model(x)` of a module class of this file: the size facts (shape, "more than one
    element") of its `forward` walked with this call's arguments; the grad facts stay
    those of the argument-free summary."""
    if summary.known_nonscalar or args.starred or args.keywords:
        return summary
    method, self_env = forward
    params = [p.name.value for p in (*method.params.posonly_params, *method.params.params)]
    if len(params) != len(args.values) + 1:
        return summary
    env: Env = dict(self_env)
    for name, value in zip(params[1:], args.values, strict=True):
        if value is not None:
            env[name] = value
    sized = interp.summarize(method, env, globals_env={})
    if not isinstance(sized, Tensor):
        return summary
    return summary.evolve(shape=sized.shape, nonscalar=sized.known_nonscalar)


def _frozen_local_output(interp: Interpreter, forward: cst.FunctionDef, self_env: Env,
                         args: _Args) -> Tensor | None:
    """A module class of this file whose every parameter was frozen: its `forward` walked
    with the call's arguments and frozen `self.*` layers and parameters (anything else it
    reads, such as globals, stays unknown)."""
    if args.starred or args.keywords or args.grad_inputs() is not False:
        return None
    params = [p.name.value for p in (*forward.params.posonly_params, *forward.params.params)]
    if len(params) != len(args.values) + 1:
        return None
    env: Env = {}
    for key, value in self_env.items():
        if isinstance(value, Obj) and value.kind == "module":
            env[key] = replace(value, trainable=False)
        elif isinstance(value, Tensor) and value.parameter:
            env[key] = value.evolve(requires_grad=False)
        elif isinstance(value, Tensor):
            env[key] = value
    for name, value in zip(params[1:], args.values, strict=True):
        if value is not None:
            env[name] = value
    summary = interp.summarize(forward, env, globals_env={})
    if not isinstance(summary, Tensor) or summary.requires_grad is not False:
        return None
    result = _in_grad_mode(summary, interp.grad)
    if isinstance(result, Tensor) and interp.grad is True:
        return result.evolve(no_graph="every parameter of the module was frozen and its "
                                      "input does not require grad")
    return result if isinstance(result, Tensor) else None


# Modules whose `inplace` flag may be passed positionally, with its position.
_INPLACE_POSITION = {"ReLU": 0, "ReLU6": 0, "SELU": 0, "SiLU": 0, "Mish": 0, "Hardswish": 0,
                     "Hardsigmoid": 0, "Dropout": 1, "Dropout1d": 1, "Dropout2d": 1,
                     "Dropout3d": 1, "AlphaDropout": 1, "LeakyReLU": 1, "ELU": 1, "CELU": 1}


def _inplace_flag(name: str, args: _Args) -> bool:
    node = args.kw("inplace")
    position = _INPLACE_POSITION.get(name)
    if node is None and position is not None and len(args.positional) > position:
        node = args.positional[position]
    return literal_bool(node) is True


def _reduction(args: _Args) -> str | None:
    node = args.kw("reduction")
    if node is not None:
        return literal_str(node)
    if args.has("reduce"):
        flag = literal_bool(args.kw("reduce"))
        return None if flag is None else ("mean" if flag else "none")
    if args.has("size_average"):
        return None
    return "mean"


def _loss_output(interp: Interpreter, args: _Args, reduction: str | None,
                 loss: str) -> Tensor:
    rg = args.grad_inputs()
    if reduction in ("mean", "sum"):
        return op_result(rg, interp.grad, (), None, origin="a reduced loss")
    result = op_result(rg, interp.grad, None, None, origin="an unreduced loss")
    if reduction == "none":
        shape = None if args.starred or args.keywords.keys() - {"reduction"} else \
            shapes.unreduced_loss_shape(loss, args.values)
        return result.evolve(per_sample=True, shape=shape,
                             origin="a loss with reduction='none'")
    return result


def _torch_function(interp: Interpreter, name: str, args: _Args, grad: bool | None
                    ) -> Tensor | None:
    tensors = args.tensors()
    if not tensors:
        return None
    first = args.values[0] if args.values else None
    rg = args.grad_inputs()
    if name in REDUCTIONS and len(args.positional) == 1 and not args.has("dim"):
        if isinstance(first, Tensor):
            return op_result(rg, grad, () if not args.has("keepdim") else None, first.dtype)
    if isinstance(first, Tensor) and _pair_result(name, args, 1):
        return _values_and_indices(interp, first, rg)  # torch.max(x, 1)
    if name in TUPLE_REDUCTIONS:
        return None  # torch.max(x, y) is element-wise; torch.sort(x) a tuple
    if name in MATMUL_FUNCS and len(args.values) == 2:
        a, b = args.values
        if isinstance(a, Tensor) and isinstance(b, Tensor):
            return op_result(rg, grad, matmul_shape(a.shape, b.shape), a.dtype)
    if name in ELEMENTWISE and isinstance(first, Tensor):
        shape = first.shape
        for other in args.values[1:len(args.positional)]:
            if isinstance(other, Tensor):
                shape = broadcast(shape, other.shape)
        dtype = first.dtype if all(t.dtype == first.dtype for t in tensors) else None
        result = op_result(rg, grad, shape, dtype).evolve(per_sample=first.per_sample)
        return shapes.at_least_as_big(result, *args.values[:len(args.positional)])
    if name in ("stack", "cat", "concat", "concatenate") and args.positional and \
            isinstance(first, Obj) and first.kind == "tuple":
        result = op_result(rg, grad, None, None)
        if name == "stack" and len(first.elements) > 1:
            return result.evolve(nonscalar=True)
        return shapes.at_least_as_big(result, *first.elements)
    if name in _INDEX_RESULTS and isinstance(first, Tensor):
        return _indices(first)
    if _counts_or_positions(name, args) and isinstance(first, Tensor):
        return _indices(first, name)
    if name in _SPLITS and isinstance(first, Tensor):
        return Obj("tensors", elements=(op_result(rg, grad, None, first.dtype),))
    if name in DIFFERENTIABLE:
        return op_result(rg, grad, None, first.dtype if isinstance(first, Tensor) else None)
    return None


# ---------------------------------------------------------------------- tensor methods
def _tensor_method(interp: Interpreter, base: Tensor, method: str, args: _Args, env: Env,
                   path: str | None) -> Value | None:
    grad = interp.grad

    def update(new: Tensor) -> Tensor:
        if path is not None:
            env[path] = new
        return new

    if method == "retain_grad":
        if base.requires_grad is True:
            update(base.evolve(retains_grad=True))
        return None
    if method in _INT_METHODS and (method != "size" or args.positional):
        return Obj("number", number="int")  # `x.size(1)`, `x.numel()`
    if method in NON_TENSOR_METHODS:
        return None
    if method in _INDEX_RESULTS or _counts_or_positions(method, args):
        return _indices(base, method)
    if method == "requires_grad_":
        flag_node = args.positional[0] if args.positional else args.kw("requires_grad")
        flag = True if flag_node is None else literal_bool(flag_node)
        return update(base.evolve(requires_grad=flag))
    if method == "detach":
        return Tensor(requires_grad=False, is_leaf=True, shape=base.shape, dtype=base.dtype,
                      device=base.device, origin="a .detach()ed tensor",
                      no_graph="it comes from .detach()")
    if method == "detach_":
        return update(base.evolve(requires_grad=False, is_leaf=True, retains_grad=False,
                                  no_graph="it was .detach_()ed"))
    if method in CASTS or method in ("to", "cuda", "cpu", "type"):
        return _cast(interp, base, method, args)
    if method.endswith("_") and not method.startswith("_"):
        if path is not None:
            _filled_through_data(env, path)
        incoming = [v.requires_grad for v in args.values if isinstance(v, Tensor)]
        new = base.evolve(uninitialized=False)
        if any(flag is True for flag in incoming) and base.requires_grad is not True:
            new = new.evolve(requires_grad=True if grad is True else None,
                             is_leaf=False if grad is True else None)
        return update(new)
    if method in _SPLITS:
        piece = op_result(or3(base.requires_grad, args.grad_inputs()), grad,
                          _piece_shape(base, method, args), base.dtype)
        return Obj("tensors", elements=(piece,))
    if method.startswith("new_"):
        rg = args.requires_grad()
        return Tensor(requires_grad=rg, is_leaf=True, dtype=args.dtype() or base.dtype,
                      device=base.device)
    rg = or3(base.requires_grad, args.grad_inputs())
    if _pair_result(method, args, 0):
        return _values_and_indices(interp, base, rg, _pair_size(base, method, args))
    if method in REDUCTIONS:
        no_dim = not args.positional and not args.has("dim") and not args.has("axis")
        if not no_dim and method in TUPLE_REDUCTIONS:
            return None  # x.max(other), or a tuple not tracked
        shape = () if no_dim and not args.has("keepdim") else _reduced_shape(base, args)
        result = op_result(rg, grad, shape, base.dtype, origin=f"a .{method}() result")
        if not no_dim and _keeps_batch_axis(base, method, args):
            return result.evolve(per_sample=True)
        return result
    if method in ("matmul", "mm", "dot", "mv") and len(args.values) == 1 and \
            isinstance(args.values[0], Tensor):
        return op_result(rg, grad, matmul_shape(base.shape, args.values[0].shape), base.dtype)
    if method in ("view", "reshape"):
        return shapes.at_least_as_big(op_result(rg, grad, _reshape(base, args), base.dtype),
                                      base)
    if method in ELEMENTWISE:
        shape = base.shape
        for other in args.values:
            if isinstance(other, Tensor):
                shape = broadcast(shape, other.shape)
        result = op_result(rg, grad, shape, base.dtype).evolve(per_sample=base.per_sample)
        return shapes.at_least_as_big(result, base, *args.values)
    if method in DIFFERENTIABLE:
        result = op_result(rg, grad, _view_shape(base, method, args), base.dtype)
        result = result.evolve(per_sample=base.per_sample)
        return shapes.at_least_as_big(result, base) if method in _NUMEL_KEEPING else result
    # Unknown method: no graph can appear from tensors that have none.
    if rg is False:
        return op_result(False, grad, None, None)
    return None


# Ops that return integer positions (int64, never part of a graph).
_INDEX_RESULTS = frozenset({"argmax", "argmin", "argsort"})
# Tensor methods that return a Python int.
_INT_METHODS = frozenset({"size", "numel", "dim", "ndimension", "nelement", "element_size"})


def _indices(base: Tensor, op: str = "argmax/argmin/argsort") -> Tensor:
    return Tensor(requires_grad=False, is_leaf=True, dtype="int64", device=base.device,
                  origin=f"an integer tensor ({op})", no_graph="it holds integer indices")


# Ops whose result is an int64 tensor of counts or positions (never part of a graph).
_INTEGER_RESULTS = frozenset({"bincount", "nonzero", "argwhere", "searchsorted", "bucketize"})


def _counts_or_positions(name: str, args: _Args) -> bool:
    """`bincount(x)` (int64 counts unless `weights` are given), `nonzero`, `argwhere`,
    `searchsorted`/`bucketize` (int64 unless `out_int32=True`)."""
    if name not in _INTEGER_RESULTS or args.starred:
        return False
    if name == "bincount":
        return not args.has("weights") and len(args.positional) <= 1
    if name == "nonzero":
        return not args.has("as_tuple")
    return not args.has("out_int32")


def _pair_result(name: str, args: _Args, dim_position: int) -> bool:
    """Does this call return a (values, indices) pair? `sort`/`topk`/`kthvalue`/`mode`
    always; `max`/`min`/`median` when given a dimension (an int, not a tensor to compare
    with)."""
    if args.starred:
        return False
    if name in ("sort", "topk", "kthvalue", "mode"):
        return True
    if name not in ("max", "min", "median", "nanmedian"):
        return False
    if args.has("dim"):
        return True
    values = args.values[:len(args.positional)]
    dim = values[dim_position] if len(values) > dim_position else None
    return isinstance(dim, Obj) and dim.kind == "number" and dim.number == "int"


def _values_and_indices(interp: Interpreter, base: Tensor, rg: bool | None,
                        size: Tensor | None = None) -> Obj:
    """`x.max(dim=1)`, `torch.sort(x, 1)`, `x.topk(k)`: a (values, indices) pair; the
    values carry the graph (and the size facts `size` when known), the indices are int64."""
    values = op_result(rg, interp.grad, size.shape if size else None, base.dtype,
                       origin="the values of a reduction")
    if size is not None and size.nonscalar:
        values = values.evolve(nonscalar=True)
    return Obj("tuple", qualname="torch.return_types", elements=(values, _indices(base)))


def _pair_size(base: Tensor, method: str, args: _Args) -> Tensor | None:
    """Size facts of the values of `x.sort(...)` (x's shape) and `x.topk(k)` (k along the
    last axis, or `dim`): a literal k > 1 alone means more than one element."""
    if args.starred:
        return None
    if method == "sort":
        return Tensor(shape=base.shape, nonscalar=base.known_nonscalar)
    if method != "topk":
        return None
    k_node = args.kw("k") or (args.positional[0] if args.positional else None)
    dim_node = args.kw("dim") or (args.positional[1] if len(args.positional) > 1 else None)
    k = literal_int(k_node) if k_node is not None else None
    dim = -1 if dim_node is None else shapes.signed_int(dim_node)
    if k is None:
        return None
    shape = None
    if base.shape and dim is not None and -len(base.shape) <= dim < len(base.shape):
        axis = dim % len(base.shape)
        shape = (*base.shape[:axis], k, *base.shape[axis + 1:])
    return Tensor(shape=shape, nonscalar=k > 1)


def _number_kind(value: Value | None) -> str | None:
    """'int'/'float'/'bool' for a value known to be a Python number of that kind."""
    return value.number if isinstance(value, Obj) and value.kind == "number" else None


def _piece_shape(base: Tensor, method: str, args: _Args) -> Shape | None:
    """The shape every piece of `x.split(s)` / `x.chunk(n)` (along dim 0, dividing it
    exactly) or `x.unbind()` has; None when the pieces may differ or it is not known."""
    if args.starred or args.keywords or not base.shape or base.shape[0] is None:
        return None
    rows, rest = base.shape[0], base.shape[1:]
    if method == "unbind" and not args.positional:
        return rest
    size = literal_int(args.positional[0]) if len(args.positional) == 1 else None
    if size is None or size < 1 or rows < 1:
        return None
    if method == "split" and rows % size == 0:
        return (size, *rest)
    if method == "chunk" and rows % size == 0:
        return (rows // size, *rest)
    return None


# Ops that return a tuple of pieces of one tensor (`q, k, v = x.chunk(3, dim=-1)`).
_SPLITS = frozenset({"chunk", "split", "unbind", "tensor_split", "split_with_sizes"})

# Tensor methods whose result holds at least as many elements as the tensor.
_NUMEL_KEEPING = frozenset({
    "view", "reshape", "view_as", "reshape_as", "flatten", "squeeze", "unsqueeze", "permute",
    "transpose", "t", "movedim", "swapaxes", "unflatten",
    "mT", "T", "type_as", "contiguous", "clone",
})


def _view_shape(base: Tensor, method: str, args: _Args) -> Shape | None:
    """The shape after `.t()`, `.unsqueeze(d)`, `.transpose(a, b)`, `.permute(...)`."""
    if args.starred or args.keywords:
        return None
    dims = [shapes.signed_int(node) for node in args.positional]
    if method == "t" and base.shape is not None and len(base.shape) <= 2:
        return base.shape[::-1]
    if method == "unsqueeze" and len(dims) == 1:
        return shapes.unsqueeze(base.shape, dims[0])
    if method in ("transpose", "swapaxes") and len(dims) == 2:
        return shapes.transpose(base.shape, dims[0], dims[1])
    if method == "permute" and dims:
        return shapes.permute(base.shape, dims)
    if method == "diagonal" and not dims and base.shape is not None and len(base.shape) == 2:
        rows, cols = base.shape
        return (min(rows, cols),) if rows is not None and cols is not None else (None,)
    return None


def _reduced_dims(args: _Args) -> list[int | None] | None:
    """The literal dimensions of `x.sum(dim=1)`, `x.sum((0, 2))`, `x.mean(dim=-1)`."""
    dim_node = args.kw("dim") or args.kw("axis") or (args.positional[0] if args.positional
                                                     else None)
    if dim_node is None:
        return None
    if isinstance(dim_node, (cst.Tuple, cst.List)):
        return [shapes.signed_int(e.value) for e in dim_node.elements] or None
    return [shapes.signed_int(dim_node)]


def _reduced_shape(base: Tensor, args: _Args) -> Shape | None:
    """`x.sum(dim=1)`, `x.sum(dim=(0, 2))` on a known rank drop those axes (unless
    keepdim=True)."""
    dims = _reduced_dims(args)
    if dims is None or base.shape is None or args.has("keepdim"):
        return None
    rank = len(base.shape)
    axes = {d + rank if d is not None and d < 0 else d for d in dims}
    if any(a is None or not 0 <= a < rank for a in axes) or len(axes) != len(dims):
        return None
    return tuple(size for axis, size in enumerate(base.shape) if axis not in axes)


# Reductions whose first positional argument is the dimension (not `norm(p)`, `dot(y)`).
_DIM_FIRST_REDUCTIONS = frozenset({"sum", "mean", "nansum", "nanmean", "amax", "amin",
                                   "logsumexp", "prod"})


def _keeps_batch_axis(base: Tensor, method: str, args: _Args) -> bool:
    """A per-sample loss reduced over positive literal dimensions only (`.mean(dim=1)`)
    keeps its leading batch axis: still one value per sample."""
    if method not in _DIM_FIRST_REDUCTIONS and not args.has("dim"):
        return False
    dims = _reduced_dims(args)
    return base.per_sample and not args.has("keepdim") and dims is not None and \
        all(d is not None and d >= 1 for d in dims)


def _reshape(base: Tensor, args: _Args) -> Shape | None:
    nodes = args.positional
    if len(nodes) == 1 and isinstance(nodes[0], (cst.Tuple, cst.List)):
        nodes = [e.value for e in nodes[0].elements]
    dims = []
    for n in nodes:
        if isinstance(n, cst.UnaryOperation) and isinstance(n.operator, cst.Minus) and \
                literal_int(n.expression) == 1:
            dims.append(-1)
        else:
            dims.append(literal_int(n))
    if not dims or any(d is None for d in dims):
        return None
    if -1 in dims:
        total = base.numel
        known = 1
        for d in dims:
            if d != -1 and d is not None:
                known *= d
        if total is None or known == 0 or dims.count(-1) > 1:
            return None
        dims = [total // known if d == -1 else d for d in dims]
    return tuple(dims)


def _cast(interp: Interpreter, base: Tensor, method: str, args: _Args) -> Value | None:
    """`.to()/.cuda()/.double()/...`: the same tensor when nothing changes, else a copy.

    A copy of a tensor that requires grad is a non-leaf; whether anything changes is known
    only when both the source and the target dtype/device are known.
    """
    target_dtype: str | None = base.dtype
    target_device: str | None = base.device
    changes: list[bool | None] = []
    if method in CASTS:
        target_dtype = CASTS[method]
        changes.append(None if base.dtype is None else base.dtype != target_dtype)
    elif method in ("cuda", "cpu"):
        target_device = method
        changes.append(None if base.device is None else base.device != method)
    elif method == "type":
        if not args.positional:
            return None
        qualname = interp.facts.qualname(args.positional[0])
        target_dtype = dtype_from_expr(args.positional[0], qualname) or \
            TYPED_TENSORS.get(qualname or "")  # `.type(torch.DoubleTensor)`
        changes.append(None if target_dtype is None or base.dtype is None
                       else base.dtype != target_dtype)
    else:  # .to(...)
        dtype_node = args.kw("dtype")
        device_node = args.kw("device")
        for node in args.positional:
            value = args.value_of(node)
            if isinstance(value, Tensor):
                changes.append(None)
                target_dtype, target_device = value.dtype, value.device
            elif devices.dtype_of(node, interp.facts) is not None:
                dtype_node = node
            else:
                device_node = node
        if dtype_node is not None:
            target_dtype = devices.dtype_of(dtype_node, interp.facts)
            changes.append(None if target_dtype is None or base.dtype is None
                           else base.dtype != target_dtype)
        if device_node is not None:
            target_device = devices.device_of(device_node, interp.facts)
            changes.append(None if target_device is None or base.device is None
                           else base.device != target_device)
    changed = or3(*changes) if changes else False
    if changed is False:
        return base
    int_target = target_dtype is not None and not (
        target_dtype.startswith("float") or target_dtype.startswith("complex")
        or target_dtype == "bfloat16")
    rg = False if int_target else base.requires_grad
    result = op_result(rg, interp.grad, base.shape, target_dtype,
                       origin=f"a .{method}() copy").evolve(device=target_device)
    if changed is None:
        return result.evolve(is_leaf=None if result.requires_grad is not False else True)
    return result


# ---------------------------------------------------------------------- modules
def _module_method(interp: Interpreter, module: Obj, method: str, args: _Args, env: Env,
                   path: str | None) -> Value | None:
    if method == "parameters":
        return Obj("params")
    if method == "named_parameters":
        return Obj("named_params")
    new: Obj | None = None
    if method in CASTS and CASTS[method].startswith("float"):
        new = Obj("module", qualname=module.qualname, dtype=CASTS[method])
    elif method == "to":
        dtype = args.dtype(0)
        if dtype is None:
            for node in args.positional:
                dtype = dtype or dtype_from_expr(node, interp.facts.qualname(node))
        new = Obj("module", qualname=module.qualname, dtype=dtype) if dtype else module
    elif method == "requires_grad_":
        flag_node = args.positional[0] if args.positional else args.kw("requires_grad")
        flag = True if flag_node is None else literal_bool(flag_node)
        new = replace(module, trainable=flag)
    elif method in ("cuda", "cpu", "train", "eval", "zero_grad"):
        new = module
    if new is not None and path is not None:
        env[path] = new
    return new
