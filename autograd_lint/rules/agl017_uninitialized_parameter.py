"""AGL017: a parameter made with `torch.empty` (or `torch.Tensor(n, m)`) read before any
initialisation.

The analysis tracks `uninitialized` through the flow of each scope: `nn.init.*_`, in-place
fills (`.uniform_()`, `.copy_()`, `.data.normal_()`), `.data = ...` and handing the tensor
(or `self`, for `self.reset_parameters()`) to code it cannot see all count as initialising.
This rule adds what the flow cannot see: initialisation in other methods of the class or
from outside it, generic init loops over parameters, `.apply(fn)` initialisers of the file
(only the attributes `fn` reaches count), tensors a helper returns or is passed, and reads
in other methods of an attribute that only the class's own (seen) methods could have
filled.
"""

from __future__ import annotations

import ast
import functools
import io
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass, field

import libcst as cst

from autograd_lint.analysis import Facts
from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.torch_api import DIFFERENTIABLE, ELEMENTWISE, PARAMETER
from autograd_lint.analysis.tree import find, run_visitor
from autograd_lint.analysis.values import Obj, Tensor
from autograd_lint.outline import Outline
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import method_name
from autograd_lint.rules.triggers import INPLACE_CALL

_CREATES = re.compile(r"\bempty(?:_like|_strided)?\s*\(|Tensor\s*\(")
"""torch.empty / empty_like / empty_strided, torch.Tensor(n, m) and the typed constructors."""
_LOOP = re.compile(r"\bfor\b")

# Tensor methods that read metadata or flags, not values.
_METADATA = frozenset({
    "size", "dim", "ndimension", "numel", "nelement", "data_ptr", "element_size", "stride",
    "get_device", "is_contiguous", "requires_grad_", "retain_grad", "register_hook",
    "register_post_accumulate_grad_hook", "is_floating_point", "is_complex", "storage",
    "untyped_storage", "type", "to", "cuda", "cpu", "double", "float", "half", "bfloat16",
    "detach", "share_memory_",
})
# Any of these in a file may initialise parameters the flow cannot follow.
_EXTERNAL_INIT = ("load_state_dict", "from_pretrained", "torch.load")
_EXTERNAL_INIT_ATTRIBUTES = ("load_state_dict", "from_pretrained")
# Initialising methods by name (`init_weights`, `reset_parameters`, `_reset_...`): they may
# fill anything, unless the call is one this rule follows (see _unseen_initialisation).
_INIT_NAMES = ("init_weights", "reset_parameters", "_reset_")
# `def reset_parameters`, `class Gate` (any def or class header): blanked before looking
# for calls of a name (`Gate(` in `class Gate(nn.Module)` builds nothing).
_DEF_HEADER = re.compile(r"\b(def|class)\s+\w+")
_INIT_METHOD = re.compile(r"init|reset", re.IGNORECASE)
_NN_MODULE = frozenset({"torch.nn.Module", "torch.nn.modules.module.Module"})
_VIEWS = frozenset({"T", "mT", "H", "mH", "real", "imag"})
_READING_BUILTINS = frozenset({"len", "range", "enumerate", "zip", "iter", "reversed", "print",
                               "isinstance", "id", "repr", "str", "type", "hasattr", "sum",
                               "min", "max", "sorted", "list", "tuple"})
# Tensor methods that read their tensor arguments (the receiver may be unknown: `x.mm(w)`).
_TENSOR_OPS = (DIFFERENTIABLE | ELEMENTWISE) - _METADATA
_PARAMETER_CONTAINERS = frozenset({
    "torch.nn.ParameterList", "torch.nn.ParameterDict", "torch.nn.modules.container.ParameterList",
    "torch.nn.modules.container.ParameterDict"})
_PARAMETER_ITERATORS = frozenset({"parameters", "named_parameters", "modules",
                                  "named_modules", "children", "buffers"})


@dataclass
class _Class:
    node: cst.ClassDef
    constructors: dict[str, cst.BaseExpression] = field(default_factory=dict)
    used: dict[str, str] = field(default_factory=dict)
    # Parameters the flow does not follow into `self.<attr>`: attr -> (the uninitialised
    # tensor's expression, how to name it). `self.experts = nn.ParameterList([...])`,
    # `self.register_parameter("w", nn.Parameter(torch.empty(n)))`.
    unfollowed: dict[str, tuple[cst.BaseExpression, str]] = field(default_factory=dict)


@dataclass
class _Frame:
    """What a scope (the module, a function) calls and hands back, to follow an
    uninitialised tensor made in a helper to where the caller reads it."""

    function: cst.FunctionDef | None = None
    calls: set[str] = field(default_factory=set)
    """Names of the functions called here (`make_weights(...)`)."""
    appended: dict[str, list[str]] = field(default_factory=dict)
    """`weights.append(w)`: list name -> the names appended to it."""
    returned: list[cst.BaseExpression] = field(default_factory=list)


class UninitializedParameter(Rule):
    code = "AGL017"
    name = "uninitialized-parameter"
    severity = "warning"
    summary = ("A tensor that requires grad made with `torch.empty(...)` (or "
               "`nn.Parameter(torch.empty(...))`, `torch.Tensor(n, m)`, also as the "
               "elements of an `nn.ParameterList`/`nn.ParameterDict`) is read by an "
               "operation before anything initialises it.")
    why = ("`torch.empty` only allocates: the values are whatever was in memory, often "
           "NaN, inf or huge numbers, and different on every run. A weight used like that "
           "makes training diverge or silently depend on garbage. torch's own layers create "
           "their weights with `torch.empty` and then call `reset_parameters()`; code that "
           "copies the first half of that pattern but not the second trains from garbage.")
    evidence = ("Silent: torch raises nothing, the values are nondeterministic. With "
                "`torch.use_deterministic_algorithms(True)` and "
                "`torch.utils.deterministic.fill_uninitialized_memory = True` (the default), "
                "`torch.empty` is filled with NaN, so the first read yields NaN.")
    how_to_fix = ("Initialise before the first use: `nn.init.kaiming_uniform_(w, a=5 ** 0.5)`"
                  " / `nn.init.xavier_normal_(w)` / `nn.init.zeros_(b)`, or `with "
                  "torch.no_grad(): w.uniform_(-bound, bound)` (or `.copy_(src)`), or call "
                  "`self.reset_parameters()` in `__init__`; or create it initialised: "
                  "`torch.randn(...) * scale`, `torch.zeros(...)`.")
    leave_alone = ("`torch.empty(...)` followed by any `nn.init.*_`; "
                   "`torch.empty(...).uniform_(...).requires_grad_()`; `copy_()` / "
                   "`.data.normal_()` / `.data = ...` before use; `reset_parameters()` (or "
                   "any method or function the tensor is handed to, unless it is a function "
                   "of the file seen to read it first) before use; classes "
                   "that initialise the attribute in another method (one that something "
                   "calls: a `reset_parameters` that nothing calls initialises nothing); "
                   "loops that fill each element of a parameter list; files that load a "
                   "state dict, call `.apply(fn)` with an `fn` they do not define (their "
                   "own `fn` initialises the attributes it reaches: `m.weight`, `m.pos`), "
                   "loop over `.parameters()` or call an "
                   "`init_weights`/`reset_parameters`/`_reset_*` method the class calling it "
                   "does not define (an inherited one; a submodule's resets only its own); "
                   "`torch.empty` buffers that do not require grad (e.g. `out=` targets).")
    tokens = ("empty", "Tensor(")

    @classmethod
    def relevant_file(cls, source: str) -> bool:
        return _CREATES.search(source) is not None

    @classmethod
    def relevant_class(cls, text: str, context: str) -> bool:
        """A class that makes a tensor with torch.empty: all of it, since any method may
        read or initialise the attribute."""
        return _CREATES.search(text) is not None

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """Makes a tensor with torch.empty, or may be a loop that initialises tensors."""
        return _CREATES.search(text) is not None or \
            (_LOOP.search(text) is not None and INPLACE_CALL.search(text) is not None)

    # Whole-file questions, asked only once there is an uninitialised tensor to report:
    # most files the rule runs on have none, and each answer walks the whole file.
    @functools.cached_property
    def references(self) -> str:
        """The file's code, where a method that is only defined (`def reset_parameters`)
        initialises nothing."""
        return _DEF_HEADER.sub(r"\1", _code_only(self.ctx.module.code))

    @functools.cached_property
    def _unseen(self) -> tuple[bool, set[str]]:
        # The parsed code may be a slice of the file: the whole file's attribute names
        # (ctx.outline) also count, e.g. `model.load_state_dict(...)` in a dropped function.
        return _unseen_initialisation(self.ctx.outline.tree)

    @property
    def applied(self) -> set[str]:
        """Attribute names the `.apply(fn)` initialisers the rule can follow touch."""
        return self._unseen[1]

    @functools.cached_property
    def external_init(self) -> bool:
        ctx = self.ctx
        return any(marker in self.references for marker in _EXTERNAL_INIT) or \
            any(ctx.outline.attribute_counts[name] for name in _EXTERNAL_INIT_ATTRIBUTES) or \
            self._unseen[0] or _has_init_loop(ctx.module, ctx.facts)

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.classes: list[_Class] = []
        self.scopes: list[dict[str, cst.BaseExpression]] = [{}]
        self.containers: list[dict[str, cst.BaseExpression]] = [{}]
        self.method_stack: list[str] = []
        self.reported: set[int] = set()
        self.frames: list[_Frame] = [_Frame()]
        # Top-level function name -> the uninitialised tensors it returns (directly or in
        # a list it appends them to).
        self.escaping: dict[str, list[cst.BaseExpression]] = {}
        # Reads of an uninitialised tensor made in no enclosing scope: (the frames around
        # the read, its name, the reading code), resolved in leave_Module.
        self.unlinked: list[tuple[list[_Frame], str, str]] = []
        self.module_calls: dict[str, list[cst.Call]] = {}  # module-level calls by name

    # ------------------------------------------------------------------ scopes
    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.classes.append(_Class(node))

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        klass = self.classes.pop()
        if not (klass.constructors or klass.unfollowed) or self.external_init:
            return
        initialised = _initialised_elsewhere(klass.node, self.facts, self._never_runs) | \
            self.applied
        for attr, use in klass.used.items():
            constructor = klass.constructors.get(attr)
            if constructor is None or attr in initialised or \
                    _mentioned_outside(self.ctx.outline, klass.node, attr):
                continue
            self._report(constructor, f"self.{attr}", use)
        initialised |= _filled_in_init(klass.node, self.facts)
        for attr, (element, shown) in klass.unfollowed.items():
            method = _read_in_other_method(klass.node, attr)
            if method is None or attr in initialised or \
                    _mentioned_outside(self.ctx.outline, klass.node, attr):
                continue
            self._report(element, shown, f"self.{attr} in {method}()")
        if _init_runs_unseen_code(klass.node):
            return
        # The flow counts any `self.<method>()` call as initialising every attribute; with
        # the class's own methods all seen (`initialised`), a read elsewhere is a use.
        for attr, constructor in klass.constructors.items():
            if attr in klass.used or attr in initialised or \
                    _assignments(klass.node, attr) != 1 or \
                    _mentioned_outside(self.ctx.outline, klass.node, attr):
                continue
            method = _value_read(klass.node, attr)
            if method is not None:
                self._report(constructor, f"self.{attr}", f"self.{attr} in {method}()")

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.scopes.append({})
        self.containers.append({})
        self.method_stack.append(node.name.value)
        self.frames.append(_Frame(function=node))

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        if not self.classes and len(self.method_stack) == 1:
            self.escaping[original_node.name.value] = self._returned_constructors()
        self.scopes.pop()
        self.containers.pop()
        self.method_stack.pop()
        self.frames.pop()

    def leave_Module(self, original_node: cst.Module) -> None:
        """A read of an uninitialised tensor that some helper made and returned: reported
        at the helper's constructor when exactly one helper called around the read can
        have made it (`ws = make_weights(...)`, then `h @ w` for `w` in `ws`)."""
        if not self.unlinked or self.external_init:
            return
        for frames, name, use in self.unlinked:
            called = set().union(*(frame.calls for frame in frames))
            made = {id(c): c for f in called for c in self.escaping.get(f, ())}
            if len(made) == 1:
                self._report(next(iter(made.values())), name, use)
            for constructor in self._passed_in(frames, name):
                self._report(constructor, name, use)

    def _passed_in(self, frames: list[_Frame], name: str) -> list[cst.BaseExpression]:
        """A read of a parameter of a top-level function: the module-level uninitialised
        tensors the module-level calls pass for it (`loss(img, txt, log_temp)`)."""
        function = frames[-1].function
        if len(frames) != 2 or function is None:
            return []
        params = [*function.params.posonly_params, *function.params.params]
        index = next((i for i, p in enumerate(params) if p.name.value == name), None)
        if index is None:
            return []
        found = []
        for call in self.module_calls.get(function.name.value, ()):
            args = [a for a in call.args if a.keyword is None and not a.star]
            keyword = next((a for a in call.args if a.keyword is not None
                            and a.keyword.value == name), None)
            arg = args[index] if index < len(args) else keyword
            constructor = self.scopes[0].get(dotted(arg.value) or "") if arg else None
            if constructor is not None:
                found.append(constructor)
        return found

    def _returned_constructors(self) -> list[cst.BaseExpression]:
        """The uninitialised tensors this function's `return` hands back: a constructor
        bound here (`return w`, `return w, b`), the items of a list it appended them to
        (`weights.append(w)`, `return weights`), or the constructor itself."""
        scope, frame = self.scopes[-1], self.frames[-1]
        found: list[cst.BaseExpression] = []
        for value in frame.returned:
            tensor = self.facts.tensor(value)
            if isinstance(value, cst.Call) and tensor is not None and tensor.uninitialized \
                    and (tensor.requires_grad is True or tensor.parameter):
                found.append(value)
                continue
            items = [e.value for e in value.elements] \
                if isinstance(value, (cst.Tuple, cst.List)) else [value]
            for item in items:
                name = dotted(item)
                if name is None:
                    continue
                for path in (name, *frame.appended.get(name, ())):
                    if path in scope:
                        found.append(scope[path])
        return found

    def visit_Return(self, node: cst.Return) -> None:
        if node.value is not None:
            self.frames[-1].returned.append(node.value)

    def _never_runs(self, klass: cst.ClassDef, method: cst.FunctionDef) -> bool:
        """An initialisation method (`reset_parameters`, `_init_weights`) of a plain
        nn.Module subclass that nothing in the file calls, while the file builds the class.

        Only init-like names count: torch itself calls `forward`, hooks and state-dict
        methods without naming them. A class with another base may inherit a caller
        (`post_init()` in transformers calls `_init_weights`)."""
        name = method.name.value
        if name.startswith("__") or not _INIT_METHOD.search(name):
            return False
        if not klass.bases or not all(self.facts.qualname(b.value) in _NN_MODULE
                                      for b in klass.bases):
            return False
        if re.search(rf"\b{re.escape(name)}\b", self.references) or \
                self.ctx.outline.attribute_counts[name]:
            return False
        return re.search(rf"\b{re.escape(klass.name.value)}\s*\(", self.references) is not None

    def _in_method(self) -> bool:
        return bool(self.classes) and bool(self.method_stack)

    # ------------------------------------------------------------------ constructors
    def visit_Assign(self, node: cst.Assign) -> None:
        self._container(node)
        tensor = self.facts.tensor(node.value)
        if tensor is None or not tensor.uninitialized:
            return
        if not (tensor.requires_grad is True or tensor.parameter):
            return
        made = self._made_in_helper(node.value)
        for path, attr in self._targets(node):
            if attr is not None:
                self.classes[-1].constructors[attr] = made
            else:
                self.scopes[-1][path] = made

    def _made_in_helper(self, value: cst.BaseExpression) -> cst.BaseExpression:
        """`b = make_bias(3)`: the `torch.empty(...)` inside the helper, when that is the
        one uninitialised tensor it returns; else the value itself."""
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Name):
            made = self.escaping.get(value.func.value, [])
            if len(made) == 1:
                return made[0]
        return value

    def _targets(self, node: cst.Assign) -> list[tuple[str, str | None]]:
        """(dotted target, the attribute when it is `self.<attr>` in a method)."""
        out: list[tuple[str, str | None]] = []
        for target in node.targets:
            path = dotted(target.target)
            if path is not None:
                own = path.startswith("self.") and self._in_method()
                out.append((path, path[len("self."):] if own else None))
        return out

    def _container(self, node: cst.Assign) -> None:
        """`weights = [nn.Parameter(torch.empty(d, d)) for _ in range(k)]`,
        `self.experts = nn.ParameterList(weights)`: remember the uninitialised element."""
        element = self._uninitialised_element(node.value)
        if element is None:
            return
        for path, attr in self._targets(node):
            if attr is not None:
                self.classes[-1].unfollowed[attr] = (element, f"an element of self.{attr}")
            else:
                self.containers[-1][path] = element

    def _uninitialised_element(self, value: cst.BaseExpression) -> cst.BaseExpression | None:
        """The element of a list/comprehension of uninitialised parameters, directly, through
        a name bound to one in this scope, or wrapped in nn.ParameterList/ParameterDict."""
        if isinstance(value, cst.Call) and len(value.args) == 1 and \
                self.facts.qualname(value.func) in _PARAMETER_CONTAINERS:
            value = value.args[0].value
        if isinstance(value, cst.Name):
            return self.containers[-1].get(value.value)
        if isinstance(value, cst.Dict):
            candidates = [e.value for e in value.elements if isinstance(e, cst.DictElement)]
        elif isinstance(value, (cst.List, cst.Tuple)):
            candidates = [e.value for e in value.elements]
        elif isinstance(value, (cst.ListComp, cst.GeneratorExp)):
            candidates = [value.elt]
        elif isinstance(value, cst.DictComp):
            candidates = [value.value]
        else:
            return None
        for candidate in candidates:
            tensor = self.facts.tensor(candidate)
            if tensor is not None and tensor.uninitialized and tensor.parameter:
                return candidate
        return None

    # ------------------------------------------------------------------ uses
    def visit_BinaryOperation(self, node: cst.BinaryOperation) -> None:
        for operand in (node.left, node.right):
            self._use(operand, node)

    def visit_UnaryOperation(self, node: cst.UnaryOperation) -> None:
        self._use(node.expression, node)

    def visit_Subscript(self, node: cst.Subscript) -> None:
        if not self.facts.is_store(node):
            self._use(node.value, node)

    def visit_Call(self, node: cst.Call) -> None:
        self._registered(node)
        self._follow(node)
        qualname = self.facts.qualname(node.func)
        if qualname is not None and qualname.startswith("torch"):
            if qualname.startswith(("torch.nn.init.", "torch.optim.")) or \
                    qualname in PARAMETER or not _is_op(qualname):
                return
            for arg in node.args:
                self._use(arg.value, node)
            return
        callee = self.facts.value(node.func)
        if isinstance(callee, Obj) and callee.kind in ("module", "loss"):
            for arg in node.args:
                self._use(arg.value, node)
            return
        method = method_name(node)
        if method is None or method in _METADATA:
            return
        assert isinstance(node.func, cst.Attribute)
        receiver_is_tensor = self.facts.tensor(node.func.value) is not None or (
            self.facts.value(node.func.value) is None and method in _TENSOR_OPS)
        if receiver_is_tensor and not method.endswith("_as") and not method.startswith("new_"):
            for arg in node.args:  # `x.mm(w)`, `out.add_(w)` read `w`
                self._use(arg.value, node)
        if not method.endswith("_"):
            self._use(node.func.value, node)

    def _follow(self, node: cst.Call) -> None:
        """Record a call of a function by name, and `items.append(name)`."""
        frame = self.frames[-1]
        if isinstance(node.func, cst.Name):
            frame.calls.add(node.func.value)
            if len(self.frames) == 1:
                self.module_calls.setdefault(node.func.value, []).append(node)
        elif method_name(node) == "append" and len(node.args) == 1:
            assert isinstance(node.func, cst.Attribute)
            items, item = dotted(node.func.value), dotted(node.args[0].value)
            if items is not None and item is not None:
                frame.appended.setdefault(items, []).append(item)

    def _registered(self, node: cst.Call) -> None:
        """`self.register_parameter("w", nn.Parameter(torch.empty(n)))`."""
        if method_name(node) != "register_parameter" or len(node.args) != 2 or \
                not self._in_method():
            return
        assert isinstance(node.func, cst.Attribute)
        if dotted(node.func.value) != "self":
            return
        name, value = node.args[0].value, node.args[1].value
        tensor = self.facts.tensor(value)
        if isinstance(name, cst.SimpleString) and tensor is not None and \
                tensor.uninitialized and tensor.parameter:
            attr = name.evaluated_value
            if isinstance(attr, str):
                self.classes[-1].unfollowed[attr] = (value, f"self.{attr}")

    def _use(self, operand: cst.BaseExpression, user: cst.CSTNode) -> None:
        if isinstance(operand, (cst.List, cst.Tuple)):  # `torch.cat([prompt, tokens])`
            for element in operand.elements:
                if not isinstance(element, cst.StarredElement):
                    self._use(element.value, user)
            return
        while isinstance(operand, cst.Attribute) and operand.attr.value in _VIEWS:
            operand = operand.value  # `x @ self.weight.T` reads the weight
        tensor = self.facts.tensor(operand)
        if not isinstance(tensor, Tensor) or not tensor.uninitialized:
            return
        if not (tensor.requires_grad is True or tensor.parameter):
            return
        path = dotted(operand)
        if path is None:
            return
        shown = self.code_of(user)
        if path.startswith("self.") and self._in_method():
            self.classes[-1].used.setdefault(path[len("self."):], shown)
            return
        for scope in reversed(self.scopes):
            constructor = scope.get(path)
            if constructor is not None:
                if not self.external_init:
                    self._report(constructor, path, shown)
                return
        self.unlinked.append((list(self.frames), path, shown))

    def _report(self, constructor: cst.BaseExpression, name: str, use: str) -> None:
        if id(constructor) in self.reported:
            return
        self.reported.add(id(constructor))
        self.report(
            constructor,
            f"`{name}` is created uninitialised (`{self.code_of(constructor)}`) and read by "
            f"`{use}` before anything fills it: its values are whatever was in memory (often "
            f"NaN/inf); initialise it first (nn.init.kaiming_uniform_, nn.init.zeros_, or "
            f"`.uniform_()`/`.copy_()` under torch.no_grad()) or create it with torch.randn/"
            f"torch.zeros",
        )


def _code_only(source: str) -> str:
    """`source` with comments and bare string statements (docstrings) blanked: a
    docstring saying "reset_parameters() is never called" calls nothing. Strings used as
    values stay (`getattr(self, "reset_parameters")()` does call it)."""
    lines = source.splitlines(keepends=True)
    previous = tokenize.NEWLINE
    blanks: list[tuple[tuple[int, int], tuple[int, int]]] = []
    pending: tuple[tuple[int, int], tuple[int, int]] | None = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                blanks.append((token.start, token.end))
            if pending is not None and token.type not in (tokenize.COMMENT, tokenize.NL):
                if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                    blanks.append(pending)
                pending = None
            if token.type == tokenize.STRING and previous in _STATEMENT_START:
                pending = (token.start, token.end)
            if token.type not in (tokenize.COMMENT, tokenize.NL):
                previous = token.type
    except (tokenize.TokenError, SyntaxError):
        return source
    for (start_row, start_col), (end_row, end_col) in reversed(blanks):
        for row in range(start_row, end_row + 1):
            line = lines[row - 1]
            begin = start_col if row == start_row else 0
            end = end_col if row == end_row else len(line.rstrip("\r\n"))
            lines[row - 1] = line[:begin] + " " * (end - begin) + line[end:]
    return "".join(lines)


# Token types after which a string token starts a statement.
_STATEMENT_START = frozenset({tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                              tokenize.ENCODING})


def _is_op(qualname: str) -> bool:
    """torch.<op> / torch.nn.functional.<op>: functions that read their tensor arguments."""
    parts = qualname.split(".")
    if qualname.startswith("torch.nn.functional."):
        return True
    return len(parts) == 2 and parts[1][:1].islower() and parts[1] not in (
        "no_grad", "enable_grad", "is_tensor", "numel", "save", "manual_seed")


class _SelfInit(cst.CSTVisitor):
    """Attributes a method fills: `nn.init.x_(self.w)`, `self.w.uniform_()`,
    `self.w.data.copy_(...)`, `self.w.data = ...`, `self.w[...] = ...`, or hands to code
    outside torch (`init_fn(self.w)`)."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.attrs: set[str] = set()

    def _record(self, node: cst.BaseExpression) -> None:
        while isinstance(node, cst.Subscript):
            node = node.value  # `self.experts[0]` fills part of `self.experts`
        path = dotted(node)
        if path is None or not path.startswith("self."):
            return
        self.attrs.add(path.split(".")[1])

    def visit_Call(self, node: cst.Call) -> None:
        name = method_name(node)
        if name is not None and name.endswith("_"):
            assert isinstance(node.func, cst.Attribute)
            self._record(node.func.value)
        qualname = self.facts.qualname(node.func)
        if isinstance(node.func, cst.Name) and node.func.value in _READING_BUILTINS and \
                qualname is None:
            return  # `len(self.experts)` reads
        if name in _TENSOR_OPS and qualname is None:
            return  # `x.mm(self.w)` reads
        if qualname is None or qualname.startswith("torch.nn.init."):
            for arg in node.args:
                self._record(arg.value)

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        target = node.target
        if isinstance(target, cst.Subscript):
            target = target.value
        if isinstance(target, cst.Attribute) and target.attr.value == "data":
            self._record(target.value)


def _initialised_elsewhere(klass: cst.ClassDef, facts: Facts,
                           never_runs: Callable[[cst.ClassDef, cst.FunctionDef], bool]
                           ) -> set[str]:
    """Attributes some method other than __init__ fills (or hands to other code), not
    counting methods that never run."""
    attrs: set[str] = set()
    for item in klass.body.body:
        if isinstance(item, cst.FunctionDef) and item.name.value != "__init__" and \
                not never_runs(klass, item):
            finder = _SelfInit(facts)
            run_visitor(finder, item.body)
            attrs |= finder.attrs
    return attrs


def _filled_in_init(klass: cst.ClassDef, facts: Facts) -> set[str]:
    """Attributes `__init__` itself fills (`nn.init.x_(self.experts[0])`)."""
    for item in klass.body.body:
        if isinstance(item, cst.FunctionDef) and item.name.value == "__init__":
            finder = _SelfInit(facts)
            run_visitor(finder, item.body)
            return finder.attrs
    return set()


def _read_in_other_method(klass: cst.ClassDef, attr: str) -> str | None:
    """The first method other than `__init__` that reads `self.<attr>` (forward iterating
    or indexing the container)."""
    for item in klass.body.body:
        if isinstance(item, cst.FunctionDef) and item.name.value != "__init__":
            for node in find(item.body, _attribute_named(attr)):
                if dotted(node) == f"self.{attr}":  # type: ignore[arg-type]
                    return item.name.value
    return None


def _unseen_initialisation(tree: ast.Module) -> tuple[bool, set[str]]:
    """Does the file (all of it: CPython's tree, not the slice) call initialising code this
    rule cannot follow? And which attribute names do the `.apply(fn)` initialisers it can
    follow touch?

    Followed: `self.m()` for an `init_weights`/`reset_parameters`/`_reset_...` method `m`
    the class defines (its body is read like any method's, `_initialised_elsewhere`);
    `self.<sub>.m()` (a submodule resets its own tensors, not those of the class calling
    it); `x.apply(fn)` with `fn` a function or `self.<method>` of the file that only fills
    attributes of the module it is given (`m.weight`, `m.cls_token`): those names count as
    initialised. Anything else naming such a method, or an `apply` of code not seen or
    that hands the module on (`init(m)`, `m.parameters()`), may fill anything."""
    functions = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
    followed: set[int] = set()
    applied: set[str] = set()
    for klass in ast.walk(tree):
        if not isinstance(klass, ast.ClassDef):
            continue
        defined = {f.name: f for f in klass.body if isinstance(f, ast.FunctionDef)}
        for method in defined.values():
            if not method.args.args:
                continue
            owner = method.args.args[0].arg
            for call in ast.walk(method):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                    continue
                receiver = call.func.value
                if call.func.attr == "apply":
                    filled = _applied(call, owner, defined, functions)
                    if filled is not None:
                        followed.update((id(call.func), id(call.args[0])))
                        applied |= filled
                elif isinstance(receiver, ast.Name) and receiver.id == owner:
                    if call.func.attr in defined:
                        followed.add(id(call.func))
                elif _rooted_at(receiver, owner):
                    followed.add(id(call.func))
    for stmt in tree.body:  # `model.apply(init_fn)` in module-level code
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for call in ast.walk(stmt):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
                    call.func.attr == "apply":
                filled = _applied(call, "", {}, functions)
                if filled is not None:
                    followed.update((id(call.func), id(call.args[0])))
                    applied |= filled
    for node in ast.walk(tree):
        name = node.attr if isinstance(node, ast.Attribute) else \
            node.id if isinstance(node, ast.Name) else None
        if name is not None and id(node) not in followed and \
                (name == "apply" or any(marker in name for marker in _INIT_NAMES)):
            return True, applied
    return False, applied


# What a module's initialiser may not do with the module it is given and still be followed.
_HANDS_ON = frozenset({"parameters", "named_parameters", "modules", "named_modules",
                       "children", "named_children", "state_dict", "apply", "_parameters",
                       "buffers", "named_buffers", "__dict__"})


def _applied(call: ast.Call, owner: str, methods: dict[str, ast.FunctionDef],
             functions: dict[str, ast.FunctionDef]) -> set[str] | None:
    """`self.apply(self._init_weights)` / `model.apply(init_fn)`: the attribute names the
    function fills on each module (`m.weight` -> "weight"), or None when the function is
    not this file's or does more with the module than reach its attributes."""
    if len(call.args) != 1 or call.keywords:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and \
            arg.value.id == owner:
        function = methods.get(arg.attr)
    elif isinstance(arg, ast.Name):
        function = functions.get(arg.id)
    else:
        return None
    params = [a.arg for a in function.args.args] if function is not None else []
    if function is None or not params:
        return None
    module = params[-1]  # `_init_weights(self, m)` or a staticmethod/function `(m)`
    reached: set[int] = set()
    names: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                node.value.id == module:
            if node.attr in _HANDS_ON:
                return None
            reached.add(id(node.value))
            names.add(node.attr)
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and node.id == module and id(node) not in reached and \
                not _isinstance_subject(function, node):
            return None  # `init(m)`, `for p in m`: handed on
    return names


def _isinstance_subject(function: ast.FunctionDef, name: ast.Name) -> bool:
    """`isinstance(m, nn.Linear)`: only tests the module."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and
               n.func.id == "isinstance" and n.args and n.args[0] is name
               for n in ast.walk(function))


def _rooted_at(node: ast.expr, owner: str) -> bool:
    """`self.fc`, `self.layers[0]`, `self.blocks[i].attn`: something reached from `owner`
    through attributes and subscripts (at least one step)."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
        if isinstance(node, ast.Name):
            return node.id == owner
    return False


# Reading these of a tensor does not read its values.
_METADATA_ATTRIBUTES = _METADATA | {"shape", "dtype", "device", "requires_grad", "grad",
                                    "ndim", "is_leaf", "data", "grad_fn", "names"}


def _init_runs_unseen_code(klass: cst.ClassDef) -> bool:
    """Can `__init__` run code this rule does not see, that may fill the instance's
    tensors? A base other than nn.Module (or object), `self` handed to a call
    (`init_fn(self)`), a `super()` call other than `super().__init__(...)`, or a method
    called on `self` that the class neither defines nor assigns (an inherited one)."""
    init = next((m for m in klass.body.body
                 if isinstance(m, cst.FunctionDef) and m.name.value == "__init__"), None)
    params = init.params.params if init is not None else ()
    if init is None or not params:
        return True
    if any(not (isinstance(b.value, cst.Name) and b.value.value == "object") and
           dotted(b.value) not in ("nn.Module", "torch.nn.Module", "Module")
           for b in klass.bases):
        return True
    owner = params[0].name.value
    targets = [n.target for n in find(klass, lambda n: isinstance(n, cst.AssignTarget))
               if isinstance(n, cst.AssignTarget)]
    known = {m.name.value for m in klass.body.body if isinstance(m, cst.FunctionDef)} | \
        {t.attr.value for t in targets if isinstance(t, cst.Attribute) and dotted(t.value) == owner}
    known.add("apply")  # only reached when every `.apply(fn)` is followed (external_init)
    for call in find(init.body, lambda n: isinstance(n, cst.Call), code_only=True):
        assert isinstance(call, cst.Call)
        if any(dotted(arg.value) == owner for arg in call.args):
            return True
        func = call.func
        if not isinstance(func, cst.Attribute):
            continue
        receiver = func.value
        if isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Name) and \
                receiver.func.value == "super":
            if func.attr.value != "__init__":
                return True
        elif dotted(receiver) == owner and func.attr.value not in known:
            return True
    return False


def _assignments(klass: cst.ClassDef, attr: str) -> int:
    """How often the class assigns `<instance>.<attr> = ...` (any method)."""
    return sum(1 for n in find(klass, lambda n: isinstance(n, (cst.AssignTarget,
                                                                cst.AnnAssign, cst.AugAssign)))
               if isinstance(getattr(n, "target", None), cst.Attribute)
               and n.target.attr.value == attr)  # type: ignore[attr-defined]


def _value_read(klass: cst.ClassDef, attr: str) -> str | None:
    """The first method other than `__init__` that reads the values of `self.<attr>` (not
    only its shape, dtype, `.data`, ...)."""
    for item in klass.body.body:
        if not isinstance(item, cst.FunctionDef) or item.name.value == "__init__":
            continue
        metadata = {id(n.value) for n in find(item.body, lambda n: isinstance(n, cst.Attribute))
                    if isinstance(n, cst.Attribute) and n.attr.value in _METADATA_ATTRIBUTES}
        for node in find(item.body, _attribute_named(attr)):
            if dotted(node) == f"self.{attr}" and id(node) not in metadata:  # type: ignore[arg-type]
                return item.name.value
    return None


def _has_init_loop(module: cst.Module, facts: Facts) -> bool:
    """`for p in model.parameters(): nn.init.normal_(p)` (or `p.data.uniform_()`), and
    any other loop or comprehension (`for w in self.experts`, `[nn.init.zeros_(b) for b in
    biases]`) that fills each tensor it visits."""
    loops = find(module, lambda n: isinstance(n, (cst.For, cst.BaseComp, cst.DictComp)),
                 code_only=True)
    for loop in loops:
        body, bound = _loop_body(loop)
        targets = {n.value for target in bound
                   for n in find(target, lambda n: isinstance(n, cst.Name))
                   if isinstance(n, cst.Name)}
        for call in find(body, lambda n: isinstance(n, cst.Call)):
            assert isinstance(call, cst.Call)
            filled: cst.BaseExpression | None = None
            name = method_name(call) or ""
            if (facts.qualname(call.func) or "").startswith("torch.nn.init.") and call.args:
                filled = call.args[0].value
            elif name.endswith("_") and name != "requires_grad_":
                filled = call.func.value  # type: ignore[attr-defined]
            root = (dotted(filled) or "").split(".")[0] if filled is not None else ""
            if root in targets:
                return True
    return False


def _loop_body(loop: cst.CSTNode) -> tuple[cst.CSTNode, list[cst.BaseExpression]]:
    """What runs for each element of a `for` statement or comprehension, and the targets
    its `for` clauses bind."""
    if isinstance(loop, cst.For):
        return loop.body, [loop.target]
    assert isinstance(loop, (cst.BaseComp, cst.DictComp))
    targets: list[cst.BaseExpression] = []
    clause: cst.CompFor | None = loop.for_in
    while clause is not None:
        targets.append(clause.target)
        clause = clause.inner_for_in
    body = loop.value if isinstance(loop, cst.DictComp) else loop.elt  # type: ignore[attr-defined]
    return body, targets


def _attribute_named(attr: str) -> Callable[[cst.CSTNode], bool]:
    return lambda n: isinstance(n, cst.Attribute) and n.attr.value == attr


def _mentioned_outside(outline: Outline, klass: cst.ClassDef, attr: str) -> bool:
    """`model.w` used anywhere outside the class (in the whole file, also the parts the
    engine did not parse): it may be initialised there."""
    return outline.attribute_counts[attr] > len(find(klass, _attribute_named(attr)))
