"""AGL014: misspelled autograd keyword arguments, attributes and methods."""

from __future__ import annotations

import functools
import re

import libcst as cst

from autograd_lint.analysis.torch_api import AUTOGRAD_BACKWARD, AUTOGRAD_GRAD
from autograd_lint.analysis.values import Obj, Tensor
from autograd_lint.finding import Applicability, Edit, Fix
from autograd_lint.rules.base import FixBuilder, Rule
from autograd_lint.rules.syntax import method_name
from autograd_lint.rules.triggers import AUTOGRAD_ALIAS, BACKWARD, found

_OPTIMIZER_NAME = re.compile(r"optim|(^|_)opt([a-z0-9]{0,2}|_.*)$")

# Keyword arguments by the call they belong to. Long names accept 2 edits, short ones 1.
_GRAPH_KEYWORDS = ("retain_graph", "create_graph", "inputs", "gradient")
_GRAD_KEYWORDS = ("retain_graph", "create_graph", "grad_outputs", "allow_unused",
                  "only_inputs", "is_grads_batched", "materialize_grads", "inputs", "outputs")
_BACKWARD_KEYWORDS = ("retain_graph", "create_graph", "grad_tensors", "grad_variables",
                      "inputs", "tensors")

# Methods: what a typo is checked against, and real names that are no typos.
_TENSOR_METHODS = ("backward", "retain_grad", "requires_grad_", "detach", "register_hook")
_TENSOR_REAL = frozenset({"backward", "retain_grad", "requires_grad_", "detach", "detach_",
                          "register_hook", "retains_grad", "requires_grad"})
# Read-only attributes called like methods: TypeError 'bool' object is not callable.
_CALLED_ATTRIBUTES = {"requires_grad": "requires_grad_", "retains_grad": "retain_grad",
                      "is_leaf": None}
_STEP_METHODS = ("zero_grad",)
_STEP_REAL = frozenset({"zero_grad", "step", "state_dict", "load_state_dict",
                        "add_param_group", "register_step_pre_hook",
                        "register_step_post_hook"})


_AUTOGRAD_KEYWORDS = tuple(sorted(set(_GRAPH_KEYWORDS + _GRAD_KEYWORDS + _BACKWARD_KEYWORDS)))
_ALWAYS_CHECKED = ("requires_grad", *_TENSOR_METHODS, *_STEP_METHODS)
_CALLED_ATTRIBUTE = re.compile(r"\.(?:" + "|".join(_CALLED_ATTRIBUTES) + r")\s*\(")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    two neighbours (`requries` -> `requires`) each cost 1."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


@functools.lru_cache(maxsize=65536)
def closest(name: str, candidates: tuple[str, ...]) -> str | None:
    """The candidate `name` is a plausible misspelling of, if any."""
    if name in candidates:
        return None
    best: tuple[int, str] | None = None
    lowered = name.lower()
    for candidate in candidates:
        limit = _limit(candidate)
        if abs(len(lowered) - len(candidate)) > limit:  # the distance is at least this
            continue
        distance = edit_distance(lowered, candidate)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, candidate)
    return best[1] if best else None


class AutogradTypo(Rule):
    code = "AGL014"
    name = "autograd-typo"
    severity = "error"
    summary = ("A misspelled autograd name: keyword arguments such as `require_grad=`, "
               "`requires_grads=`, `retain_graphs=`; attributes such as `p.require_grad = "
               "False`; methods such as `.backwards()`, `.zero_grads()`, `.retains_grad()`.")
    why = ("A misspelled keyword or method makes torch raise, after the code has already run "
           "for a while. A misspelled attribute assignment is worse: Python silently adds a "
           "new attribute to the tensor, `requires_grad` keeps its old value, and the layer "
           "meant to be frozen keeps training (pytorch/pytorch#72332).")
    evidence = ("`TypeError: randn() received an invalid combination of arguments - got (int, "
                "int, require_grad=bool), ...`; `TypeError: tensor() got an unexpected keyword "
                "argument 'require_grad'`; `TypeError: Parameter.__new__() got an unexpected "
                "keyword argument 'require_grad'`; `AttributeError: 'Tensor' object has no "
                "attribute 'backwards'`; `TypeError: 'bool' object is not callable` (calling "
                "`requires_grad()`); silent for `p.require_grad = False`.")
    how_to_fix = ("Use the spelling the message suggests: `requires_grad=`, `retain_graph=`, "
                  "`p.requires_grad = False` (or `p.requires_grad_(False)`), `.backward()`, "
                  "`.zero_grad()`, `.retain_grad()`.")
    leave_alone = ("Config dict keys such as `{\"require_grad\": True}`; fields and "
                   "attributes of objects not known to be tensors, modules or optimizers "
                   "(a dataclass field `require_grad`); keyword arguments of calls that do not "
                   "resolve to torch; a user class defining its own `.backwards()`; the "
                   "correct `requires_grad_()`; `torch.autograd.backward(loss)`.")
    fixable = ("Safe fix for keyword arguments and method names (the code would raise); "
               "unsafe fix for attribute assignments (the behaviour changes to the intended "
               "one).")
    tokens = ("grad", "backw", "graph", "detat", "retain")

    @property
    def defined(self) -> frozenset[str]:
        """Functions and annotated names the whole file defines (also the parts the engine
        did not parse): a user class with its own `.backwards()` or a `require_grad: bool`
        field is not a typo. Asked only once a typo is suspected."""
        return self.ctx.outline.defined_names  # type: ignore[union-attr]

    @classmethod
    def relevant(cls, text: str, context: str) -> bool:
        """An identifier here is a near miss of a name the rule checks."""
        if _CALLED_ATTRIBUTE.search(text):
            return True
        candidates = _ALWAYS_CHECKED
        if "zero_grad" in text:
            candidates += ("set_to_none",)
        if BACKWARD.search(text) or found(AUTOGRAD_ALIAS, context):  # keywords of these calls
            candidates += _AUTOGRAD_KEYWORDS
        return any(_near_miss(name, candidates) for name in set(_IDENTIFIER.findall(text)))

    # ------------------------------------------------------------------ keywords
    def visit_Call(self, node: cst.Call) -> None:
        self._check_keywords(node)
        self._check_method(node)

    def _keyword_candidates(self, node: cst.Call) -> tuple[str, ...]:
        qualname = self.facts.qualname(node.func)
        if qualname in AUTOGRAD_GRAD:
            return _GRAD_KEYWORDS
        if qualname in AUTOGRAD_BACKWARD:
            return _BACKWARD_KEYWORDS
        if qualname is not None and qualname.startswith("torch."):
            # Private helpers have their own spellings: Tensor._make_subclass(cls, data,
            # require_grad=False) is correct.
            if qualname.rsplit(".", 1)[-1].startswith("_"):
                return ()
            return ("requires_grad",)
        method = method_name(node)
        if method is None:
            return ()
        assert isinstance(node.func, cst.Attribute)
        receiver = self.facts.value(node.func.value)
        if isinstance(receiver, Tensor):
            if method == "backward":
                return _GRAPH_KEYWORDS
            return ("requires_grad",)
        if method == "zero_grad" and self._is_module_or_optimizer(node.func.value):
            return ("set_to_none",)
        return ()

    def _check_keywords(self, node: cst.Call) -> None:
        candidates = self._keyword_candidates(node)
        if not candidates:
            return
        for arg in node.args:
            if arg.keyword is None:
                continue
            wrong = arg.keyword.value
            right = closest(wrong, candidates)
            if right is None:
                continue
            self.report(
                arg.keyword,
                f"misspelled keyword argument `{wrong}=`: did you mean `{right}=`? "
                f"torch raises a TypeError for the unknown keyword",
                fix=_rename(arg.keyword, right, "safe"),
            )

    # ------------------------------------------------------------------ methods
    def _check_method(self, node: cst.Call) -> None:
        method = method_name(node)
        if method is None:
            return
        assert isinstance(node.func, cst.Attribute)
        receiver_node = node.func.value
        receiver = self.facts.value(receiver_node)
        right: str | None = None
        if isinstance(receiver, Tensor):
            if method in _CALLED_ATTRIBUTES:
                right = _CALLED_ATTRIBUTES[method]
                if right is None:
                    return
                self.report(node.func.attr,
                            f"`.{method}` is a bool attribute, not a method: calling it raises "
                            f"\"TypeError: 'bool' object is not callable\"; did you mean "
                            f"`.{right}()`?", fix=_rename(node.func.attr, right, "safe"))
                return
            if method not in _TENSOR_REAL:
                right = closest(method, _TENSOR_METHODS)
            owner = "Tensor"
        elif method not in _STEP_REAL and self._is_module_or_optimizer(receiver_node):
            right = closest(method, _STEP_METHODS)
            owner = _owner_kind(receiver)
        if right is None or method in self.defined:
            return
        self.report(node.func.attr,
                    f"misspelled method `.{method}()`: did you mean `.{right}()`? torch raises "
                    f"\"AttributeError: '{owner}' object has no attribute '{method}'\"",
                    fix=_rename(node.func.attr, right, "safe"))

    def _is_module_or_optimizer(self, node: cst.BaseExpression) -> bool:
        value = self.facts.value(node)
        if isinstance(value, Obj):
            return value.kind in ("module", "optimizer")
        if value is not None:
            return False
        if isinstance(node, cst.Attribute):
            name = node.attr.value
        elif isinstance(node, cst.Name):
            name = node.value
        else:
            return False
        return bool(_OPTIMIZER_NAME.search(name.lower()))

    # ------------------------------------------------------------------ attributes
    def visit_Attribute(self, node: cst.Attribute) -> None:
        attr = node.attr.value
        if attr in ("requires_grad", "requires_grad_"):
            return
        right = closest(attr, ("requires_grad",))
        if right is None or attr in self.defined or not self._tensor_like(node.value):
            return
        if self.facts.is_store(node):
            self.report(node.attr,
                        f"`.{attr}` is a misspelling of `.{right}`: assigning it silently "
                        f"creates a new Python attribute and leaves requires_grad unchanged; "
                        f"did you mean `.{right}`?",
                        fix=_rename(node.attr, right, "unsafe"))
        else:
            self.report(node.attr,
                        f"`.{attr}` is a misspelling of `.{right}`: reading it raises "
                        f"AttributeError (or returns a stray attribute set by another typo); "
                        f"did you mean `.{right}`?",
                        fix=_rename(node.attr, right, "safe"))

    def _tensor_like(self, node: cst.BaseExpression) -> bool:
        """Known tensors and modules, plus `<x>.weight` / `<x>.bias` (parameters by name)."""
        value = self.facts.value(node)
        if isinstance(value, Tensor):
            return True
        if isinstance(value, Obj):
            return value.kind == "module"
        return isinstance(node, cst.Attribute) and node.attr.value in ("weight", "bias")


def _owner_kind(value: object) -> str:
    if isinstance(value, Obj) and value.kind == "module":
        return value.qualname.rsplit(".", 1)[-1] or "Module"
    if isinstance(value, Obj) and value.kind == "optimizer":
        return value.qualname.rsplit(".", 1)[-1] or "Optimizer"
    return "Optimizer"


def _rename(name: cst.Name, right: str, applicability: Applicability) -> FixBuilder:
    def build(span):  # type: ignore[no-untyped-def]
        return Fix(applicability, f"rename to `{right}`", (Edit(*span(name), right),))
    return build


def _limit(candidate: str) -> int:
    """How many edits from `candidate` still count as a misspelling of it (`closest`)."""
    return 2 if len(candidate) >= 8 else 1


def _deletions(word: str, depth: int) -> frozenset[str]:
    """`word` with up to `depth` characters deleted."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return frozenset(found)


@functools.lru_cache(maxsize=64)
def _candidate_deletions(candidates: tuple[str, ...]) -> dict[tuple[int, int], frozenset[str]]:
    """Per (length, edit limit) of a name, the deletion variants of the candidates that
    name can be a misspelling of (their length is within the limit of its length)."""
    table: dict[tuple[int, int], set[str]] = {}
    for candidate in candidates:
        limit = _limit(candidate)
        variants = _deletions(candidate, limit)
        for length in range(len(candidate) - limit, len(candidate) + limit + 1):
            table.setdefault((length, limit), set()).update(variants)
    return {key: frozenset(words) for key, words in table.items()}


@functools.lru_cache(maxsize=65536)
def _near_miss(name: str, candidates: tuple[str, ...]) -> bool:
    """`closest(name, candidates)` finds a match. Cheap for most identifiers: two words k
    edits apart (substitutions, insertions, deletions, swaps of neighbours) become the same
    word after at most k deletions from each, so a name sharing no deletion variant with
    a candidate of about its length cannot be a misspelling of one; `closest` confirms."""
    lowered = name.lower()
    table = _candidate_deletions(candidates)
    for limit in (1, 2):
        variants = table.get((len(lowered), limit))
        if variants is not None and not variants.isdisjoint(_deletions(lowered, limit)):
            return closest(name, candidates) is not None
    return False
