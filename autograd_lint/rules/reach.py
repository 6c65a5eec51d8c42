"""Second looks, on CPython's tree, for rules whose trigger words are everywhere in real code.

A rule's `relevant` runs regular expressions over a definition's text. For a few rules those
words occur in most `forward()` methods of a model library (an in-place `+=` next to a
`softmax`), so the engine would hand libcst nearly every model class. The functions here ask
the definition's `ast` tree whether the pieces a rule needs can meet at all, e.g. whether the
name changed in place is a name a saving op produced or read. They still over-approximate: a
False must be certain, because the engine drops the code (autograd_lint/slicing.py), and
`tests/test_slicing.py` compares sliced and unsliced findings.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator

Unit = ast.AST
"""A top-level function, a method or a class, as CPython parsed it."""


def dotted(node: ast.AST) -> str | None:
    """`a.b.c` -> 'a.b.c'; anything that is not a plain dotted name -> None (the same
    answer as autograd_lint.analysis.imports.dotted gives for the libcst node)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def called_name(call: ast.Call) -> str | None:
    """The last part of what is called: `torch.sigmoid(x)` -> 'sigmoid', `x.mul_()` ->
    'mul_'."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def is_true(node: ast.AST | None) -> bool:
    """A literal `True` (what autograd_lint.rules.syntax.is_true accepts)."""
    return isinstance(node, ast.Constant) and node.value is True


def argument(call: ast.Call, index: int, name: str) -> ast.AST | None:
    """The argument passed at position `index` or as `name=`."""
    if len(call.args) > index and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def calls_one_of(call: ast.Call, names: set[str]) -> bool:
    """Is `call` a call of one of `names`, by its last part or its whole dotted name
    (`self.act(x)` with `self.act` an alias)?"""
    return called_name(call) in names or dotted(call.func) in names


def calls(unit: Unit) -> Iterator[ast.Call]:
    return (node for node in ast.walk(unit) if isinstance(node, ast.Call))


def aliases(text: str, names: Iterable[str]) -> set[str]:
    """Other names `names` go by in `text`: `from torch import sigmoid as squash`. Import
    aliases are what the analysis resolves to torch's names (a function assigned to a
    variable, `act = torch.tanh`, stays unknown there, so it cannot make a rule fire)."""
    words = "|".join(sorted(map(re.escape, names)))
    return set(re.findall(r"\b(?:" + words + r")\s+as\s+(\w+)", text))


def _mutation_of(call: ast.Call, any_call: bool) -> Iterator[ast.AST]:
    """What a call may change in place: the receiver of `x.mul_()`, the first argument of
    `torch.relu_(x)`, `F.relu(x, inplace=True)` or (`any_call`: an in-place module may be
    called) of any call."""
    name = called_name(call)
    in_place = name is not None and name.endswith("_") and not name.startswith("_")
    if in_place and isinstance(call.func, ast.Attribute):
        yield call.func.value
    if call.args and (any_call or in_place or
                      any(k.arg == "inplace" for k in call.keywords)):
        yield call.args[0]


def mutated_names(unit: Unit, any_call: bool) -> set[str]:
    """Dotted names the unit may change in place: `x += 1`, `x[0] = 0`, `x[:, 0] *= 2`,
    `x.masked_fill_(...)`, `torch.relu_(x)`, `act(x)` when `any_call` (see `_mutation_of`)."""
    targets: list[ast.AST] = []
    for node in ast.walk(unit):
        if isinstance(node, ast.AugAssign):
            target = node.target
            targets.append(target.value if isinstance(target, ast.Subscript) else target)
        elif isinstance(node, ast.Assign):
            targets.extend(t.value for t in node.targets if isinstance(t, ast.Subscript))
        elif isinstance(node, ast.Call):
            targets.extend(_mutation_of(node, any_call))
    return {name for name in map(dotted, targets) if name is not None}


_SAVING_OPERATORS = (ast.Mult, ast.MatMult, ast.Div, ast.Pow)
"""Binary operators that may save an operand for backward (`a * b` keeps each)."""


def saved_names(unit: Unit, output_ops: set[str], input_ops: set[str],
                any_call_saves_output: bool) -> set[str]:
    """Dotted names a saving op may keep for backward: the targets of `y = torch.sigmoid(x)`
    (any `y = f(x)` when `any_call_saves_output`: a module saving its output may be called),
    the inputs of `torch.log(x)`, `x.pow(2)`, `torch.mul(a, b)`, the operands of `a * b`,
    `a @ b`, `a / b`, `a ** b`, and the names bound to views of any of those (`v = h.t()`,
    `row = h[0]`: changing the view changes what was saved)."""
    names: set[str] = set()
    for node in ast.walk(unit):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                (any_call_saves_output or calls_one_of(node.value, output_ops)):
            names.update(n for n in map(dotted, node.targets) if n is not None)
        if isinstance(node, ast.Call) and calls_one_of(node, input_ops):
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            operands = [receiver, *node.args[:2]]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, _SAVING_OPERATORS):
            operands = [node.left, node.right]
        else:
            continue
        names.update(n for n in (dotted(v) for v in operands if v is not None) if n)
    return names | _views_of(unit, names)


def _views_of(unit: Unit, names: set[str]) -> set[str]:
    """Names bound, directly or through other such names, to an expression rooted at one of
    `names` (`v = h.t()`, `row = h[0]`, `alias = h`)."""
    bindings = [(dotted(node.targets[0]), _root(node.value)) for node in ast.walk(unit)
                if isinstance(node, ast.Assign) and len(node.targets) == 1]
    found = set(names)
    changed = True
    while changed:
        changed = False
        for target, root in bindings:
            if target is not None and root in found and target not in found:
                found.add(target)
                changed = True
    return found - names


def _root(node: ast.AST) -> str | None:
    """The dotted name an attribute, subscript or method-call chain starts from."""
    while True:
        name = dotted(node)
        if name is not None:
            return name
        if isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            node = node.func.value
        elif isinstance(node, ast.Attribute):
            node = node.value
        else:
            return None
