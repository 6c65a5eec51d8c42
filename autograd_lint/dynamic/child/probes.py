"""Run-time probes that instrumented code calls as `__agl__.<probe>(site, ...)`.

This module runs inside the user's interpreter (the sandboxed child, or the pytest process
with `--autograd-confirm`), so it imports nothing but the standard library and torch, and
never imports autograd_lint. Every probe evaluates exactly what the original expression
evaluated, records the facts a rule claimed, and returns the original value; exceptions
are recorded and re-raised unchanged.

Events are plain dicts handed to a sink (a JSON-lines file in the child, a list in pytest).
The parent process turns them into verdicts (autograd_lint/dynamic/verdicts.py).
"""

from __future__ import annotations

import operator
import re
import sys
import warnings
from collections.abc import Callable
from typing import Any

import torch

MAX_HITS_PER_SITE = 12
MAX_WARNINGS = 200
MAX_TRACKED_NUMEL = 5_000_000
MAX_GRAPH_NODES = 5000
LEGACY_CONSTRUCTORS = frozenset({"Tensor", "FloatTensor", "DoubleTensor", "HalfTensor",
                                 "BFloat16Tensor"})
"""`torch.Tensor(3, 4)` is uninitialised like torch.empty; `torch.Tensor([1.0])` is not."""
TRIGGERED = re.compile(r"\s*\(Triggered internally at [^)]*\)\.?\s*$")

_INPLACE_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "/=": operator.itruediv,
    "//=": operator.ifloordiv, "%=": operator.imod, "**=": operator.ipow,
    "@=": operator.imatmul, "&=": operator.iand, "|=": operator.ior, "^=": operator.ixor,
    "<<=": operator.ilshift, ">>=": operator.irshift,
}


def clean_message(text: str) -> str:
    """First line of a message without torch's build-dependent 'Triggered internally' tail."""
    first = str(text).strip().splitlines()[0] if str(text).strip() else ""
    return TRIGGERED.sub("", first)[:400]


def describe_exception(exc: BaseException) -> dict[str, Any]:
    return {"type": type(exc).__name__, "message": clean_message(str(exc))}


def tensor_facts(value: Any) -> dict[str, Any] | None:
    """What a rule may claim about a tensor, read without side effects or warnings.

    Never raises: some tensors refuse some questions (inference tensors have no version).
    """
    if not isinstance(value, torch.Tensor):
        return None
    try:
        return _read_facts(value)
    except Exception:  # noqa: BLE001 - a probe must not change the program's behaviour
        return {"is_leaf": value.is_leaf, "requires_grad": value.requires_grad,
                "retains_grad": False, "numel": value.numel(), "shape": list(value.shape),
                "dtype": str(value.dtype).replace("torch.", ""), "type": "",
                "grad_fn": None, "version": None, "grad_enabled": torch.is_grad_enabled()}


def _read_facts(value: torch.Tensor) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "is_leaf": value.is_leaf,
        "requires_grad": value.requires_grad,
        "retains_grad": value.retains_grad,
        "numel": value.numel(),
        "shape": list(value.shape),
        "dtype": str(value.dtype).replace("torch.", ""),
        "type": value.type(),
        "grad_fn": type(value.grad_fn).__name__ if value.grad_fn is not None else None,
        "version": value._version,
        "grad_enabled": torch.is_grad_enabled(),
    }
    if value.is_leaf or value.retains_grad:
        facts["has_grad"] = value.grad is not None
    return facts


def _facts_of(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [tensor_facts(v) for v in value[:16]]
    return tensor_facts(value)


def _snapshot(value: Any) -> torch.Tensor | None:
    if isinstance(value, torch.Tensor) and value.numel() <= MAX_TRACKED_NUMEL:
        try:
            with torch.no_grad():
                return value.detach().clone()
        except Exception:  # noqa: BLE001 - meta, sparse or odd tensors: no snapshot
            return None
    return None


def _same(a: torch.Tensor | None, b: torch.Tensor | None) -> bool | None:
    if a is None or b is None:
        return None
    return a.shape == b.shape and bool(torch.equal(a, b) or
                                       (a.is_floating_point() and
                                        torch.equal(a.isnan(), b.isnan()) and
                                        torch.equal(a.nan_to_num(), b.nan_to_num())))


def _graph_nodes(roots: list[Any]) -> list[Any]:
    """Autograd nodes reachable from the roots' grad_fn (bounded walk)."""
    seen: dict[int, Any] = {}
    stack = [r.grad_fn for r in roots if isinstance(r, torch.Tensor) and r.grad_fn is not None]
    while stack and len(seen) < MAX_GRAPH_NODES:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen[id(node)] = node
        stack.extend(n for n, _ in getattr(node, "next_functions", ()))
    return list(seen.values())


def _leaves(nodes: list[Any]) -> list[torch.Tensor]:
    return [n.variable for n in nodes if type(n).__name__ == "AccumulateGrad"]


def _as_list(tensors: Any) -> list[Any]:
    if isinstance(tensors, torch.Tensor):
        return [tensors]
    if isinstance(tensors, (list, tuple)):
        return list(tensors)
    return []


class _LeafState:
    """AGL003 bookkeeping for one leaf: gradient contributions since the last reset."""

    def __init__(self, leaf: torch.Tensor) -> None:
        self.leaf = leaf
        self.value = _snapshot(leaf)
        self.epoch = 0
        self.contributions: list[tuple[int, int | None]] = []


class Probes:
    """The object bound to `__agl__`. One per run; `sink` receives every event."""

    def __init__(self, sink: Callable[[dict[str, Any]], None], sites: dict[int, list[str]],
                 loop_cap: int | None) -> None:
        self._sink = sink
        self._sites = sites
        self._loop_cap = loop_cap
        self._hits: dict[int, int] = {}
        self._active: list[int] = []
        self._owners: dict[int, tuple[Any, dict[str, Any] | None, Any]] = {}
        self._seq = 0
        self._warnings = 0
        self._leaf_states: dict[int, _LeafState] = {}
        self._freed_nodes: dict[int, Any] = {}
        self._uninit: list[tuple[int, torch.Tensor]] = []
        self._filled_sites: set[int] = set()
        self._while_counts: dict[int, tuple[Any, int]] = {}
        self._original_backward = torch.autograd.backward

    # ------------------------------------------------------------------ plumbing
    def _emit(self, event: dict[str, Any]) -> None:
        self._seq += 1
        event["seq"] = self._seq
        try:
            self._sink(event)
        except Exception:  # noqa: BLE001 - a full disk must not change the user's program
            pass

    def _hit(self, site: int, hit: dict[str, Any]) -> None:
        count = self._hits.get(site, 0) + 1
        self._hits[site] = count
        if count <= MAX_HITS_PER_SITE:
            hit.update(event="hit", site=site, n=count)
            self._emit(hit)

    def _codes(self, site: int) -> list[str]:
        return self._sites.get(site, [])

    def install(self) -> None:
        """Global observers: warnings, every backward(), every optimizer step."""
        warnings.simplefilter("always")
        original_show = warnings.showwarning

        def show(message: Any, category: type, filename: str, lineno: int,
                 file: Any = None, line: str | None = None) -> None:
            if self._warnings < MAX_WARNINGS:
                self._warnings += 1
                self._emit({"event": "warning", "category": category.__name__,
                            "message": clean_message(str(message)), "file": filename,
                            "line": lineno, "active": list(self._active)})
            original_show(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        torch.autograd.backward = self._backward
        from torch.optim.optimizer import (
            register_optimizer_step_post_hook,
            register_optimizer_step_pre_hook,
        )

        register_optimizer_step_pre_hook(self._before_step)
        register_optimizer_step_post_hook(self._after_step)

    def finish(self) -> None:
        """End of a unit: updates since the last backward, tensors never initialised."""
        for state in list(self._leaf_states.values()):
            self._check_update(state)
        for site, tensor in self._uninit:
            if tensor.numel() and bool(torch.isnan(tensor.detach()).all()):
                self._emit({"event": "uninit", "site": site, "when": "end", "used": False})

    # ------------------------------------------------------------------ expression probes
    def owner(self, site: int, value: Any) -> Any:
        """The tensor whose `.data` is about to be written (AGL006): facts before the write."""
        self._owners[site] = (value, tensor_facts(value), _snapshot(value))
        return value

    def _owner_after(self, site: int, hit: dict[str, Any]) -> None:
        if site not in self._owners:
            return
        value, before, snap = self._owners.pop(site)
        hit["owner_before"] = before
        hit["owner_after"] = tensor_facts(value)
        changed = _same(snap, _snapshot(value))
        hit["owner_changed"] = None if changed is None else not changed

    def attr(self, site: int, obj: Any, name: str) -> Any:
        hit: dict[str, Any] = {"kind": "attr", "name": name, "obj": tensor_facts(obj),
                               "obj_type": type(obj).__name__}
        self._active.append(site)
        try:
            value = getattr(obj, name)
        except BaseException as exc:
            hit["exc"] = describe_exception(exc)
            self._hit(site, hit)
            raise
        finally:
            self._active.pop()
        hit["value_is_none"] = value is None
        self._hit(site, hit)
        return value

    def call(self, site: int, func: Any) -> Any:
        """Wrap a callee: `f(args)` becomes `__agl__.call(site, f)(args)`."""

        def probed(*args: Any, **kwargs: Any) -> Any:
            receiver = getattr(func, "__self__", None)
            hit: dict[str, Any] = {
                "kind": "call", "func": getattr(func, "__name__", type(func).__name__),
                "recv": tensor_facts(receiver), "recv_type": type(receiver).__name__,
                "arg0": _facts_of(args[0]) if args else None,
                "arg0_type": type(args[0]).__name__ if args else None,
                "nargs": len(args), "kwargs": sorted(kwargs),
            }
            self._before_call(site, func, args, kwargs, hit)
            self._active.append(site)
            try:
                result = func(*args, **kwargs)
            except BaseException as exc:
                hit["exc"] = describe_exception(exc)
                self._owner_after(site, hit)
                self._hit(site, hit)
                raise
            finally:
                self._active.pop()
            hit["result"] = tensor_facts(result)
            hit["result_type"] = type(result).__name__
            hit["result_is_recv"] = receiver is not None and result is receiver
            self._owner_after(site, hit)
            self._after_call(site, result, hit)
            self._hit(site, hit)
            return result

        return probed

    def uninit(self, site: int, func: Any) -> Any:
        """`torch.empty`-like constructors: fill with NaN, as torch's deterministic mode does."""

        sizes_only = getattr(func, "__name__", "") in LEGACY_CONSTRUCTORS

        def filled(*args: Any, **kwargs: Any) -> Any:
            result = func(*args, **kwargs)
            if sizes_only and not all(isinstance(a, (int, torch.Size)) for a in args):
                return result
            if isinstance(result, torch.Tensor) and result.is_floating_point():
                with torch.no_grad():
                    result.fill_(float("nan"))
                self._uninit.append((site, result))
                self._filled_sites.add(site)
            return result

        return filled

    # ------------------------------------------------------------------ statement probes
    def setattr(self, site: int, obj: Any, name: str, value: Any) -> None:
        hit: dict[str, Any] = {"kind": "setattr", "name": name, "obj": tensor_facts(obj),
                               "obj_type": type(obj).__name__,
                               "is_module": isinstance(obj, torch.nn.Module),
                               "value": tensor_facts(value)}
        self._active.append(site)
        try:
            setattr(obj, name, value)
        except BaseException as exc:
            hit["exc"] = describe_exception(exc)
            self._owner_after(site, hit)
            self._hit(site, hit)
            raise
        finally:
            self._active.pop()
        hit["obj_after"] = tensor_facts(obj)
        hit["in_dict"] = name in getattr(obj, "__dict__", {})
        self._owner_after(site, hit)
        self._hit(site, hit)

    def value(self, site: int, value: Any) -> Any:
        """`name = expr` becomes `name = __agl__.value(site, expr)`: the value bound."""
        self._hit(site, {"kind": "value", "result": tensor_facts(value),
                         "result_type": type(value).__name__})
        return value

    def setitem(self, site: int, obj: Any, key: Any, value: Any) -> None:
        hit = self._inplace_hit("setitem", obj, value)
        self._guarded(site, hit, lambda: operator.setitem(obj, key, value))
        self._inplace_after(site, obj, hit)

    def aug(self, site: int, current: Any, op: str, value: Any) -> Any:
        """`name op= value` becomes `name = __agl__.aug(site, name, op, value)`."""
        hit = self._inplace_hit("aug", current, value)
        result = self._guarded(site, hit, lambda: _INPLACE_OPS[op](current, value))
        hit["result"] = tensor_facts(result)
        hit["result_type"] = type(result).__name__
        hit["inplace"] = result is current
        self._inplace_after(site, result, hit)
        return result

    def augattr(self, site: int, obj: Any, name: str, op: str, value: Any) -> None:
        current = getattr(obj, name)
        hit = self._inplace_hit("augattr", current, value)
        result = self._guarded(site, hit, lambda: _INPLACE_OPS[op](current, value))
        self._guarded(site, hit, lambda: setattr(obj, name, result))
        self._inplace_after(site, result, hit)

    def augitem(self, site: int, obj: Any, key: Any, op: str, value: Any) -> None:
        hit = self._inplace_hit("augitem", obj, value)

        def run() -> None:
            obj[key] = _INPLACE_OPS[op](obj[key], value)

        self._guarded(site, hit, run)
        self._inplace_after(site, obj, hit)

    def _inplace_hit(self, kind: str, subject: Any, value: Any) -> dict[str, Any]:
        return {"kind": kind, "subject": tensor_facts(subject),
                "subject_type": type(subject).__name__, "value": tensor_facts(value),
                "value_type": type(value).__name__}

    def _guarded(self, site: int, hit: dict[str, Any], action: Callable[[], Any]) -> Any:
        self._active.append(site)
        try:
            return action()
        except BaseException as exc:
            hit["exc"] = describe_exception(exc)
            self._owner_after(site, hit)
            self._hit(site, hit)
            raise
        finally:
            self._active.pop()

    def _inplace_after(self, site: int, subject: Any, hit: dict[str, Any]) -> None:
        hit["subject_after"] = tensor_facts(subject)
        self._owner_after(site, hit)
        self._hit(site, hit)

    # ------------------------------------------------------------------ loops
    def loop(self, loop_id: int, iterable: Any) -> Any:
        """`for x in it` becomes `for x in __agl__.loop(id, it)`: at most `loop_cap` turns."""
        if self._loop_cap is None:
            return iterable
        return self._capped(loop_id, iter(iterable))

    def _capped(self, loop_id: int, iterator: Any) -> Any:
        for turn, item in enumerate(iterator):
            if turn >= self._loop_cap:  # type: ignore[operator]
                self._emit({"event": "loop_capped", "loop": loop_id})
                return
            self._restart_inner_loops(loop_id)
            yield item

    def tick(self, loop_id: int) -> bool:
        """`while c` becomes `while __agl__.tick(id) and (c)`: at most `loop_cap` turns per entry
        of the loop in one frame (a new frame, or a turn of an enclosing for loop, restarts)."""
        if self._loop_cap is None:
            return True
        self._restart_inner_loops(loop_id)
        frame = sys._getframe(1)
        owner, count = self._while_counts.get(loop_id, (None, 0))
        count = count + 1 if owner is frame else 1
        self._while_counts[loop_id] = (frame, count)
        if count > self._loop_cap:
            self._while_counts[loop_id] = (frame, 0)
            self._emit({"event": "loop_capped", "loop": loop_id})
            return False
        return True

    def _restart_inner_loops(self, loop_id: int) -> None:
        """Loops nested in `loop_id` have larger ids: a new turn of it re-enters them."""
        self._while_counts = {k: v for k, v in self._while_counts.items() if k <= loop_id}

    # ------------------------------------------------------------------ rule-specific hooks
    def _before_call(self, site: int, func: Any, args: tuple[Any, ...],
                     kwargs: dict[str, Any], hit: dict[str, Any]) -> None:
        codes = self._codes(site)
        if "AGL004" in codes:
            inputs = kwargs.get("inputs", args[1] if len(args) > 1 else None)
            hit["inputs"] = _facts_of(inputs if isinstance(inputs, (list, tuple)) else [inputs])
        if "AGL002" in codes:
            hit["gradient_given"] = any(k in kwargs for k in ("gradient", "grad_tensors",
                                                              "grad_outputs")) or (
                len(args) > (1 if hit["recv"] is not None else 2)
                and args[1 if hit["recv"] is not None else 2] is not None)

    def _after_call(self, site: int, result: Any, hit: dict[str, Any]) -> None:
        codes = self._codes(site)
        if "AGL017" in codes:
            hit["uninit_filled"] = site in self._filled_sites
        if "AGL017" in codes and isinstance(result, torch.Tensor):
            if result.numel() and bool(torch.isnan(result.detach()).all()):
                self._uninit.append((site, result))
        if "AGL015" in codes and isinstance(result, torch.nn.Module):
            self._watch_inplace_module(site, result)

    def _watch_inplace_module(self, site: int, module: torch.nn.Module) -> None:
        """`nn.ReLU(inplace=True)`: record, at each forward, the input it overwrites."""

        def pre(_module: Any, inputs: tuple[Any, ...]) -> None:
            first = inputs[0] if inputs else None
            self._hit(site, {"kind": "module_forward", "subject": tensor_facts(first),
                             "subject_type": type(first).__name__})

        module.register_forward_pre_hook(pre)

    # ------------------------------------------------------------------ backward
    def _backward(self, tensors: Any, grad_tensors: Any = None, retain_graph: Any = None,
                  create_graph: bool = False, grad_variables: Any = None,
                  inputs: Any = None) -> None:
        roots = _as_list(tensors)
        event: dict[str, Any] = {"event": "backward", "active": list(self._active),
                                 "roots": [tensor_facts(r) for r in roots[:8]]}
        nodes: list[Any] = []
        leaves: list[torch.Tensor] = []
        try:
            nodes = _graph_nodes(roots)
            event["reused_graph"] = any(id(n) in self._freed_nodes for n in nodes)
            leaves = _leaves(nodes)[:200]
            self._before_backward(leaves)
            self._check_uninit()
        except Exception as exc:  # noqa: BLE001 - bookkeeping must not break backward()
            event["probe_error"] = describe_exception(exc)
        try:
            self._original_backward(tensors, grad_tensors, retain_graph, create_graph,
                                    grad_variables, inputs)
        except BaseException as exc:
            event["exc"] = describe_exception(exc)
            self._emit(event)
            raise
        keep = retain_graph if retain_graph is not None else create_graph
        if not keep:
            for node in nodes:
                if type(node).__name__ != "AccumulateGrad":
                    self._freed_nodes[id(node)] = node
        site = self._active[-1] if self._active else None
        for leaf in leaves:
            state = self._leaf_states.get(id(leaf))
            if state is not None:
                state.contributions.append((state.epoch, site))
                state.value = _snapshot(leaf)
        self._emit(event)

    def _before_backward(self, leaves: list[torch.Tensor]) -> None:
        for leaf in leaves:
            if id(leaf) not in self._leaf_states and leaf.numel() <= MAX_TRACKED_NUMEL:
                self._leaf_states[id(leaf)] = _LeafState(leaf)
            state = self._leaf_states.get(id(leaf))
            if state is None:
                continue
            self._check_update(state)
            if _grad_is_reset(leaf):
                state.contributions.clear()

    def _check_update(self, state: _LeafState) -> None:
        """Did the leaf's value change since we last looked? Then an update used its .grad."""
        now = _snapshot(state.leaf)
        if state.value is None or now is None or _same(state.value, now):
            return
        self._judge_update(state, "update")
        state.epoch += 1
        state.value = now

    def _judge_update(self, state: _LeafState, how: str) -> None:
        epochs = {epoch for epoch, _ in state.contributions}
        sites = sorted({s for _, s in state.contributions if s is not None})
        if not state.contributions:
            return
        self._emit({"event": "update", "how": how, "stale": len(epochs) > 1,
                    "backwards": len(state.contributions), "sites": sites,
                    "shape": list(state.leaf.shape)})

    def _before_step(self, optimizer: Any, args: Any, kwargs: Any) -> None:
        for group in optimizer.param_groups:
            for param in group["params"]:
                state = self._leaf_states.get(id(param))
                if state is None:
                    continue
                if _grad_is_reset(param):
                    state.contributions.clear()
                    continue
                self._judge_update(state, "step")

    def _after_step(self, optimizer: Any, args: Any, kwargs: Any) -> None:
        for group in optimizer.param_groups:
            for param in group["params"]:
                state = self._leaf_states.get(id(param))
                if state is not None:
                    now = _snapshot(param)
                    if not _same(state.value, now):
                        state.epoch += 1
                        state.value = now

    def _check_uninit(self) -> None:
        for site, tensor in self._uninit:
            nan = tensor.numel() and bool(torch.isnan(tensor.detach()).all())
            self._emit({"event": "uninit", "site": site, "when": "backward", "used": bool(nan)})
        self._uninit = [(s, t) for s, t in self._uninit
                        if t.numel() and bool(torch.isnan(t.detach()).all())]


def _grad_is_reset(leaf: torch.Tensor) -> bool:
    grad = leaf.grad
    return grad is None or not bool(grad.detach().ne(0).any())
