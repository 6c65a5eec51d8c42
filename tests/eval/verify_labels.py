"""Check the blind evaluation labels in tests/eval against torch's own evidence.

Every snippet is run under torch 2.13 (in this process, one fresh ``__main__``
module each) with light instrumentation, and the evidence torch gives is
collected as (code, line) observations:

* codes where torch raises or warns: the exception or warning text of
  /work/shared/pitfalls.md, located at the innermost snippet frame;
* silent codes: the run-time observations pitfalls.md describes (stale
  gradients used by an update for AGL003, values changed through ``.data``
  without a version bump for AGL006, an accumulator holding a graph a
  ``backward()`` already ran through for AGL012, a moved leaf's result used as a
  leaf for AGL013, a misspelled ``requires_grad`` attribute left without effect
  for AGL014, an uninitialised ``torch.empty`` leaf reaching ``backward()`` as
  NaN for AGL017);
* AGL015: the snippet is re-run with only the labelled statement made out of
  place; the label is confirmed when the in-place error then disappears.

A bad snippet passes when every ``# expect:`` label is observed and nothing
unlabelled is; a good snippet passes when it runs cleanly with no observation.
Usage: ``python tests/eval/verify_labels.py [--dir EVAL_DIR] [CODE ...]``
(default directory: tests/eval); exit status 1 when a label is not confirmed.
AGL009 snippets need numpy importable.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import types
import warnings
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch.optim.optimizer import register_optimizer_step_pre_hook

EVAL_DIR = Path(__file__).resolve().parent
LABEL = re.compile(r"#\s*expect:\s*((?:AGL\d{3}[,\s]*)+)")

EXCEPTION_EVIDENCE: dict[str, re.Pattern[str]] = {
    "AGL002": re.compile(r"grad can be implicitly created only for scalar outputs"),
    "AGL005": re.compile(r"only Tensors of floating point (and complex )?dtype", re.I),
    "AGL007": re.compile(r"backward through the graph a second time"),
    "AGL008": re.compile(r"leaf Variable that requires grad is being used in an in-place"),
    "AGL009": re.compile(r"Can't call numpy\(\) on Tensor that requires grad"),
    "AGL010": re.compile(r"only change requires_grad flags of leaf variables"),
    "AGL011": re.compile(r"does not require grad and does not have a grad_fn"),
}
WARNING_EVIDENCE: dict[str, re.Pattern[str]] = {
    "AGL001": re.compile(r"\.grad attribute of a Tensor that is not a leaf Tensor"),
    "AGL004": re.compile(r"requires gradient and is not a double precision"),
    "AGL016": re.compile(r"To copy construct from a tensor"),
}
INPLACE_SAVED = re.compile(r"modified by an inplace operation")
AUTOGRAD_NAMES = (
    "requires_grad", "requires_grad_", "backward", "retain_graph", "zero_grad",
    "create_graph", "retain_grad", "grad_outputs",
)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: how a misspelled autograd name is recognised."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def is_typo(name: str) -> bool:
    return len(name) >= 6 and any(
        0 < edit_distance(name, real) <= 2 for real in AUTOGRAD_NAMES
    ) and name not in AUTOGRAD_NAMES


@dataclass
class Run:
    """What one execution of one snippet showed."""

    path: str
    observed: set[tuple[str, int]] = field(default_factory=set)
    error: str | None = None
    error_line: int | None = None
    # AGL003: id(leaf) -> [leaf, values at its last backward, pending stale line]
    leaves: dict[int, list] = field(default_factory=dict)
    # AGL006: pending .data accesses checked at the next snippet line
    data_uses: list[tuple[torch.Tensor, torch.Tensor, int, int]] = field(default_factory=list)
    # AGL012: graph nodes (other than leaves' accumulators) a backward() ran through
    backward_nodes: list = field(default_factory=list)
    # AGL013: id(result) -> (weakref(result), line of the cast)
    moved: dict[int, tuple[weakref.ref, int]] = field(default_factory=dict)
    # AGL017: data_ptr -> line of the torch.empty call
    empties: dict[int, int] = field(default_factory=dict)


CURRENT: Run | None = None


def snippet_line(frame: types.FrameType | None) -> int | None:
    """Line of the innermost snippet frame at or above ``frame``."""
    while frame is not None:
        if CURRENT is not None and frame.f_code.co_filename == CURRENT.path:
            return frame.f_lineno
        frame = frame.f_back
    return None


def direct_caller_line() -> int | None:
    """Line in the snippet that called the patched function, else None."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back
    if frame is not None and CURRENT is not None and frame.f_code.co_filename == CURRENT.path:
        return frame.f_lineno
    return None


def observe(code: str, line: int | None) -> None:
    if CURRENT is not None and line is not None:
        CURRENT.observed.add((code, line))


def graph_nodes(tensor: torch.Tensor, limit: int = 5000) -> Iterator:
    seen: set[int] = set()
    stack = [tensor.grad_fn] if tensor.grad_fn is not None else []
    while stack and len(seen) < limit:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(next_fn for next_fn, _ in node.next_functions)


def graph_leaves(roots: list[torch.Tensor]) -> list[torch.Tensor]:
    leaves = []
    for root in roots:
        for node in graph_nodes(root):
            variable = getattr(node, "variable", None)
            if isinstance(variable, torch.Tensor):
                leaves.append(variable)
    return leaves


def grad_is_zero(leaf: torch.Tensor) -> bool:
    grad = torch._C.TensorBase.grad.__get__(leaf)
    return grad is None or not bool(grad.detach().ne(0).any())


# --- patches -----------------------------------------------------------------

ORIGINAL_BACKWARD = torch.autograd.backward


def patched_backward(tensors, *args, **kwargs):
    line = snippet_line(sys._getframe(1))
    run = CURRENT
    if run is not None and line is not None:
        roots = [tensors] if isinstance(tensors, torch.Tensor) else list(tensors)
        for root in roots:
            run.backward_nodes.extend(
                node for node in graph_nodes(root) if not hasattr(node, "variable")
            )
        for leaf in graph_leaves(roots):
            check_stale_gradient(run, leaf, line)
            check_uninitialised(run, leaf)
    return ORIGINAL_BACKWARD(tensors, *args, **kwargs)


def check_stale_gradient(run: Run, leaf: torch.Tensor, line: int) -> None:
    """AGL003: a backward adding into a gradient computed before an update."""
    entry = run.leaves.get(id(leaf))
    values = leaf.detach().clone()
    if entry is None or entry[0] is not leaf:
        run.leaves[id(leaf)] = [leaf, values, None]
        return
    if grad_is_zero(leaf):
        entry[2] = None
    elif not torch.equal(entry[1], values):
        if entry[2] is not None:
            observe("AGL003", entry[2])
        entry[2] = line
    entry[1] = values


def check_uninitialised(run: Run, leaf: torch.Tensor) -> None:
    """AGL017: a leaf from torch.empty that still holds the NaN fill."""
    line = run.empties.get(leaf.data_ptr())
    if line is not None and leaf.is_floating_point() and bool(leaf.detach().isnan().any()):
        observe("AGL017", line)


def optimizer_step_hook(optimizer, args, kwargs) -> None:
    run = CURRENT
    if run is None:
        return
    for group in optimizer.param_groups:
        for param in group["params"]:
            entry = run.leaves.get(id(param))
            if entry is not None and entry[0] is param and entry[2] is not None:
                if not grad_is_zero(param):
                    observe("AGL003", entry[2])


GRAD = torch._C.TensorBase.grad


def grad_get(self):
    moved = CURRENT.moved.get(id(self)) if CURRENT is not None else None
    if moved is not None and moved[0]() is self:
        observe("AGL013", moved[1])
    return GRAD.__get__(self)


def grad_set(self, value):
    GRAD.__set__(self, value)


def grad_del(self):
    GRAD.__delete__(self)


DATA = torch._C.TensorBase.data


def data_get(self):
    data = DATA.__get__(self)
    line = direct_caller_line()
    if CURRENT is not None and line is not None and self.requires_grad:
        CURRENT.data_uses.append((self, self.detach().clone(), self._version, line))
    return data


def data_set(self, value):
    line = direct_caller_line()
    if CURRENT is not None and line is not None and self.requires_grad:
        CURRENT.data_uses.append((self, self.detach().clone(), self._version, line))
    DATA.__set__(self, value)


def check_data_uses() -> None:
    """AGL006: values changed through .data while the version counter did not move."""
    if CURRENT is None or not CURRENT.data_uses:
        return
    uses, CURRENT.data_uses = CURRENT.data_uses, []
    for tensor, before, version, line in uses:
        now = tensor.detach()
        changed = now.shape != before.shape or not torch.equal(now, before)
        if changed and tensor._version == version:
            observe("AGL006", line)


def tracer(frame: types.FrameType, event: str, arg):
    if CURRENT is None or frame.f_code.co_filename != CURRENT.path:
        return None

    def local(frame, event, arg):
        if event in ("line", "return"):
            check_data_uses()
        return local

    return local


def wrap_binary(name: str) -> Callable:
    original = getattr(torch.Tensor, name)

    def wrapper(self, other):
        line = direct_caller_line()
        result = original(self, other)
        if line is not None and isinstance(result, torch.Tensor) and result.requires_grad:
            for operand in (self, other):
                if holds_finished_graph(operand):
                    observe("AGL012", line)
        return result

    wrapper.__name__ = name
    return wrapper


def holds_finished_graph(operand) -> bool:
    """AGL012: a one-element tensor whose graph a backward() already ran through."""
    if not isinstance(operand, torch.Tensor) or operand.grad_fn is None:
        return False
    if operand.numel() != 1 or CURRENT is None or not CURRENT.backward_nodes:
        return False
    finished = {id(node) for node in CURRENT.backward_nodes}
    return any(id(node) in finished for node in graph_nodes(operand))


def wrap_cast(name: str) -> Callable:
    original = getattr(torch.Tensor, name)

    def wrapper(self, *args, **kwargs):
        line = direct_caller_line()
        tracked = line is not None and self.is_leaf and self.requires_grad
        try:
            result = original(self, *args, **kwargs)
        except AssertionError as error:
            if tracked and "not compiled with CUDA" in str(error):
                observe("AGL013", line)
            raise
        if tracked and isinstance(result, torch.Tensor) and result is not self:
            CURRENT.moved[id(result)] = (weakref.ref(result), line)
        return result

    wrapper.__name__ = name
    return wrapper


ORIGINAL_ADD_PARAM_GROUP = torch.optim.Optimizer.add_param_group


def patched_add_param_group(self, param_group):
    params = param_group.get("params")
    params = [params] if isinstance(params, torch.Tensor) else params
    if CURRENT is not None and isinstance(params, (list, tuple)):
        for param in params:
            moved = CURRENT.moved.get(id(param))
            if moved is not None and moved[0]() is param:
                observe("AGL013", moved[1])
    return ORIGINAL_ADD_PARAM_GROUP(self, param_group)


ORIGINAL_EMPTY = torch.empty


def patched_empty(*args, **kwargs):
    line = direct_caller_line()
    if line is None:
        return ORIGINAL_EMPTY(*args, **kwargs)
    previous = torch.are_deterministic_algorithms_enabled()
    torch.use_deterministic_algorithms(True)
    try:
        result = ORIGINAL_EMPTY(*args, **kwargs)
    finally:
        torch.use_deterministic_algorithms(previous)
    CURRENT.empties[result.data_ptr()] = line
    return result


def tensor_setattr(self, name, value):
    line = direct_caller_line()
    before = self.requires_grad
    object.__setattr__(self, name, value)
    if line is not None and is_typo(name) and self.requires_grad == before:
        observe("AGL014", line)


def show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    text = str(message)
    where = snippet_line(sys._getframe(1))
    for code, pattern in WARNING_EVIDENCE.items():
        if pattern.search(text):
            observe(code, where)


def install() -> None:
    torch.autograd.backward = patched_backward
    register_optimizer_step_pre_hook(optimizer_step_hook)
    torch.Tensor.grad = property(grad_get, grad_set, grad_del)
    torch.Tensor.data = property(data_get, data_set)
    for name in ("__add__", "__radd__", "__iadd__"):
        setattr(torch.Tensor, name, wrap_binary(name))
    for name in ("to", "double", "half", "bfloat16", "float", "cuda", "type"):
        setattr(torch.Tensor, name, wrap_cast(name))
    torch.optim.Optimizer.add_param_group = patched_add_param_group
    torch.empty = patched_empty
    torch.Tensor.__setattr__ = tensor_setattr


# --- running -----------------------------------------------------------------


def execute(path: Path, source: str) -> Run:
    """Run ``source`` as ``__main__`` with ``path`` as its file name."""
    global CURRENT
    run = Run(str(path))
    module = types.ModuleType("__main__")
    module.__file__ = str(path)
    saved_main = sys.modules["__main__"]
    torch.manual_seed(0)
    CURRENT = run
    sys.modules["__main__"] = module
    sys.settrace(tracer)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("always")
            warnings.showwarning = show_warning
            exec(compile(source, str(path), "exec"), module.__dict__)
    except BaseException as error:  # noqa: BLE001 - a snippet may raise anything
        run.error = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
        run.error_line = last_snippet_line(error, str(path))
        classify_error(run, error)
    finally:
        sys.settrace(None)
        check_data_uses()
        sys.modules["__main__"] = saved_main
        CURRENT = None
        torch.set_grad_enabled(True)
        torch.set_default_dtype(torch.float32)
        torch.use_deterministic_algorithms(False)
        torch.autograd.set_detect_anomaly(False)
    return run


def last_snippet_line(error: BaseException, path: str) -> int | None:
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def classify_error(run: Run, error: BaseException) -> None:
    text = str(error)
    for code, pattern in EXCEPTION_EVIDENCE.items():
        if pattern.search(text):
            observe(code, run.error_line)
    if isinstance(error, (TypeError, AttributeError)):
        names = re.findall(r"[A-Za-z_]+", text)
        if any(is_typo(name) for name in names):
            observe("AGL014", run.error_line)


OUT_OF_PLACE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"inplace\s*=\s*True"), "inplace=False"),
    (re.compile(r"^(\s*)([\w.\[\]]+?)\s*([-+*/])=\s*(.+?)\s*(#.*)?$"), r"\1\2 = \2 \3 (\4)"),
    (re.compile(r"^(\s*)([\w.]+)\.(\w+)_\((.*)\)\s*(#.*)?$"), r"\1\2 = \2.\3(\4)"),
    (re.compile(r"^(\s*)(\w+)\[(.+)\]\s*=\s*(.+?)\s*(#.*)?$"), r"\1\2 = \2.clone(); \2[\3] = \4"),
]


def out_of_place(line: str) -> str | None:
    """The labelled AGL015 statement rewritten without the in-place change."""
    for pattern, replacement in OUT_OF_PLACE:
        if pattern.search(line):
            return pattern.sub(replacement, line, count=1)
    return None


@dataclass
class Verdict:
    path: Path
    code: str
    kind: str  # "bad" or "good"
    problems: list[str]


def labels(source: str) -> set[tuple[str, int]]:
    found = set()
    for number, text in enumerate(source.splitlines(), 1):
        match = LABEL.search(text)
        if match:
            found.update((code, number) for code in re.findall(r"AGL\d{3}", match.group(1)))
    return found


def verify(path: Path) -> Verdict:
    source = path.read_text()
    expected = labels(source)
    kind = "bad" if path.name.startswith("bad_") else "good"
    run = execute(path, source)
    observed = set(run.observed)
    problems: list[str] = []
    lines = source.splitlines()
    for code, number in sorted(expected):
        if code != "AGL015":
            continue
        if run.error is None or not INPLACE_SAVED.search(run.error):
            continue
        fixed = out_of_place(lines[number - 1])
        if fixed is None:
            problems.append(f"line {number}: no out-of-place rewrite")
            continue
        patched = "\n".join(lines[: number - 1] + [fixed] + lines[number:])
        rerun = execute(path, patched)
        if rerun.error is None or not INPLACE_SAVED.search(rerun.error):
            observed.add(("AGL015", number))
    if run.error is not None and INPLACE_SAVED.search(run.error) and not any(
        code == "AGL015" for code, _ in observed
    ):
        problems.append(f"unlabelled in-place error: {run.error}")
    for code, number in sorted(expected - observed):
        problems.append(f"line {number}: {code} not confirmed by torch")
    for code, number in sorted(observed - expected):
        problems.append(f"line {number}: unlabelled {code} evidence")
    explained = run.error_line is not None and any(
        number == run.error_line for _, number in observed
    ) or (run.error is not None and INPLACE_SAVED.search(run.error))
    explained = explained or bool(
        run.error and "optimize a non-leaf Tensor" in run.error
        and any(code == "AGL013" for code, _ in observed)
    )
    if run.error is not None and not explained:
        problems.append(f"unexpected error at line {run.error_line}: {run.error}")
    return Verdict(path, path.parent.name, kind, problems)


def main(argv: list[str]) -> int:
    eval_dir = EVAL_DIR
    if argv[:1] == ["--dir"] and len(argv) > 1:
        eval_dir, argv = Path(argv[1]).resolve(), argv[2:]
    install()
    codes = argv or sorted(p.name for p in eval_dir.iterdir() if p.name.startswith("AGL"))
    verdicts = []
    for code in codes:
        for path in sorted((eval_dir / code).glob("*.py")):
            verdicts.append(verify(path))
    print(f"{'code':7} {'bad ok':>7} {'bad':>4} {'good ok':>8} {'good':>5}")
    for code in codes:
        mine = [v for v in verdicts if v.code == code]
        bad = [v for v in mine if v.kind == "bad"]
        good = [v for v in mine if v.kind == "good"]
        print(
            f"{code:7} {sum(not v.problems for v in bad):>7} {len(bad):>4} "
            f"{sum(not v.problems for v in good):>8} {len(good):>5}"
        )
    failures = [v for v in verdicts if v.problems]
    for verdict in failures:
        for problem in verdict.problems:
            print(f"{verdict.path.relative_to(eval_dir)}: {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
