"""Shape facts of view, indexing and layer operations (AGL002's "more than one element").

Each function answers from literal arguments only and returns None (unknown) otherwise.
`at_least_as_big` carries the coarser fact "certainly more than one element" through
operations whose exact shape is not tracked but that never shrink their input
(broadcasting arithmetic, element-wise functions, layers that keep the batch dimension).
"""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.tensors import literal_int
from autograd_lint.analysis.values import Obj, Shape, Tensor, Value

# nn layers that keep every dimension but the last of an input of rank >= 2, so its
# leading (batch) dimension (a Sequential of only such layers too).
BATCH_PRESERVING_LAYERS = frozenset({
    "Linear", "LazyLinear", "LayerNorm", "BatchNorm1d", "RMSNorm", "ReLU", "ReLU6", "GELU",
    "SiLU", "Tanh", "Sigmoid", "LeakyReLU", "ELU", "Softplus", "Dropout", "Identity",
    "Softmax", "LogSoftmax", "Mish", "PReLU", "Hardswish", "Hardtanh", "SELU", "CELU",
    "Sequential",
})


def at_least_as_big(result: Tensor, *operands: Value | None) -> Tensor:
    """Mark `result` as holding more than one element when an operand certainly does and
    the operation cannot shrink it (broadcasting or an element-wise op)."""
    if result.known_nonscalar:
        return result
    if any(isinstance(v, Tensor) and v.known_nonscalar for v in operands):
        return result.evolve(nonscalar=True)
    return result


def signed_int(node: cst.BaseExpression | None) -> int | None:
    """A literal int with an optional unary minus: `1`, `-1`."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        inner = literal_int(node.expression)
        return None if inner is None else -inner
    return literal_int(node) if node is not None else None


def _axis(dim: int | None, rank: int) -> int | None:
    if dim is None:
        return None
    index = dim + rank if dim < 0 else dim
    return index if 0 <= index < rank else None


def unsqueeze(shape: Shape | None, dim: int | None) -> Shape | None:
    if shape is None or dim is None:
        return None
    index = _axis(dim, len(shape) + 1)
    if index is None:
        return None
    return (*shape[:index], 1, *shape[index:])


def transpose(shape: Shape | None, a: int | None, b: int | None) -> Shape | None:
    if shape is None:
        return None
    i, j = _axis(a, len(shape)), _axis(b, len(shape))
    if i is None or j is None:
        return None
    out = list(shape)
    out[i], out[j] = out[j], out[i]
    return tuple(out)


def permute(shape: Shape | None, dims: list[int | None]) -> Shape | None:
    if shape is None or len(dims) != len(shape):
        return None
    axes = [_axis(d, len(shape)) for d in dims]
    if any(a is None for a in axes) or len(set(axes)) != len(axes):
        return None
    return tuple(shape[a] for a in axes if a is not None)


def index(shape: Shape | None, elements: list[cst.SubscriptElement]) -> Shape | None:
    """`x[:, 0]`, `x[0]`, `x[None]`, `x[..., 1:]`: the shape of basic indexing.

    A plain integer drops its axis, `:` keeps it, `None` adds one, a bounded slice keeps the
    axis with an unknown size; anything else (tensors, lists, names) is unknown.
    """
    if shape is None:
        return None
    kinds: list[str] = []
    for element in elements:
        part = element.slice
        if isinstance(part, cst.Slice):
            full = part.lower is None and part.upper is None and part.step is None
            kinds.append("full" if full else "slice")
        elif isinstance(part.value, cst.Ellipsis):
            kinds.append("...")
        elif isinstance(part.value, cst.Name) and part.value.value == "None":
            kinds.append("new")
        elif signed_int(part.value) is not None:
            kinds.append("int")
        else:
            return None
    if kinds.count("...") > 1:
        return None
    consumed = sum(k in ("full", "slice", "int") for k in kinds)
    if consumed > len(shape):
        return None
    if "..." in kinds:
        at = kinds.index("...")
        kinds[at:at + 1] = ["full"] * (len(shape) - consumed)
    out: list[int | None] = []
    axis = 0
    for kind in kinds:
        if kind == "new":
            out.append(1)
            continue
        if kind == "full":
            out.append(shape[axis])
        elif kind == "slice":
            out.append(None)
        axis += 1
    out.extend(shape[axis:])
    return tuple(out)


# Layers whose output has exactly the shape of their input (element-wise activations,
# normalisations, dropout).
SHAPE_KEEPING_LAYERS = BATCH_PRESERVING_LAYERS - {"Linear", "LazyLinear", "Sequential"}


def layer_output(layer: str, out_features: int | None, first: Tensor | None,
                 layers: tuple[Value | None, ...] = ()) -> Tensor | None:
    """What is known of the size of `layer(x)`: the exact shape for a Linear with a known
    input shape, a shape-keeping layer, or a Sequential of only such layers (`layers`);
    else "more than one element" when the layer keeps a batch dimension of more than one
    row. Returns a template whose shape/nonscalar fields are meaningful."""
    if first is None or not first.shape:
        return None
    if layer in ("Linear", "LazyLinear") and out_features is not None:
        return Tensor(shape=(*first.shape[:-1], out_features))
    if layer in SHAPE_KEEPING_LAYERS and len(first.shape) >= 2:
        return Tensor(shape=first.shape)
    if layer == "Sequential" and layers:
        chained = _chain(layers, first)
        if chained is not None:
            return chained
    if layer == "Embedding":
        return Tensor(shape=(*first.shape, None))
    batch = first.shape[0]
    if layer in BATCH_PRESERVING_LAYERS and len(first.shape) >= 2 and batch is not None \
            and batch > 1:
        return Tensor(nonscalar=True)
    return None


def _chain(layers: tuple[Value | None, ...], first: Tensor) -> Tensor | None:
    """The exact output shape of a Sequential whose every layer gives one (else None)."""
    current: Tensor | None = first
    for layer in layers:
        if current is None or current.shape is None or not isinstance(layer, Obj) or \
                not layer.qualname.startswith("torch.nn.") or not layer.keeps_batch:
            return None
        current = layer_output(layer.qualname.rsplit(".", 1)[-1], layer.out_features,
                               current, layer.elements)
    return current if current is not None and current.shape is not None else None


# Losses computed element by element: reduction='none' gives the broadcast shape.
_ELEMENTWISE_LOSSES = frozenset({
    "l1_loss", "mse_loss", "smooth_l1_loss", "huber_loss", "binary_cross_entropy",
    "binary_cross_entropy_with_logits", "soft_margin_loss", "kl_div",
    "L1Loss", "MSELoss", "SmoothL1Loss", "HuberLoss", "BCELoss", "BCEWithLogitsLoss",
    "SoftMarginLoss", "KLDivLoss",
})
# Losses over class indices: reduction='none' gives one value per target index.
_CLASS_INDEX_LOSSES = frozenset({"cross_entropy", "nll_loss", "CrossEntropyLoss", "NLLLoss"})


def unreduced_loss_shape(loss: str, values: list[Value | None]) -> Shape | None:
    """Shape of `loss(input, target, reduction='none')` from its two tensor arguments."""
    from autograd_lint.analysis.tensors import broadcast

    if len(values) < 2 or not isinstance(values[0], Tensor) or \
            not isinstance(values[1], Tensor):
        return None
    name = loss.rsplit(".", 1)[-1]
    prediction, target = values[0], values[1]
    if name in _ELEMENTWISE_LOSSES:
        return broadcast(prediction.shape, target.shape)
    if name in _CLASS_INDEX_LOSSES and target.dtype == "int64":
        return target.shape
    return None
