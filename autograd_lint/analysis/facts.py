"""The facts one file's analysis hands to the rules.

`analyze()` runs the flow-sensitive interpreter once; rules then only *read*: the value of
an expression at the point where it is evaluated, whether grad mode was on there, and
whether an expression is an assignment target.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from autograd_lint.analysis.imports import ImportMap, collect_imports
from autograd_lint.analysis.values import Obj, Tensor, Value


@dataclass
class Facts:
    imports: ImportMap
    values: dict[int, Value] = field(default_factory=dict)
    grad_mode: dict[int, bool | None] = field(default_factory=dict)
    stores: set[int] = field(default_factory=set)
    # The file calls torch.set_default_dtype: factories without dtype= have an unknown dtype.
    default_dtype_changed: bool = False
    # Functions (ids of their defs) the module-level code calls with grad mode on, directly
    # or as the forward of a module class of the file: their bodies run with grad enabled at
    # least once, so a statement that raises with grad on certainly raises.
    grad_on_functions: set[int] = field(default_factory=set)
    # nn.Module classes of the file whose `__init__` builds a graph its `forward` reads
    # (`self.pos = torch.tanh(self.pos_raw)`): class name -> the expressions that build it.
    # Every call of an instance back-propagates through that one graph (AGL007).
    init_graphs: dict[str, list[cst.BaseExpression]] = field(default_factory=dict)

    def value(self, node: cst.CSTNode) -> Value | None:
        return self.values.get(id(node))

    def tensor(self, node: cst.CSTNode) -> Tensor | None:
        value = self.values.get(id(node))
        return value if isinstance(value, Tensor) else None

    def obj(self, node: cst.CSTNode) -> Obj | None:
        value = self.values.get(id(node))
        return value if isinstance(value, Obj) else None

    def grad_enabled(self, node: cst.CSTNode) -> bool | None:
        """True when grad mode is known on at `node`, False when off, None when unknown."""
        return self.grad_mode.get(id(node), True)

    def is_store(self, node: cst.CSTNode) -> bool:
        return id(node) in self.stores

    def qualname(self, node: cst.BaseExpression) -> str | None:
        return self.imports.qualname(node)


def analyze(module: cst.Module) -> Facts:
    from autograd_lint.analysis.interpreter import Interpreter

    facts = Facts(imports=collect_imports(module))
    Interpreter(facts).run(module)
    return facts
