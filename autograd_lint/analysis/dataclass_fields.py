"""The fields of a `@dataclass` with a `__post_init__`: what its instances start with.

The generated `__init__` stores each field from the constructor call (positional in field
order, then keywords) or from its default (`= value`, `field(default=value)`,
`field(default_factory=make)` with `make` a lambda or a function of this file); then
`__post_init__` runs and may re-bind or change them. The interpreter walks
`__post_init__` as it walks an `__init__`, with `self.<field>` bound to these values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from autograd_lint.analysis.imports import dotted
from autograd_lint.analysis.values import Value

if TYPE_CHECKING:
    from autograd_lint.analysis.facts import Facts
    from autograd_lint.analysis.interpreter import Env, Interpreter

_NOT_FIELDS = ("InitVar", "ClassVar", "KW_ONLY")

Field = tuple[str, cst.BaseExpression | None]
"""A field's name and the expression after `=` in its declaration (None: no default)."""


def is_dataclass(stmt: cst.ClassDef, facts: Facts) -> bool:
    return any(facts.qualname(d.decorator.func if isinstance(d.decorator, cst.Call)
                              else d.decorator) == "dataclasses.dataclass"
               for d in stmt.decorators)


def declared_fields(stmt: cst.ClassDef) -> list[Field] | None:
    """The annotated class-level names in order, which are the constructor's parameters.
    None when that order is not the declaration's or a name is no stored field: a base
    class (its fields come first), an `InitVar` (passed to `__post_init__`, not stored), a
    `ClassVar`, a `KW_ONLY` marker, `field(init=False, ...)` or `field(kw_only=...)`."""
    if stmt.bases:
        return None
    fields: list[Field] = []
    body = stmt.body.body if isinstance(stmt.body, cst.IndentedBlock) else ()
    for line in body:
        if not isinstance(line, cst.SimpleStatementLine):
            continue
        for small in line.body:
            if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                annotation = small.annotation.annotation
                if isinstance(annotation, cst.Subscript):
                    annotation = annotation.value
                if (dotted(annotation) or "").rsplit(".", 1)[-1] in _NOT_FIELDS:
                    return None
                if isinstance(small.value, cst.Call) and any(
                        arg.keyword is not None and arg.keyword.value in ("init", "kw_only")
                        for arg in small.value.args):
                    return None
                fields.append((small.target.value, small.value))
    return fields


def default_value(interp: Interpreter, declared: cst.BaseExpression | None,
                  env: Env) -> Value | None:
    """What a field holds when the constructor does not pass it. Walked with the facts
    of the walk thrown away: the default's own code is walked where it stands."""
    if declared is None:
        return None
    saved = dict(interp.facts.values)
    try:
        return _default(interp, declared, env)
    finally:
        interp.facts.values = saved


def _default(interp: Interpreter, declared: cst.BaseExpression, env: Env) -> Value | None:
    if not (isinstance(declared, cst.Call)
            and interp.facts.qualname(declared.func) == "dataclasses.field"):
        return interp.eval(declared, env)
    for arg in declared.args:
        keyword = arg.keyword.value if arg.keyword is not None else None
        if keyword == "default":
            return interp.eval(arg.value, env)
        if keyword == "default_factory":
            factory = arg.value
            if isinstance(factory, cst.Lambda) and not factory.params.params:
                return interp.eval(factory.body, env)
            if isinstance(factory, cst.Name) and factory.value in interp.local_functions:
                return interp.summarize(interp.local_functions[factory.value], {})
    return None


def constructed_fields(interp: Interpreter, fields: list[Field], env: Env,
                       positional: list[Value | None],
                       keywords: dict[str, Value | None]) -> dict[str, Value | None]:
    """The field values one constructor call stores, by field name (None: unknown)."""
    values: dict[str, Value | None] = {}
    for index, (name, declared) in enumerate(fields):
        if index < len(positional):
            values[name] = positional[index]
        elif name in keywords:
            values[name] = keywords[name]
        else:
            values[name] = default_value(interp, declared, env)
    return values
