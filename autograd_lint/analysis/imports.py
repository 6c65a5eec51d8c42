"""Resolve names to what they refer to (`import torch as t` -> `t.randn` is `torch.randn`).

Only imports are tracked: a name that is imported anywhere in the file maps to its module
path. Spelling alone never counts: `randn` without an import resolves to nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from autograd_lint.analysis.tree import walk


def dotted(node: cst.BaseExpression) -> str | None:
    """`a.b.c` -> 'a.b.c'; anything that is not a plain dotted name -> None."""
    parts: list[str] = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if not isinstance(node, cst.Name):
        return None
    parts.append(node.value)
    return ".".join(reversed(parts))


def target_names(target: cst.BaseExpression) -> Iterator[str]:
    """The dotted names an assignment target binds: `a`, `self.w`, each of `a, (b, c)`."""
    if isinstance(target, (cst.Name, cst.Attribute)):
        name = dotted(target)
        if name:
            yield name
    elif isinstance(target, (cst.Tuple, cst.List)):
        for element in target.elements:
            yield from target_names(element.value)


def _module_name(node: cst.Attribute | cst.Name) -> str:
    return dotted(node) or ""


class ImportMap:
    """Local name -> fully qualified name, collected from every import in the module."""

    def __init__(self) -> None:
        self.aliases: dict[str, str] = {}

    def add(self, node: cst.Import | cst.ImportFrom) -> None:
        if isinstance(node, cst.Import):
            for alias in node.names:
                full = _module_name(alias.name)
                if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                    self.aliases[alias.asname.name.value] = full
                else:
                    top = full.split(".")[0]
                    self.aliases[top] = top
            return
        if node.relative or node.module is None or isinstance(node.names, cst.ImportStar):
            return
        base = _module_name(node.module)
        for alias in node.names:
            name = _module_name(alias.name)
            local = name
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                local = alias.asname.name.value
            self.aliases[local] = f"{base}.{name}"

    def qualname(self, node: cst.BaseExpression) -> str | None:
        """The qualified name of a dotted expression whose head is an imported name."""
        name = dotted(node)
        if name is None:
            return None
        head, _, rest = name.partition(".")
        full = self.aliases.get(head)
        if full is None:
            return None
        return f"{full}.{rest}" if rest else full

    @property
    def imports_torch(self) -> bool:
        return any(v == "torch" or v.startswith("torch.") for v in self.aliases.values())


def collect_imports(module: cst.Module) -> ImportMap:
    """Every import in the file; expressions are not entered (imports are statements)."""
    imports = ImportMap()
    for node in walk(module, lambda n: isinstance(n, (cst.BaseExpression,
                                                     cst.SimpleStatementLine)),
                     code_only=True):
        if isinstance(node, cst.SimpleStatementLine):
            for stmt in node.body:
                if isinstance(stmt, (cst.Import, cst.ImportFrom)):
                    imports.add(stmt)
    return imports
