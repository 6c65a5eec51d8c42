"""The abstract values the analysis tracks.

Every field that can be unknown is `None` when unknown; rules fire only on known facts.
Values are frozen so environments can be copied cheaply and compared when branches merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from math import prod

FLOAT_DTYPES = frozenset({"float16", "bfloat16", "float32", "float64"})
COMPLEX_DTYPES = frozenset({"complex64", "complex128"})
INT_DTYPES = frozenset({"uint8", "int8", "int16", "int32", "int64"})
BOOL_DTYPES = frozenset({"bool"})
DOUBLE_DTYPES = frozenset({"float64", "complex128"})


def dtype_kind(dtype: str | None) -> str | None:
    """'float', 'complex', 'int', 'bool' or None (unknown)."""
    if dtype in FLOAT_DTYPES:
        return "float"
    if dtype in COMPLEX_DTYPES:
        return "complex"
    if dtype in INT_DTYPES:
        return "int"
    if dtype in BOOL_DTYPES:
        return "bool"
    return None


Shape = tuple[int | None, ...]


@dataclass(frozen=True)
class Tensor:
    """What is known about one tensor value.

    `shape` is None when even the rank is unknown; a dimension is None when its size is.
    `per_sample` marks an unreduced loss (`reduction="none"`): more than one element in
    practice even when the batch size is not visible.
    `no_graph` says why the tensor certainly has no autograd graph (for messages).
    """

    requires_grad: bool | None = None
    is_leaf: bool | None = None
    retains_grad: bool | None = False
    shape: Shape | None = None
    dtype: str | None = None
    device: str | None = "cpu"
    per_sample: bool = False
    origin: str = field(default="", compare=False)
    no_graph: str = field(default="", compare=False)
    parameter: bool = False
    uninitialized: bool = False
    nonscalar: bool = False
    """Certainly more than one element though the shape is not tracked (a broadcast with
    a known multi-element operand, a batch kept by a layer)."""

    @property
    def numel(self) -> int | None:
        if self.shape is None or any(d is None for d in self.shape):
            return None
        return prod(d for d in self.shape if d is not None)

    @property
    def known_nonscalar(self) -> bool:
        """True only when the tensor certainly holds more than one element."""
        n = self.numel
        if n is not None:
            return n > 1
        if self.shape is not None and any(d is not None and d > 1 for d in self.shape):
            return True
        return self.per_sample or self.nonscalar

    @property
    def known_nonleaf_with_grad(self) -> bool:
        return self.requires_grad is True and self.is_leaf is False

    def evolve(self, **changes: object) -> Tensor:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Obj:
    """A non-tensor object the rules care about.

    kind: 'module' (an nn.Module instance), 'loss' (a loss module), 'optimizer',
    'params' (an iterable of parameters), 'grad_ctx' (a grad-mode context manager),
    'number' (a Python int/float/bool), 'device' / 'dtype' (a known torch device type or
    dtype, named in `qualname`: analysis/devices.py), 'dict' (a dict whose every value is
    like `elements[0]`).
    """

    kind: str
    qualname: str = ""
    reduction: str | None = "mean"
    dtype: str | None = None
    grad_enabled: bool | None = None
    number: str | None = None
    inplace: bool = False
    """An nn activation/dropout module built with `inplace=True` (AGL015)."""
    trainable: bool | None = True
    """A module's parameters require grad (False/None after `requires_grad_(False)` or a
    loop that flips `p.requires_grad`)."""
    out_features: int | None = None
    """`nn.Linear(in, out)`: the size of the output's last dimension."""
    has_parameters: bool | None = None
    """An nn module known to own parameters (a layer with weights, or a container of one)."""
    elements: tuple[Tensor | Obj | None, ...] = ()
    """kind 'tuple': the items' values; kind 'tensors'/'zip': what iterating yields; an
    `nn.Sequential` module: its layers (`model[-1]`)."""
    keeps_batch: bool = False
    """A torch layer (or a Sequential of only such layers) whose output keeps the
    input's leading batch dimension (AGL002)."""
    constant: str | bool | None = None
    """kind 'str': the string's text; a 'number' of kind 'bool' known to be True or False
    (`phase == "train"` with `phase = "val"`). None when not known."""
    repeats_closure: bool = False
    """kind 'optimizer': `step(closure)` calls the closure more than once (L-BFGS with
    `max_iter` left at its default or a literal above 1)."""


Value = Tensor | Obj


def merge_values(a: Value | None, b: Value | None) -> Value | None:
    """Field-wise agreement of two values; anything that differs becomes unknown."""
    if a is None or b is None:
        return None
    if a == b:
        return a
    if isinstance(a, Obj) and isinstance(b, Obj) and {a.kind, b.kind} == {"tuple", "tensors"}:
        # An empty list before a loop, the items it appends after: a list of such items.
        empty, filled = (a, b) if a.kind == "tuple" else (b, a)
        return filled if not empty.elements else None
    if isinstance(a, Obj) and isinstance(b, Obj) and a.kind == b.kind == "dict":
        # `acts = {}` before a loop that writes `acts[name] = h`: a dict of such items.
        empty, filled = (a, b) if not a.elements else (b, a)
        return filled if not empty.elements else None
    if isinstance(a, Tensor) and isinstance(b, Tensor):
        merged = {}
        for f in fields(Tensor):
            va, vb = getattr(a, f.name), getattr(b, f.name)
            if va == vb:
                merged[f.name] = va
            elif f.name in ("origin", "no_graph"):  # descriptions, not facts
                merged[f.name] = va or vb
            elif isinstance(va, bool) and f.name not in ("requires_grad", "is_leaf",
                                                          "retains_grad"):
                merged[f.name] = False
            else:
                merged[f.name] = None
        return Tensor(**merged)
    return None
