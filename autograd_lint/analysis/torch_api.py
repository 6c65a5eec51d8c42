"""What torch's API does to the facts, as tables.

Only behaviour listed here is trusted. A torch function or tensor method missing from these
tables gives an unknown result whenever a graph could be involved (precision first).
"""

from __future__ import annotations

DTYPE_NAMES: dict[str, str] = {
    "float": "float32", "float32": "float32", "double": "float64", "float64": "float64",
    "half": "float16", "float16": "float16", "bfloat16": "bfloat16",
    "cfloat": "complex64", "complex64": "complex64", "cdouble": "complex128",
    "complex128": "complex128",
    "long": "int64", "int64": "int64", "int": "int32", "int32": "int32", "short": "int16",
    "int16": "int16", "int8": "int8", "uint8": "uint8", "bool": "bool",
}

# Tensor type constructors: torch.FloatTensor([...]) etc.
TYPED_TENSORS: dict[str, str] = {
    "torch.FloatTensor": "float32", "torch.DoubleTensor": "float64", "torch.HalfTensor": "float16",
    "torch.LongTensor": "int64", "torch.IntTensor": "int32", "torch.ShortTensor": "int16",
    "torch.ByteTensor": "uint8", "torch.CharTensor": "int8", "torch.BoolTensor": "bool",
    "torch.Tensor": "float32",
}

# Factories whose positional arguments (or a tuple) are the size; default dtype float.
SIZE_FACTORIES = frozenset({
    "torch.randn", "torch.rand", "torch.zeros", "torch.ones", "torch.empty",
})
LIKE_FACTORIES = frozenset({
    "torch.randn_like", "torch.rand_like", "torch.zeros_like", "torch.ones_like",
    "torch.empty_like", "torch.full_like", "torch.randint_like",
})
OTHER_FACTORIES = frozenset({
    "torch.tensor", "torch.as_tensor", "torch.arange", "torch.range", "torch.linspace",
    "torch.logspace", "torch.full", "torch.eye", "torch.randint", "torch.randperm",
    "torch.normal", "torch.from_numpy", "torch.empty_strided", "torch.scalar_tensor",
})
FACTORIES = SIZE_FACTORIES | LIKE_FACTORIES | OTHER_FACTORIES | frozenset(TYPED_TENSORS)

PARAMETER = frozenset({"torch.nn.Parameter", "torch.nn.parameter.Parameter"})

# Ops that keep the shape of their (first) tensor input and are differentiable.
ELEMENTWISE = frozenset({
    "abs", "acos", "asin", "atan", "ceil", "clamp", "clip", "cos", "cosh", "erf", "exp",
    "expm1", "floor", "frac", "log", "log10", "log1p", "log2", "neg", "negative",
    "reciprocal", "relu", "round", "rsqrt", "sigmoid", "sign", "sin", "sinh", "sqrt",
    "square", "tan", "tanh", "trunc", "softmax", "log_softmax", "pow", "add", "sub",
    "subtract", "mul", "multiply", "div", "divide", "true_divide", "maximum", "minimum",
    "clamp_min", "clamp_max", "lerp", "gelu", "silu", "elu", "leaky_relu", "softplus",
    "hardtanh", "relu6", "selu", "celu", "mish", "hardswish", "hardsigmoid", "logsigmoid",
    "dropout", "nan_to_num", "where", "masked_fill", "fmod", "remainder", "atan2",
    "contiguous", "clone", "cumsum", "cumprod", "flip", "roll", "tril", "triu",
    "normalize", "layer_norm", "softsign", "tanhshrink", "threshold",
})
# Differentiable ops whose output shape is not tracked.
DIFFERENTIABLE = ELEMENTWISE | frozenset({
    "view", "reshape", "view_as", "reshape_as", "flatten", "squeeze", "unsqueeze",
    "permute", "transpose", "t", "expand", "expand_as", "repeat", "narrow", "select",
    "index_select", "gather", "matmul", "mm", "bmm", "mv", "dot", "einsum", "cat",
    "concat", "concatenate", "stack", "chunk", "split", "linear", "conv1d", "conv2d",
    "conv3d", "embedding", "outer", "addmm", "baddbmm", "kron", "cross", "diag",
    "diagonal", "trace", "unfold", "movedim", "swapaxes", "unflatten", "mT", "T",
    "sum", "mean", "norm", "prod", "std", "var", "logsumexp", "amax", "amin", "max",
    "min", "type_as", "masked_select", "pad", "interpolate", "batch_norm",
    "group_norm", "instance_norm", "cosine_similarity", "pairwise_distance", "cdist",
    "affine_grid", "grid_sample", "pixel_shuffle", "pixel_unshuffle",
    "to", "double", "float", "half", "bfloat16", "cuda", "cpu",
})
# Reductions: no dim argument -> a 0-d result.
REDUCTIONS = frozenset({
    "sum", "mean", "norm", "prod", "std", "var", "max", "min", "amax", "amin",
    "logsumexp", "median", "nansum", "nanmean", "dot", "trace", "vdot",
})
# Tensor methods that do not return a tensor.
NON_TENSOR_METHODS = frozenset({
    "item", "tolist", "numpy", "size", "dim", "ndimension", "numel", "nelement",
    "backward", "register_hook", "data_ptr", "is_contiguous", "equal", "element_size",
    "stride", "storage", "untyped_storage", "get_device", "retain_grad", "is_floating_point",
    "is_complex", "__len__", "allclose", "register_post_accumulate_grad_hook",
})
CASTS = {
    "double": "float64", "float": "float32", "half": "float16", "bfloat16": "bfloat16",
    "long": "int64", "int": "int32", "short": "int16", "bool": "bool", "byte": "uint8",
    "char": "int8", "cfloat": "complex64", "cdouble": "complex128",
}
# In-place methods that do not change what autograd knows about the tensor itself.
GRAD_MODE_CONTEXTS = {
    "torch.no_grad": False,
    "torch.autograd.no_grad": False,
    "torch.autograd.grad_mode.no_grad": False,
    "torch.inference_mode": False,
    "torch.autograd.grad_mode.inference_mode": False,
    "torch.enable_grad": True,
    "torch.autograd.enable_grad": True,
    "torch.autograd.grad_mode.enable_grad": True,
}
SET_GRAD_ENABLED = frozenset({
    "torch.set_grad_enabled", "torch.autograd.set_grad_enabled",
    "torch.autograd.grad_mode.set_grad_enabled",
})

LOSS_MODULES = frozenset({
    "L1Loss", "MSELoss", "CrossEntropyLoss", "CTCLoss", "NLLLoss", "PoissonNLLLoss",
    "GaussianNLLLoss", "KLDivLoss", "BCELoss", "BCEWithLogitsLoss", "MarginRankingLoss",
    "HingeEmbeddingLoss", "MultiLabelMarginLoss", "HuberLoss", "SmoothL1Loss",
    "SoftMarginLoss", "MultiLabelSoftMarginLoss", "CosineEmbeddingLoss", "MultiMarginLoss",
    "TripletMarginLoss", "TripletMarginWithDistanceLoss", "NLLLoss2d",
})
FUNCTIONAL_LOSSES = frozenset({
    "l1_loss", "mse_loss", "cross_entropy", "ctc_loss", "nll_loss", "poisson_nll_loss",
    "gaussian_nll_loss", "kl_div", "binary_cross_entropy", "binary_cross_entropy_with_logits",
    "margin_ranking_loss", "hinge_embedding_loss", "multilabel_margin_loss", "huber_loss",
    "smooth_l1_loss", "soft_margin_loss", "multilabel_soft_margin_loss",
    "cosine_embedding_loss", "multi_margin_loss", "triplet_margin_loss",
    "triplet_margin_with_distance_loss",
})
# nn layers whose `.weight` / `.bias` are parameters.
LAYERS_WITH_PARAMETERS = frozenset({
    "Linear", "Bilinear", "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d",
    "ConvTranspose3d", "Embedding", "EmbeddingBag", "LayerNorm", "BatchNorm1d", "BatchNorm2d",
    "BatchNorm3d", "GroupNorm", "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d",
    "PReLU", "RMSNorm", "LazyLinear",
})
# Layers with parameters but no `.weight`/`.bias` of that name, by what a call returns:
# "tensor", "pair" (output, hidden) or (h, c), "lstm" (output, (h, c)), "attention"
# (output, weights; weights is None with need_weights=False).
SEQUENCE_LAYERS = {
    "RNN": "pair", "GRU": "pair", "LSTM": "lstm", "RNNCell": "tensor", "GRUCell": "tensor",
    "LSTMCell": "pair", "MultiheadAttention": "attention",
}

GRADCHECKS = frozenset({
    "torch.autograd.gradcheck", "torch.autograd.gradgradcheck",
    "torch.autograd.gradcheck.gradcheck", "torch.autograd.gradcheck.gradgradcheck",
})
AUTOGRAD_BACKWARD = frozenset({"torch.autograd.backward"})
AUTOGRAD_GRAD = frozenset({"torch.autograd.grad"})

# The keyword arguments each backward entry point accepts: any other keyword (a typo such
# as `grad_output=`) makes the call raise TypeError before anything is differentiated.
BACKWARD_KEYWORDS = {
    "backward": frozenset({"gradient", "retain_graph", "create_graph", "inputs"}),
    "torch.autograd.backward": frozenset({"tensors", "grad_tensors", "retain_graph",
                                          "create_graph", "grad_variables", "inputs"}),
    "torch.autograd.grad": frozenset({"outputs", "inputs", "grad_outputs", "retain_graph",
                                      "create_graph", "only_inputs", "allow_unused",
                                      "is_grads_batched", "materialize_grads"}),
}


def unexpected_keyword(entry: str, keywords: list[str]) -> bool:
    """Does a call of backward entry point `entry` ("backward" for the tensor method) pass
    a keyword it does not accept? Then it raises TypeError and nothing else about it
    matters."""
    accepted = BACKWARD_KEYWORDS.get(entry)
    return accepted is not None and any(name not in accepted for name in keywords)
