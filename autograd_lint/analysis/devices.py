"""Devices and dtypes as values: `torch.device("cuda")` or `torch.float64` kept in a name.

Whether `.to(device)` copies a tensor depends on the device: a copy of a leaf that requires
grad is a non-leaf (AGL013), a move to the device the tensor is already on returns the
tensor itself. A string says which device (`.to("cuda")`, or `device = "cuda"` and then
`.to(device)`: the analysis knows string constants); so does a `torch.device(...)` object
built from one, which code usually keeps in a name (`device = torch.device("cuda")`).
Anything else (`"cuda" if torch.cuda.is_available() else "cpu"`, a parameter) stays
unknown. Likewise a dtype passed around (`init(4, torch.float64)`, then `.to(dtype)` in
`init`) is still that dtype.
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.facts import Facts
from autograd_lint.analysis.tensors import device_from_literal, dtype_from_expr, literal_str
from autograd_lint.analysis.values import Obj

DEVICE_CONSTRUCTORS = frozenset({"torch.device"})


def device_object(positional: list[cst.BaseExpression],
                  keywords: dict[str, cst.BaseExpression], facts: Facts) -> Obj | None:
    """`torch.device("cuda")`, `torch.device("cuda:1")`, `torch.device("cuda", 0)`,
    `torch.device(type="cpu")`, `torch.device(name)` with a known string: an Obj of kind
    "device" naming the device type (in `qualname`); None when the type is not known."""
    device = device_of(positional[0] if positional else keywords.get("type"), facts)
    return Obj("device", qualname=device) if device is not None else None


def device_of(node: cst.BaseExpression | None, facts: Facts) -> str | None:
    """The device type an argument names: a string literal, or an expression (already
    evaluated) whose value is a known string or `torch.device`."""
    if node is None:
        return None
    device = device_from_literal(literal_str(node))
    if device is not None:
        return device
    value = facts.value(node)
    if isinstance(value, Obj) and value.kind == "device":
        return value.qualname
    if isinstance(value, Obj) and value.kind == "str" and isinstance(value.constant, str):
        return device_from_literal(value.constant)
    return None


def dtype_of(node: cst.BaseExpression | None, facts: Facts) -> str | None:
    """The dtype an argument names: `torch.float64` itself, or an expression (already
    evaluated) whose value is a known dtype (`dtype` bound to `torch.float64` by a call)."""
    if node is None:
        return None
    dtype = dtype_from_expr(node, facts.qualname(node))
    if dtype is not None:
        return dtype
    value = facts.value(node)
    if isinstance(value, Obj) and value.kind == "dtype":
        return value.qualname
    return None
