"""Text patterns shared by the rules' `relevant` tests (see autograd_lint/slicing.py).

They run on raw source text before anything is parsed, so each one over-approximates: it
may match code the rule will not flag, but never misses code it could flag.
"""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=64)
def found(pattern: re.Pattern[str], context: str) -> bool:
    """`pattern.search(context) is not None`, remembered: the engine asks the same
    questions of one file's module-level text (and one class's text) for every function in
    it, and that text can be large (autograd_lint/slicing.py hands over the same string
    object, whose hash Python keeps)."""
    return pattern.search(context) is not None


INPLACE_CALL = re.compile(r"[A-Za-z0-9]_\s*\(")
"""A call of an in-place method or function: `x.mul_(`, `F.relu_(`, `nn.init.normal_(`, not
`__init__(`."""

INPLACE = re.compile(
    r"[-+*/@%&|^]="           # augmented assignment (`**=` and `//=` included)
    r"|\]\s*=(?!=)"           # item assignment `x[0] = ...`
    r"|inplace|" + INPLACE_CALL.pattern  # `inplace=True`; an in-place method or function
)
"""Anything that may change a tensor in place."""

BACKWARD = re.compile(r"backward\s*\(|\bgrad\s*\(")
"""A backward pass: `loss.backward()`, `torch.autograd.backward(...)`, `autograd.grad(...)`
(not the word "backward" in "backward compatibility")."""

AUTOGRAD_ALIAS = re.compile(r"import[^\n]*\b(?:backward|grad)\s+as\b")
"""`from torch.autograd import grad as g`: a backward pass no longer says `grad(`; module-level
code with such an import makes every unit of the file relevant to the backward rules."""

LEAF = re.compile(r"requires_grad|Parameter|parameters|\.weight\b|\.bias\b")
"""Where a leaf that requires grad can come from."""


GRAD_CERTAIN = re.compile(BACKWARD.pattern + r"|enable_grad|set_grad_enabled")
"""What makes grad mode certain inside a function (rules/grad_scope.py): it runs a
backward pass itself, or enables grad explicitly."""


def grad_certain(text: str, context: str) -> bool:
    """Could grad mode be certain somewhere in this function (GradScope.grad_on)? Also
    when the module imports one of those names under another name."""
    return GRAD_CERTAIN.search(text) is not None or \
        found(AUTOGRAD_ALIAS, context) or \
        "enable_grad" in context or "set_grad_enabled" in context


def inplace_on_leaf(text: str, context: str) -> bool:
    """An in-place change here, and a leaf that requires grad here or around (the
    module-level code, the enclosing class)."""
    return INPLACE.search(text) is not None and \
        (LEAF.search(text) is not None or found(LEAF, context))


INTEGER = re.compile(r"\b(?:long|u?int(?:8|16|32|64)?|bool|short|arange|randint|randperm|"
                     r"argmax|argmin|argsort|nonzero|(?:Long|Int|Short|Byte|Bool|Char)Tensor|"
                     r"tensor|as_tensor|from_numpy|bincount|searchsorted|bucketize)\b")
"""Where an integer (or bool) tensor can come from: dtypes, integer factories, index ops,
and constructors from Python data (`torch.tensor([1, 2])`)."""
