"""Verdicts: what the probes saw, per finding, as confirmed / refuted / inconclusive.

`confirmed` needs torch's own message at the flagged code (matched without the
build-dependent " (Triggered internally at ...)" tail) or the probe seeing the fact the rule
claimed; `refuted` needs the probe to have run the flagged code and seen the opposite;
everything else is `inconclusive` with the reason.
"""

from __future__ import annotations

import errno
import re
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from autograd_lint.finding import Confirmation, Finding

Event = dict[str, Any]
Verdict = tuple[str, str] | None
"""(status, evidence), or None when the probes cannot tell."""

MESSAGES: dict[str, re.Pattern[str]] = {code: re.compile(pattern) for code, pattern in {
    "AGL001": r"The \.grad attribute of a Tensor that is not a leaf Tensor is being accessed",
    "AGL002": r"grad can be implicitly created only for scalar outputs",
    "AGL004": r"requires gradient and is not a double precision floating point",
    "AGL005": r"(?i)only Tensors of floating point (and complex )?dtype can require gradients",
    "AGL007": r"Trying to backward through the graph a second time",
    "AGL008": r"a (view of a )?leaf Variable that requires grad is being used in an in-place "
              r"operation|A view was created in no_grad mode and is being modified inplace",
    "AGL009": r"Can't call numpy\(\) on Tensor that requires grad",
    "AGL010": r"you can only change requires_grad flags of leaf variables",
    "AGL011": r"does not require grad and does not have a grad_fn",
    "AGL013": r"can't optimize a non-leaf Tensor",
    "AGL014": r"has no attribute|got an unexpected keyword argument|invalid combination of "
              r"arguments|'bool' object is not callable",
    "AGL015": r"modified by an inplace operation",
    "AGL016": r"To copy construct from a tensor",
}.items()}
INPLACE_DETAIL = re.compile(r"\[(?P<type>[\w.]+) \[(?P<shape>[\d, ]*)\]\], which is output "
                            r"\d+ of (?P<op>\w+)")
CUDA_MISSING = re.compile(r"Torch not compiled with CUDA|no NVIDIA driver|No CUDA GPUs|"
                          r"CUDA driver initialization failed|Found no NVIDIA", re.IGNORECASE)
ALLOCATION = re.compile(r"tried to allocate (\d+) bytes")
EVIDENCE_LIMIT = 240
DOUBLE_DTYPES = {"float64", "complex128"}


def quote(kind: str, message: str) -> str:
    """`Type: message`, cut to its first sentence when long (torch's hints run on)."""
    if len(message) > 120:
        cut = message.find(". ")
        if 0 < cut:
            message = message[:cut + 1]
    text = f"{kind}: {message}" if kind else message
    return text if len(text) <= EVIDENCE_LIMIT else text[:EVIDENCE_LIMIT - 1] + "…"


@dataclass
class RunView:
    """One child run's events, indexed for the judges."""

    path: str
    events: list[Event]
    hits: dict[int, list[Event]] = field(default_factory=dict)
    backwards: list[Event] = field(default_factory=list)
    warnings: list[Event] = field(default_factory=list)
    updates: list[Event] = field(default_factory=list)
    uninit: list[Event] = field(default_factory=list)
    outcomes: dict[int, Event] = field(default_factory=dict)
    started: set[int] = field(default_factory=set)
    blocked: list[Event] = field(default_factory=list)
    kernel_confined: bool = False
    """The child ran under at least one kernel layer (child/confine.py)."""
    torch_missing: str | None = None
    process_end: str = "the process ended early"
    timeout: float = 0.0
    """Why the run stopped, for units that never reported their end."""

    def __post_init__(self) -> None:
        for event in self.events:
            kind = event.get("event")
            if kind == "hit":
                self.hits.setdefault(event["site"], []).append(event)
            elif kind == "backward":
                self.backwards.append(event)
            elif kind == "warning":
                self.warnings.append(event)
            elif kind == "update":
                self.updates.append(event)
            elif kind == "uninit":
                self.uninit.append(event)
            elif kind == "unit_start":
                self.started.add(event["unit"])
            elif kind == "unit_end":
                self.outcomes[event["unit"]] = event["outcome"]
            elif kind == "blocked":
                self.blocked.append(event)
            elif kind == "confinement":
                self.kernel_confined = bool(event.get("applied"))
            elif kind == "torch_missing":
                self.torch_missing = event.get("error", "")


@dataclass(frozen=True)
class Case:
    """One finding being judged: its site's hits plus the whole run for context."""

    finding: Finding
    site: int
    unit: int
    view: RunView

    @property
    def hits(self) -> list[Event]:
        return self.view.hits.get(self.site, [])

    def on_lines(self, line: int | None) -> bool:
        return line is not None and self.finding.line <= line <= self.finding.end_line

    def torch_says(self, code: str) -> str | None:
        """torch's message for `code` raised or warned at this finding, quoted."""
        pattern = MESSAGES.get(code)
        if pattern is None:
            return None
        for hit in self.hits:
            exc = hit.get("exc")
            if exc and pattern.search(exc["message"]):
                return quote(exc["type"], exc["message"])
        for warning in self.view.warnings:
            if (self.site in warning["active"] or (warning["file"] == self.view.path and
                                                   self.on_lines(warning["line"]))) and \
                    pattern.search(warning["message"]):
                return quote(warning["category"], warning["message"])
        outcome = self.view.outcomes.get(self.unit, {})
        if outcome.get("status") == "exception" and outcome.get("lines") and \
                self.on_lines(outcome["lines"][-1]) and pattern.search(outcome["message"]):
            return quote(outcome["type"], outcome["message"])
        return None

    def completed(self) -> list[Event]:
        return [h for h in self.hits if "exc" not in h]


def _facts_list(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [v for v in value if v]
    return [value] if value else []


def _subjects(hit: Event) -> list[dict[str, Any]]:
    """The tensor(s) a call acts on: the receiver of a method, else the first argument."""
    if hit.get("recv"):
        return [hit["recv"]]
    return _facts_list(hit.get("arg0"))


def _describe(facts: dict[str, Any]) -> str:
    return (f"is_leaf={facts['is_leaf']}, requires_grad={facts['requires_grad']}, "
            f"dtype={facts['dtype']}, shape={facts['shape']}, grad_fn={facts['grad_fn']}")


# ---------------------------------------------------------------------- the judges
def judge_agl001(case: Case) -> Verdict:
    for hit in case.hits:
        obj = hit.get("obj")
        if obj and not obj["is_leaf"] and not obj["retains_grad"]:
            return "confirmed", (f"the tensor is not a leaf (is_leaf=False, grad_fn="
                                 f"{obj['grad_fn']}, retains_grad=False): .grad is None")
    for hit in case.hits:
        obj = hit.get("obj")
        if obj is None and "exc" not in hit:
            return "refuted", f".grad was read from a {hit['obj_type']}, not a tensor"
        if obj and obj["is_leaf"]:
            return "refuted", f"the tensor is a leaf ({_describe(obj)})"
        if obj and obj["retains_grad"]:
            return "refuted", "the tensor retains its grad (retains_grad=True)"
    return None


def judge_agl002(case: Case) -> Verdict:
    for hit in case.hits:
        subjects = _subjects(hit)
        big = [s for s in subjects if s["numel"] > 1]
        if big and not hit.get("gradient_given"):
            return "confirmed", (f"backward of a tensor with {big[0]['numel']} elements "
                                 f"(shape {big[0]['shape']}) and no gradient")
    for hit in case.completed():
        subjects = _subjects(hit)
        if hit.get("gradient_given"):
            return "refuted", "a gradient argument was passed"
        if subjects and all(s["numel"] == 1 for s in subjects):
            return "refuted", f"the output has one element (shape {subjects[0]['shape']})"
    return None


def judge_agl003(case: Case) -> Verdict:
    mine = [u for u in case.view.updates if case.site in u["sites"]]
    stale = [u for u in mine if u["stale"]]
    if stale:
        who = "optimizer.step()" if stale[0]["how"] == "step" else "a manual update"
        return "confirmed", (f"{who} used a .grad summed over {stale[0]['backwards']} "
                             f"backward() calls across updates: gradients were never reset")
    if len(case.hits) >= 2 and len(mine) >= 2:
        return "refuted", (f"{len(mine)} parameter updates each used only their own "
                           f"iteration's gradient (reset between iterations)")
    return None


def judge_agl004(case: Case) -> Verdict:
    for hit in case.hits:
        for index, facts in enumerate(_facts_list(hit.get("inputs"))):
            if facts["requires_grad"] and facts["dtype"] not in DOUBLE_DTYPES:
                return "confirmed", (f"input #{index} is {facts['dtype']} and requires grad")
    for hit in case.completed():
        inputs = [f for f in _facts_list(hit.get("inputs")) if f["requires_grad"]]
        if inputs and all(f["dtype"] in DOUBLE_DTYPES for f in inputs):
            return "refuted", "every input that requires grad is double precision"
    return None


def judge_agl005(case: Case) -> Verdict:
    for hit in case.completed():
        for facts in (hit.get("result"), hit.get("obj_after"), hit.get("recv")):
            if facts and facts["requires_grad"] and not facts["dtype"].startswith(
                    ("int", "uint", "bool")):
                return "refuted", f"the tensor is {facts['dtype']}: requires_grad was accepted"
    return None


def judge_agl006(case: Case) -> Verdict:
    for hit in case.hits:
        before, after = hit.get("owner_before"), hit.get("owner_after")
        if before and after and before["requires_grad"] and hit.get("owner_changed") and \
                before["version"] == after["version"]:
            return "confirmed", (f"values changed through .data while _version stayed "
                                 f"{before['version']}: autograd did not see the write")
    for hit in case.hits:
        if "owner_before" not in hit:
            continue
        before = hit["owner_before"]
        if before is None:
            return "refuted", "the object whose .data was written is not a tensor"
        if not before["requires_grad"]:
            return "refuted", "the tensor whose .data was written does not require grad"
    return None


def judge_agl007(case: Case) -> Verdict:
    mine = [b for b in case.view.backwards if case.site in b["active"]]
    if any(b.get("reused_graph") for b in mine):
        return "confirmed", ("backward() ran again through a graph an earlier backward() "
                             "had consumed (the gradient was silently added twice)")
    if any("exc" not in b for b in mine):
        return "refuted", "backward() ran through a graph no earlier backward() had consumed"
    return None


def judge_agl008(case: Case) -> Verdict:
    for hit in case.completed():
        subject = hit.get("subject") or (_subjects(hit) or [None])[0]
        if subject is None:
            continue
        if not subject["is_leaf"]:
            return "refuted", f"the tensor is not a leaf (grad_fn={subject['grad_fn']})"
        if not subject["requires_grad"]:
            return "refuted", "the tensor does not require grad"
        if not subject["grad_enabled"]:
            return "refuted", "grad mode was off (no_grad): the in-place update is fine"
    return None


def judge_agl009(case: Case) -> Verdict:
    for hit in case.hits:
        if hit.get("recv") and hit["recv"]["requires_grad"]:
            return "confirmed", ".numpy() on a tensor with requires_grad=True"
    for hit in case.hits:
        if hit.get("recv") and not hit["recv"]["requires_grad"]:
            return "refuted", "the tensor does not require grad"
    if case.completed():
        return "refuted", ".numpy() ran: the tensor does not require grad"
    return None


def judge_agl010(case: Case) -> Verdict:
    for hit in case.completed():
        facts = hit.get("obj") or hit.get("recv")
        if facts and facts["is_leaf"]:
            return "refuted", "the tensor is a leaf: its requires_grad flag may change"
    return None


def judge_agl011(case: Case) -> Verdict:
    for hit in case.hits:
        subjects = _subjects(hit)
        if subjects and not any(s["requires_grad"] for s in subjects):
            return "confirmed", "the tensor has requires_grad=False and no grad_fn"
    if case.completed():
        return "refuted", "backward() ran: the tensor is part of a graph"
    return None


def _accumulated(hit: Event) -> dict[str, Any] | None:
    """What ends up kept: the new total, or the value appended to a list."""
    if hit["kind"] == "call":
        facts = _facts_list(hit.get("arg0"))
        return facts[0] if facts else None
    return hit.get("result") or hit.get("subject_after")


def _a_number(hit: Event) -> bool:
    """The probe saw that what is kept is a plain Python number (`total += loss.item()`)."""
    kept_type = hit.get("arg0_type") if hit["kind"] == "call" else hit.get("result_type")
    return kept_type in ("int", "float", "complex", "bool")


def judge_agl012(case: Case) -> Verdict:
    for hit in case.completed():
        kept = _accumulated(hit)
        if kept and kept["requires_grad"] and kept["grad_fn"]:
            what = "the appended value" if hit["kind"] == "call" else "the total"
            return "confirmed", (f"{what} has grad_fn={kept['grad_fn']}: every iteration's "
                                 f"graph stays alive")
    for hit in case.completed():
        kept = _accumulated(hit)
        if kept is None and not _a_number(hit):
            continue  # a dict, record or item the probe cannot see into: proves nothing
        if kept is None or not kept["requires_grad"]:  # a number, or a tensor without graph
            return "refuted", "the accumulated value does not require grad (no graph kept)"
    return None


def judge_agl013(case: Case) -> Verdict:
    for hit in case.hits:
        exc = hit.get("exc")
        if exc and CUDA_MISSING.search(exc["message"]):
            return None
        recv, result = hit.get("recv"), hit.get("result")
        if hit.get("result_is_recv"):
            return "refuted", "the cast changed nothing and returned the same leaf tensor"
        if recv and result and recv["is_leaf"] and recv["requires_grad"] and \
                not result["is_leaf"]:
            return "confirmed", (f"the result is a non-leaf (grad_fn={result['grad_fn']}); "
                                 f"the leaf that requires grad is thrown away")
        if recv and not recv["requires_grad"]:
            return "refuted", "the tensor being moved does not require grad"
    return None


def judge_agl014(case: Case) -> Verdict:
    for hit in case.completed():
        if hit["kind"] == "setattr":
            if (hit.get("obj") or hit.get("is_module")) and hit.get("in_dict"):
                flag = hit["obj"]["requires_grad"] if hit.get("obj") else "unchanged"
                return "confirmed", (f"`.{hit['name']}` became a plain Python attribute; "
                                     f"requires_grad is still {flag}")
            return "refuted", f"the attribute was set on a {hit['obj_type']}, not a tensor"
        return "refuted", "the call succeeded: the name exists"
    return None


def _overwritten(hit: Event) -> tuple[dict[str, Any], set[str]] | None:
    """The tensor an in-place statement overwrote, and the ops that produced it (before
    and after the change: torch's message names one or the other)."""
    subject = hit.get("subject") or hit.get("recv") or (
        hit["arg0"] if isinstance(hit.get("arg0"), dict) else None)
    if subject is None:
        return None
    names = {facts["grad_fn"] for facts in (subject, hit.get("subject_after"),
                                            hit.get("result")) if facts and facts["grad_fn"]}
    return subject, names


def _names_this_tensor(message: str, subject: dict[str, Any], grad_fns: set[str]) -> bool:
    detail = INPLACE_DETAIL.search(message)
    if detail is None:
        return False
    shape = [int(d) for d in detail["shape"].replace(" ", "").split(",") if d]
    return subject["type"] == detail["type"] and subject["shape"] == shape and any(
        name.startswith(detail["op"]) for name in grad_fns)


def judge_agl015(case: Case) -> Verdict:
    overwritten = [(h["seq"], found) for h in case.hits if (found := _overwritten(h))]
    if not overwritten:
        return None
    first_seq = overwritten[0][0]
    errors = [b["exc"] for b in case.view.backwards
              if b["seq"] > first_seq and "exc" in b] + [
        o for o in case.view.outcomes.values() if o.get("status") == "exception"]
    for exc in errors:
        message = exc.get("message", "")
        if MESSAGES["AGL015"].search(message) and any(
                _names_this_tensor(message, subject, names)
                for _, (subject, names) in overwritten):
            return "confirmed", quote(exc.get("type", "RuntimeError"), message)
    later = [b for b in case.view.backwards if b["seq"] > first_seq]
    if later and all("exc" not in b for b in later):
        return "refuted", ("backward() ran after this in-place change without the "
                           "saved-tensor error")
    return None


def judge_agl016(case: Case) -> Verdict:
    for hit in case.hits:
        if hit.get("arg0") and isinstance(hit["arg0"], dict):
            return "confirmed", "the data passed to torch.tensor() is already a tensor"
    for hit in case.completed():
        return "refuted", f"the data is a {hit.get('arg0_type')}, not a tensor"
    return None


def judge_agl017(case: Case) -> Verdict:
    mine = [u for u in case.view.uninit if u["site"] == case.site]
    for event in mine:
        if event["when"] == "backward" and event["used"]:
            return "confirmed", ("the tensor was still uninitialised (torch's NaN fill for "
                                 "torch.empty) when backward() ran")
    if any(e["when"] == "end" for e in mine):
        return "confirmed", "the tensor was never initialised (still NaN-filled at the end)"
    if any(e["when"] == "backward" and not e["used"] for e in mine):
        return "refuted", "the tensor was initialised before backward() ran"
    if case.completed() and not any(h.get("uninit_filled") for h in case.hits):
        return "refuted", "the constructed tensor holds initialised values, not an empty allocation"
    return None


JUDGES: dict[str, Callable[[Case], Verdict]] = {
    "AGL001": judge_agl001, "AGL002": judge_agl002, "AGL003": judge_agl003,
    "AGL004": judge_agl004, "AGL005": judge_agl005, "AGL006": judge_agl006,
    "AGL007": judge_agl007, "AGL008": judge_agl008, "AGL009": judge_agl009,
    "AGL010": judge_agl010, "AGL011": judge_agl011, "AGL012": judge_agl012,
    "AGL013": judge_agl013, "AGL014": judge_agl014, "AGL015": judge_agl015,
    "AGL016": judge_agl016, "AGL017": judge_agl017,
}


def judge(case: Case) -> Confirmation:
    said = case.torch_says(case.finding.code)
    if said is not None:
        return Confirmation("confirmed", said)
    judge_code = JUDGES.get(case.finding.code)
    verdict = judge_code(case) if judge_code else None
    if verdict is not None:
        return Confirmation(verdict[0], verdict[1])  # type: ignore[arg-type]
    return Confirmation("inconclusive", why_inconclusive(case))


# ---------------------------------------------------------------------- no verdict: why
def why_inconclusive(case: Case) -> str:
    view, hits = case.view, case.hits
    if hits:
        exc = next((h["exc"] for h in hits if "exc" in h), None)
        if exc and CUDA_MISSING.search(exc["message"]):
            return "CUDA is not available in the sandbox (CPU only)"
        if exc:
            return f"ran, but raised another error: {quote(exc['type'], exc['message'])}"
        return f"ran {len(hits)} time(s), but the probe could not decide the claim"
    outcome = view.outcomes.get(case.unit)
    if outcome is None:
        prefix = "" if case.unit in view.started else "not reached: "
        return prefix + view.process_end
    if outcome.get("status") == "timeout":
        return f"timed out after {view.timeout:g} s"
    return "not reached: " + describe_outcome(outcome, view)


def describe_outcome(outcome: Event, view: RunView) -> str:
    status = outcome.get("status")
    if status == "ok":
        return "the unit ran to the end without executing this line"
    if status == "timeout":
        return "timed out"
    if status == "exit":
        return f"the code called sys.exit({outcome.get('code')}) first"
    message = outcome.get("message", "")
    where = f" at line {outcome['lines'][-1]}" if outcome.get("lines") else ""
    if outcome.get("type") == "MemoryError" or "can't allocate memory" in message:
        asked = ALLOCATION.search(message)
        size = f" (tried to allocate {int(asked[1]) / 1024**3:.1f} GiB)" if asked else ""
        return f"memory limit hit{where}{size}"
    if outcome.get("errno") == 27 or "File too large" in message:
        return "output limit hit (the code wrote more than the sandbox allows)"
    if view.blocked and outcome.get("type") == "PermissionError":
        return f"blocked by the sandbox{where}: {view.blocked[0]['what']}"
    if view.kernel_confined and outcome.get("errno") in (errno.EPERM, errno.EACCES):
        return f"blocked by the sandbox (kernel){where}: {quote(outcome['type'], message)}"
    return f"the run stopped{where} with {quote(outcome['type'], message)}"


def process_reason(returncode: int | None, timed_out: bool, timeout: float,
                   started: bool) -> str:
    if timed_out:
        return f"timed out after {timeout:g} s" if started else "timed out while starting"
    if returncode is not None and returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        if name == "SIGXCPU":
            return "CPU time limit hit"
        if name == "SIGXFSZ":
            return "output limit hit"
        return f"crashed (killed by {name})"
    if returncode:
        return f"the process exited with status {returncode}"
    return "the process ended early"
