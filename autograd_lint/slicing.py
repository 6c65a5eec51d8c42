"""Keep only the code that can matter; blank out the rest.

libcst parses about 8,000 lines a second and the analysis and rules cost several times
more, while CPython's `ast` reads a file some 20 times faster. Most of a real code base is
functions and methods no rule could fire in (transformers: of 1.2M lines, the definitions
that mention a trigger word hold a few percent), so the engine hands libcst a *slice* of
the file instead of all of it.

The pieces of a file are its top-level statements, and the members of its top-level
classes. Everything at module level that is not a `def` or `class` (imports, assignments,
module-level calls, `if`/`try` blocks) is context: always kept, it carries the facts
(imports, module-level tensors, the call sites that give parameter facts). A function or
method is kept when a rule that may fire in the file finds it relevant (its trigger words
occur in it, see `Rule.relevant`), or when kept code names it: a called helper or base
class by its name, a method by an attribute of that name (`self.reset_parameters()`),
transitively. A kept class always keeps its non-method members, `__init__` and `forward`
(the analysis reads the attributes and the module call results from them). The facts in a
definition come only from its own text, the context and the definitions it names; the few
module-wide questions rules ask (all names defined in the file, ...) are answered from the
whole file (`autograd_lint.outline`), so a slice yields exactly the findings of the file.

The slice is the original text with the dropped definitions' lines emptied, so every kept
line keeps its number and columns: findings, fixes and `noqa` comments need no mapping.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from autograd_lint.rules import Rule

_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def physical_lines(source: str) -> list[str]:
    """The source's lines with their own line breaks (\\r\\n, \\r or \\n) kept."""
    return _LINES.findall(source)
_CALLED = re.compile(r"\b([A-Za-z_]\w*)\s*\(")
_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_INIT_METHODS = frozenset({"__init__", "__post_init__"})
"""Where the attribute facts of a class's instances come from: kept with the class."""
_CALLED_METHODS = frozenset({"forward", "__call__"})
"""What calling an instance runs: kept when kept code may call one."""


@dataclass(frozen=True)
class Slice:
    source: str
    """The text to parse: the file with the dropped definitions' lines emptied."""
    dropped_lines: int


@dataclass
class _Class:
    node: ast.ClassDef
    kept: bool = False
    needs_forward: bool = False
    members: list[ast.stmt] = field(default_factory=list)
    kept_members: set[int] = field(default_factory=set)  # indexes into members
    built_in_init: list[_Class] = field(default_factory=list)
    """Local classes its `__init__` names: their instances are its attributes."""

    @property
    def active(self) -> bool:
        """Keeps a method that may call the instances its `__init__` made."""
        return any(_is_function(self.members[i]) and _name(self.members[i]) not in _INIT_METHODS
                   for i in self.kept_members)


@dataclass(frozen=True)
class _Item:
    """Kept code whose names are still to be followed."""

    node: ast.AST
    owner: _Class | None = None
    in_init: bool = False


def slice_source(source: str, tree: ast.Module, rules: Sequence[type[Rule]],
                 only: frozenset[int] | None = None) -> Slice:
    """The part of `source` the rules need, as text with the same line numbering.

    `only`: the first lines of the top-level definitions to check (the language server's
    re-lint after an edit, autograd_lint/incremental.py); everything they name is kept
    with them, the other definitions are dropped whatever their relevance.
    """
    if not any(isinstance(stmt, _DEFINITIONS) for stmt in tree.body):
        return Slice(source, 0)
    lines = physical_lines(source)
    keeper = _Keeper(lines, tree, rules, only)
    dropped = keeper.dropped_spans()
    if not dropped:
        return Slice(source, 0)
    out = list(lines)
    for first, last in dropped:
        for index in range(first - 1, last):
            out[index] = _line_end(lines[index])
    if lines[0].startswith("\ufeff"):  # the byte order mark belongs to no statement
        out[0] = "\ufeff" + out[0].lstrip("\ufeff")
    return Slice("".join(out), sum(last - first + 1 for first, last in dropped))


class _Keeper:
    """Decides what is kept: relevance first, then everything kept code names.

    What the analysis (autograd_lint/analysis/interpreter.py) reads from a definition
    decides what a name pulls in: a called function gives its return summary; a class
    gives its `__init__` (the attribute facts of its instances), every method that
    re-binds one of those attributes (they make the fact unknown), and its `forward` only
    when an instance may be called by kept code (a module's output comes from a summary of
    its forward). Instances made in a class's `__init__` are called by that class's other
    methods, so those classes need their forward once the class keeps any other method.
    """

    def __init__(self, lines: list[str], tree: ast.Module, rules: Sequence[type[Rule]],
                 only: frozenset[int] | None = None) -> None:
        self.lines = lines
        self.functions: dict[str, list[ast.stmt]] = {}
        self.classes: dict[str, list[_Class]] = {}
        self.kept_functions: set[int] = set()  # id() of kept top-level functions
        self.all_classes: list[_Class] = []
        self.todo: list[_Item] = []
        self.called_methods: set[str] = set()
        """Names kept code calls as methods (`vae.encode(x)`): the analysis summarises
        such a method of a module class of the file (analysis/calls.py)."""
        context = [stmt for stmt in tree.body if not isinstance(stmt, _DEFINITIONS)]
        context_text = "".join(self._text(stmt) for stmt in context)
        self.order: list[ast.stmt | _Class] = []
        for stmt in tree.body:
            if isinstance(stmt, ast.ClassDef):
                klass = _Class(stmt, members=list(stmt.body))
                self.classes.setdefault(stmt.name, []).append(klass)
                self.all_classes.append(klass)
                self.order.append(klass)
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.functions.setdefault(stmt.name, []).append(stmt)
                self.order.append(stmt)
        self.todo.extend(_Item(stmt) for stmt in context)
        if only is not None:
            self._keep_only(only)
            return
        for item in self.order:
            if isinstance(item, _Class):
                class_text = self._text(item.node)
                if any(rule.relevant_class(class_text, context_text) for rule in rules):
                    self._keep_class(item)
                    for index in range(len(item.members)):
                        self._keep_member(item, index)
                    continue
                around = context_text + class_text
                for index, member in enumerate(item.members):
                    text = self._text(member) if _is_function(member) else ""
                    if text and _relevant(member, text, self._with_callees(around, text),
                                          rules):
                        self._keep_class(item)
                        self._keep_member(item, index)
            else:
                text = self._text(item)
                if _relevant(item, text, self._with_callees(context_text, text), rules):
                    self._keep_function(item)
        self._close()

    def _keep_only(self, only: frozenset[int]) -> None:
        for item in self.order:
            node = item.node if isinstance(item, _Class) else item
            if _first_line(node) not in only:
                continue
            if isinstance(item, _Class):
                self._keep_class(item)
                for index in range(len(item.members)):
                    self._keep_member(item, index)
            else:
                self._keep_function(item)
        self._close()

    def _with_callees(self, around: str, text: str) -> str:
        """`around` plus the text of the module's functions that `text` calls: their return
        values are facts there (a helper that returns `torch.arange(n)`). `around` itself,
        the same object, when it calls none: the rules' context searches are remembered
        per string (rules/triggers.py `found`)."""
        called = {name for name in _CALLED.findall(text) if name in self.functions}
        if not called:
            return around
        return around + "".join(self._text(f) for name in sorted(called)
                                for f in self.functions[name])

    def _text(self, node: ast.stmt) -> str:
        return "".join(self.lines[_first_line(node) - 1:node.end_lineno or node.lineno])

    # ------------------------------------------------------------------ keeping
    def _keep_function(self, node: ast.stmt) -> None:
        if id(node) not in self.kept_functions:
            self.kept_functions.add(id(node))
            self.todo.append(_Item(node))

    def _keep_class(self, klass: _Class) -> None:
        if klass.kept:
            return
        klass.kept = True
        header = [*klass.node.bases, *klass.node.keywords, *klass.node.decorator_list]
        self.todo.extend(_Item(node) for node in header)
        for index, member in enumerate(klass.members):
            if not _is_function(member) or _name(member) in _INIT_METHODS or \
                    _rebinds_attributes(member):
                self._keep_member(klass, index)

    def _keep_member(self, klass: _Class, index: int) -> None:
        if index in klass.kept_members:
            return
        klass.kept_members.add(index)
        member = klass.members[index]
        self.todo.append(_Item(member, klass, _name(member) in _INIT_METHODS))
        if _is_function(member) and _name(member) not in _INIT_METHODS:
            for built in klass.built_in_init:
                self._needs_forward(built)
            klass.built_in_init.clear()

    def _needs_forward(self, klass: _Class) -> None:
        if klass.needs_forward:
            return
        klass.needs_forward = True
        self._keep_class(klass)
        for index, member in enumerate(klass.members):
            if _is_function(member) and (_name(member) in _CALLED_METHODS
                                          or _name(member) in self.called_methods):
                self._keep_member(klass, index)

    def _close(self) -> None:
        """Keep what the kept code names, until nothing new is kept."""
        while self.todo:
            item = self.todo.pop()
            names, methods = _references(item.node)
            for method in methods - self.called_methods:
                self.called_methods.add(method)
                for klass in self.all_classes:
                    if klass.needs_forward:
                        self._keep_methods_named(klass, method)
            for name in names:
                for function in self.functions.get(name, ()):
                    self._keep_function(function)
                for klass in self.classes.get(name, ()):
                    self._keep_class(klass)
                    owner = item.owner
                    if item.in_init and owner is not None and not owner.active:
                        owner.built_in_init.append(klass)
                    else:
                        self._needs_forward(klass)

    def _keep_methods_named(self, klass: _Class, name: str) -> None:
        for index, member in enumerate(klass.members):
            if _is_function(member) and _name(member) == name:
                self._keep_member(klass, index)

    # ------------------------------------------------------------------ result
    def dropped_spans(self) -> list[tuple[int, int]]:
        spans = []
        for item in self.order:
            if isinstance(item, _Class):
                if not item.kept:
                    spans.append(statement_span(item.node))
                    continue
                kept = item.kept_members or {0}  # a class body cannot be empty
                spans.extend(statement_span(member) for index, member in enumerate(item.members)
                             if index not in kept)
            elif id(item) not in self.kept_functions:
                spans.append(statement_span(item))
        return spans


def _relevant(node: ast.stmt, text: str, context: str, rules: Sequence[type[Rule]]) -> bool:
    return any(rule.relevant(text, context) and rule.relevant_tree(node, text, context)
               for rule in rules)


def _is_function(node: ast.stmt) -> bool:
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))


def _name(node: ast.stmt) -> str | None:
    return getattr(node, "name", None)


def _rebinds_attributes(method: ast.stmt) -> bool:
    """Does the method assign `self.<attr>`? One that re-binds an attribute `__init__` set
    makes the attribute's fact unknown in every method."""
    if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    params = [*method.args.posonlyargs, *method.args.args]
    if not params:
        return False
    owner = params[0].arg
    return any(isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
               and _root_name(node) == owner for node in ast.walk(method))


def _root_name(node: ast.expr) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _references(node: ast.AST) -> tuple[set[str], set[str]]:
    """The plain names the code mentions, and the method names it calls (`obj.encode(...)`
    -> "encode"), in one walk. Methods reached through an attribute are followed only into
    the classes whose instances kept code may use (`_Keeper._close`)."""
    names: set[str] = set()
    methods: set[str] = set()
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name):
            names.add(inner.id)
        elif isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute):
            methods.add(inner.func.attr)
    return names, methods


def _first_line(node: ast.stmt) -> int:
    return min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))])


def statement_span(node: ast.stmt) -> tuple[int, int]:
    """First and last line of a statement, decorators included."""
    return _first_line(node), node.end_lineno or node.lineno


def _line_end(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith(("\n", "\r")):
        return line[-1]
    return ""
