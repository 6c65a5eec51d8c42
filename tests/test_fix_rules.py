"""Every autofix, end to end: exact result, parses, finding gone, idempotent, and (for
rules torch itself reports) the fixed snippet runs under torch without that error."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import libcst as cst
import pytest

from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.fix import fix_bytes


@dataclass(frozen=True)
class Case:
    id: str
    code: str
    before: str
    after: str
    unsafe: bool
    evidence: str | None = None
    """What torch raises or warns on `before` (None: silent mistake, nothing to run)."""


def _src(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


CASES = [
    Case("agl005-literal", "AGL005", _src("""
        import torch
        a = torch.tensor([[1, -2], [3, 4]], requires_grad=True)  # weights
        a.sum().backward()
        """), _src("""
        import torch
        a = torch.tensor([[1., -2.], [3., 4.]], requires_grad=True)  # weights
        a.sum().backward()
        """), unsafe=False, evidence="Only Tensors of floating point and complex dtype"),
    Case("agl005-parenthesised", "AGL005", _src("""
        import torch
        a = torch.tensor(([1, 2]), requires_grad=True)
        """), _src("""
        import torch
        a = torch.tensor(([1., 2.]), requires_grad=True)
        """), unsafe=False, evidence="Only Tensors of floating point and complex dtype"),
    Case("agl005-dtype", "AGL005", _src("""
        import torch as t
        b = t.arange(5, requires_grad=True)
        b.sum().backward()
        """), _src("""
        import torch as t
        b = t.arange(5, dtype=t.float32, requires_grad=True)
        b.sum().backward()
        """), unsafe=False, evidence="Only Tensors of floating point and complex dtype"),
    Case("agl001", "AGL001", _src("""
        import torch
        x = torch.randn(3, requires_grad=True)
        y = x * 2  # intermediate
        y.sum().backward()
        assert y.grad is not None
        """), _src("""
        import torch
        x = torch.randn(3, requires_grad=True)
        y = x * 2  # intermediate
        y.retain_grad()
        y.sum().backward()
        assert y.grad is not None
        """), unsafe=True, evidence="The .grad attribute of a Tensor that is not a leaf"),
    Case("agl003", "AGL003", _src("""
        import torch
        model = torch.nn.Linear(3, 1)
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        for step in range(3):
            # one batch
            loss = model(torch.randn(2, 3)).sum()
            loss.backward()
            opt.step()
        """), _src("""
        import torch
        model = torch.nn.Linear(3, 1)
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        for step in range(3):
            # one batch
            opt.zero_grad()
            loss = model(torch.randn(2, 3)).sum()
            loss.backward()
            opt.step()
        """), unsafe=True),
    Case("agl004-inputs", "AGL004", _src("""
        import torch
        from torch.autograd import gradcheck
        inp = torch.randn(3, requires_grad=True)
        assert gradcheck(torch.sin, (inp,))
        """), _src("""
        import torch
        from torch.autograd import gradcheck
        inp = torch.randn(3, dtype=torch.float64, requires_grad=True)
        assert gradcheck(torch.sin, (inp,))
        """), unsafe=True, evidence="requires gradient and is not a double precision"),
    Case("agl004-module", "AGL004", _src("""
        import torch
        m = torch.nn.Linear(3, 2)
        x = torch.randn(4, 3, dtype=torch.float32, requires_grad=True)
        assert torch.autograd.gradcheck(m, (x,))
        """), _src("""
        import torch
        m = torch.nn.Linear(3, 2)
        x = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
        assert torch.autograd.gradcheck(m.double(), (x,))
        """), unsafe=True, evidence="requires gradient and is not a double precision"),
    Case("agl006-method", "AGL006", _src("""
        import torch
        w = torch.randn(3, requires_grad=True)
        if True:
            w.data.mul_(0.5)  # shrink
        """), _src("""
        import torch
        w = torch.randn(3, requires_grad=True)
        if True:
            with torch.no_grad():
                w.mul_(0.5)  # shrink
        """), unsafe=True),
    Case("agl006-augassign", "AGL006", _src("""
        import torch
        w = torch.randn(3, requires_grad=True)
        (w * w).sum().backward()
        w.data -= 0.1 * w.grad
        """), _src("""
        import torch
        w = torch.randn(3, requires_grad=True)
        (w * w).sum().backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
        """), unsafe=True),
    Case("agl006-subscript-under-no-grad", "AGL006", _src("""
        import torch
        w = torch.randn(3, requires_grad=True)
        with torch.no_grad():
            w.data[0] = 1.0
        """), _src("""
        import torch
        w = torch.randn(3, requires_grad=True)
        with torch.no_grad():
            w[0] = 1.0
        """), unsafe=True),
    Case("agl013-random", "AGL013", _src("""
        import torch
        w = torch.randn(3, requires_grad=True).double()
        opt = torch.optim.SGD([w], lr=0.1)
        """), _src("""
        import torch
        w = torch.randn(3, dtype=torch.float64, requires_grad=True)
        opt = torch.optim.SGD([w], lr=0.1)
        """), unsafe=True, evidence="can't optimize a non-leaf Tensor"),
    Case("agl013-deterministic", "AGL013", _src("""
        import torch
        b = torch.zeros(3, requires_grad=True).to(torch.float64)
        opt = torch.optim.SGD([b], lr=0.1)
        """), _src("""
        import torch
        b = torch.zeros(3, dtype=torch.float64, requires_grad=True)
        opt = torch.optim.SGD([b], lr=0.1)
        """), unsafe=False, evidence="can't optimize a non-leaf Tensor"),
    Case("agl013-keywords", "AGL013", _src("""
        import torch
        c = torch.tensor([1., 2.], requires_grad=True).to(device="cpu", dtype=torch.float64)
        opt = torch.optim.SGD([c], lr=0.1)
        """), _src("""
        import torch
        c = torch.tensor([1., 2.], device="cpu", dtype=torch.float64, requires_grad=True)
        opt = torch.optim.SGD([c], lr=0.1)
        """), unsafe=False, evidence="can't optimize a non-leaf Tensor"),
    Case("agl014-keyword", "AGL014", _src("""
        import torch
        x = torch.ones(3, require_grad=True)
        """), _src("""
        import torch
        x = torch.ones(3, requires_grad=True)
        """), unsafe=False, evidence="require_grad"),
    Case("agl014-method", "AGL014", _src("""
        import torch
        x = torch.ones(3, requires_grad=True)
        x.sum().backwards()
        """), _src("""
        import torch
        x = torch.ones(3, requires_grad=True)
        x.sum().backward()
        """), unsafe=False, evidence="has no attribute 'backwards'"),
    Case("agl014-attribute", "AGL014", _src("""
        import torch
        layer = torch.nn.Linear(2, 2)
        layer.weight.require_grad = False
        assert not layer.weight.requires_grad
        """), _src("""
        import torch
        layer = torch.nn.Linear(2, 2)
        layer.weight.requires_grad = False
        assert not layer.weight.requires_grad
        """), unsafe=True, evidence="AssertionError"),
    # No run under torch: without numpy installed (it is not a test dependency) torch
    # raises "Numpy is not available" before and after the fix alike.
    Case("agl009", "AGL009", _src("""
        import torch
        x = torch.ones(2, requires_grad=True)
        a = (x * 2).numpy()
        b = x.cpu().numpy()
        """), _src("""
        import torch
        x = torch.ones(2, requires_grad=True)
        a = (x * 2).detach().numpy()
        b = x.cpu().detach().numpy()
        """), unsafe=False),
    Case("agl016", "AGL016", _src("""
        import torch
        t = torch.ones(3)
        w = torch.tensor(t, requires_grad=True)
        """), _src("""
        import torch
        t = torch.ones(3)
        w = t.detach().clone().requires_grad_(True)
        """), unsafe=False, evidence="To copy construct from a tensor"),
]


def _fix(source: str, unsafe: bool) -> tuple[str, list[str]]:
    outcome = fix_bytes(source.encode(), "case.py", Config(), unsafe)
    return outcome.fixed.decode(), [f.code for f in outcome.result.findings]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fix_result(case: Case) -> None:
    fixed, remaining = _fix(case.before, case.unsafe)
    assert fixed == case.after
    cst.parse_module(fixed)
    assert case.code not in remaining
    again, _ = _fix(fixed, unsafe=True)
    assert again == fixed


@pytest.mark.parametrize("case", [c for c in CASES if c.unsafe], ids=lambda c: c.id)
def test_unsafe_fix_needs_permission(case: Case) -> None:
    fixed, remaining = _fix(case.before, unsafe=False)
    assert fixed == case.before
    assert case.code in remaining


def test_fixes_are_announced_in_findings() -> None:
    outcome = fix_bytes(CASES[0].before.encode(), "case.py", Config(), unsafe=False)
    assert outcome.applied == 1
    finding = lint_source(CASES[0].before, "case.py", Config()).findings[0]
    assert finding.fix is not None
    assert finding.to_dict()["fix"]["applicability"] == "safe"
    assert finding.to_dict()["fix"]["edits"][0]["text"] == "[[1., -2.], [3., 4.]]"


# One interpreter runs every snippet (importing torch once), with warnings as errors.
_RUNNER = r"""
import json, sys, warnings
import torch  # noqa: F401 - imported before warnings become errors
results = []
for source in json.load(sys.stdin):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            exec(compile(source, "<snippet>", "exec"), {"__name__": "__main__"})
            results.append(None)
        except BaseException as exc:
            results.append(f"{type(exc).__name__}: {exc}")
print(json.dumps(results))
"""


def test_fixed_snippets_run_under_torch() -> None:
    checked = [c for c in CASES if c.evidence]
    sources = [s for c in checked for s in (c.before, c.after)]
    run = subprocess.run([sys.executable, "-c", _RUNNER], input=json.dumps(sources),
                         capture_output=True, text=True, timeout=300, check=True)
    results = json.loads(run.stdout)
    for index, case in enumerate(checked):
        before, after = results[2 * index], results[2 * index + 1]
        assert before is not None and case.evidence in before, (case.id, before)
        assert after is None, (case.id, after)


FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("AGL*/flag_*.py"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixing_every_flag_fixture_is_clean_and_idempotent(path: Path) -> None:
    """Whatever fixes the fixtures get: they parse, remove their findings, and converge."""
    data = path.read_bytes()
    outcome = fix_bytes(data, path.name, Config(), unsafe=True)
    assert outcome.problems == ()
    if not outcome.changed:
        return
    cst.parse_module(outcome.fixed.decode())
    before = lint_source(data.decode(), path.name, Config()).findings
    assert len(outcome.result.findings) <= len(before) - outcome.applied
    again = fix_bytes(outcome.fixed, path.name, Config(), unsafe=True)
    assert again.applied == 0 and again.fixed == outcome.fixed
