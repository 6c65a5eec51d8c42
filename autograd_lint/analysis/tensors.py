"""Pure functions from argument facts to result facts: factories, ops, casts, losses.

The interpreter decides *which* of these applies to a call; these functions only compute.
Keeping them free of libcst node walking makes them easy to test and to read.
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.torch_api import DTYPE_NAMES
from autograd_lint.analysis.values import (
    Obj,
    Shape,
    Tensor,
    Value,
    dtype_kind,
)


def or3(*flags: bool | None) -> bool | None:
    """Three-valued OR: True if any is True, False if all are False, else unknown."""
    if any(f is True for f in flags):
        return True
    if all(f is False for f in flags):
        return False
    return None


def op_result(
    requires_grad: bool | None,
    grad_enabled: bool | None,
    shape: Shape | None = None,
    dtype: str | None = None,
    origin: str = "",
) -> Tensor:
    """The facts of a tensor produced by a differentiable op.

    Under no_grad the result never requires grad and is a leaf; otherwise it is a non-leaf
    exactly when it requires grad (a result of ops on constants is a leaf by convention).
    """
    if grad_enabled is False:
        return Tensor(
            requires_grad=False, is_leaf=True, shape=shape, dtype=dtype, origin=origin,
            no_graph="it was computed under torch.no_grad()",
        )
    if grad_enabled is None and requires_grad is not False:
        requires_grad = None
    is_leaf = None if requires_grad is None else not requires_grad
    return Tensor(requires_grad=requires_grad, is_leaf=is_leaf, shape=shape, dtype=dtype,
                  origin=origin)


def literal_int(node: cst.BaseExpression) -> int | None:
    if isinstance(node, cst.Integer):
        try:
            return int(node.value.replace("_", ""), 0)
        except ValueError:
            return None
    return None


def literal_number_kind(node: cst.BaseExpression) -> str | None:
    """'int', 'float', 'bool' for a literal number (with optional unary minus)."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, (cst.Minus, cst.Plus)):
        node = node.expression
    if isinstance(node, cst.Integer):
        return "int"
    if isinstance(node, cst.Float):
        return "float"
    if isinstance(node, cst.Imaginary):
        return "complex"
    if isinstance(node, cst.Name) and node.value in ("True", "False"):
        return "bool"
    return None


def literal_bool(node: cst.BaseExpression | None) -> bool | None:
    if isinstance(node, cst.Name) and node.value in ("True", "False"):
        return node.value == "True"
    return None


def literal_str(node: cst.BaseExpression | None) -> str | None:
    if isinstance(node, cst.SimpleString):
        try:
            value = node.evaluated_value
        except Exception:  # noqa: BLE001 - odd prefixes: just unknown
            return None
        return value if isinstance(value, str) else None
    return None


def shape_from_size_args(args: list[cst.BaseExpression]) -> Shape | None:
    """torch.randn(3, 4) / torch.randn((3, 4)) / torch.randn([n, 4]) -> (3, 4) / (None, 4)."""
    if len(args) == 1 and isinstance(args[0], (cst.Tuple, cst.List)):
        elements = args[0].elements
        if any(isinstance(e, cst.StarredElement) for e in elements):
            return None
        return tuple(literal_int(e.value) for e in elements)
    if len(args) == 1 and literal_int(args[0]) is None:
        return None  # a single name may be a whole torch.Size
    return tuple(literal_int(a) for a in args)


def data_facts(node: cst.BaseExpression) -> tuple[Shape | None, str | None]:
    """Shape and dtype of `torch.tensor(<literal data>)`; unknown unless fully literal."""
    kind = literal_number_kind(node)
    if kind is not None:
        return (), {"int": "int64", "float": "float32", "bool": "bool",
                    "complex": "complex64"}[kind]
    if not isinstance(node, (cst.List, cst.Tuple)):
        return None, None
    if not node.elements or any(isinstance(e, cst.StarredElement) for e in node.elements):
        return None, None
    shapes: list[Shape | None] = []
    dtypes: list[str | None] = []
    for element in node.elements:
        shape, dtype = data_facts(element.value)
        shapes.append(shape)
        dtypes.append(dtype)
    if any(d is None for d in dtypes) or any(s is None for s in shapes):
        return None, None
    if len(set(shapes)) != 1:
        return None, None
    inner = shapes[0]
    assert inner is not None
    return (len(node.elements), *inner), promote_literals(dtypes)


def promote_literals(dtypes: list[str | None]) -> str | None:
    if any(d is None for d in dtypes):
        return None
    for winner in ("complex64", "float32", "int64", "bool"):
        if winner in dtypes:
            return winner
    return None


def dtype_from_expr(node: cst.BaseExpression | None, qualname: str | None) -> str | None:
    """`torch.float64` / `torch.long` (by qualified name) -> 'float64' / 'int64'."""
    del node
    if qualname is None or not qualname.startswith("torch."):
        return None
    return DTYPE_NAMES.get(qualname[len("torch."):])


def device_from_literal(text: str | None) -> str | None:
    if text is None:
        return None
    base = text.split(":")[0]
    return base if base in ("cpu", "cuda", "mps", "xpu", "meta") else None


def broadcast(a: Shape | None, b: Shape | None) -> Shape | None:
    if a is None or b is None:
        return None
    if len(a) < len(b):
        a, b = b, a
    b = (1,) * (len(a) - len(b)) + b
    out: list[int | None] = []
    for x, y in zip(a, b, strict=True):
        if x == 1:
            out.append(y)
        elif y == 1:
            out.append(x)
        elif x is None or y is None:
            # A valid broadcast pairs an unknown size with 1 or with the same size.
            known = x if y is None else y
            out.append(known if known is not None and known != 0 else None)
        else:
            out.append(max(x, y))
    return tuple(out)


def matmul_shape(a: Shape | None, b: Shape | None) -> Shape | None:
    if a is None or b is None or not a or not b:
        return None
    if len(a) == 1 and len(b) == 1:
        return ()
    if len(a) == 2 and len(b) == 2:
        return (a[0], b[1])
    if len(a) == 2 and len(b) == 1:
        return (a[0],)
    if len(a) == 1 and len(b) == 2:
        return (b[1],)
    return None


def promote(a: Value | None, b: Value | None, true_divide: bool) -> str | None:
    """Result dtype of a binary op between tensors and/or Python numbers."""
    da = a.dtype if isinstance(a, Tensor) else _number_dtype(a)
    db = b.dtype if isinstance(b, Tensor) else _number_dtype(b)
    a_is_tensor = isinstance(a, Tensor)
    b_is_tensor = isinstance(b, Tensor)
    if da is None or db is None:
        return None
    ka, kb = dtype_kind(da), dtype_kind(db)
    if a_is_tensor and b_is_tensor:
        if da == db:
            result = da
        elif ka == kb == "float":
            order = ["float16", "bfloat16", "float32", "float64"]
            result = max(da, db, key=order.index) if {da, db} != {"float16", "bfloat16"} else \
                "float32"
        elif "float" in (ka, kb) or "complex" in (ka, kb):
            result = da if ka in ("float", "complex") else db
        else:
            return None
    else:
        tensor_dtype, number_kind = (da, kb) if a_is_tensor else (db, ka)
        tensor_kind = dtype_kind(tensor_dtype)
        if number_kind == "float" and tensor_kind in ("int", "bool"):
            result = "float32"
        elif number_kind == "complex" and tensor_kind != "complex":
            result = "complex64"
        else:
            result = tensor_dtype
    if true_divide and dtype_kind(result) in ("int", "bool"):
        return "float32"
    return result


def _number_dtype(value: Value | None) -> str | None:
    if isinstance(value, Obj) and value.kind == "number":
        return {"int": "int64", "float": "float64", "bool": "bool",
                "complex": "complex128"}.get(value.number or "")
    return None
