"""Slicing and instrumentation without running anything."""

from __future__ import annotations

import pytest

from autograd_lint.dynamic.child.probes import clean_message
from autograd_lint.dynamic.instrument import instrument
from autograd_lint.dynamic.locate import Locator, Unit
from autograd_lint.dynamic.verdicts import quote
from autograd_lint.finding import Finding

SOURCE = '''\
import torch


def main():
    w = torch.randn(3, requires_grad=True).view(3, 1)
    for step in range(10):
        total = 0
        total += (w * step).sum()
        w.data -= 0.1
        probs = torch.sigmoid(w)
        probs[:, 0] = 0
    print(w.grad)


def train(model, data):
    model(data).backward()


class Suite:
    def test_x(self):
        while True:
            torch.ones(2).requires_grad = True


async def fetch():
    torch.ones(2).backward()


torch.ones(2).backward()
'''


def finding(code: str, line: int, text: str) -> Finding:
    column = SOURCE.splitlines()[line - 1].index(text) + 1
    return Finding(code, "n", "error", "m", "f.py", line, column, line, column + len(text))


@pytest.mark.parametrize("code,line,text,unit,reason", [
    ("AGL001", 12, "w.grad", Unit("function", "main"), ""),
    ("AGL002", 16, "model(data).backward()", Unit("script"),
     "needs arguments: train() has required"),
    ("AGL005", 22, "torch.ones(2).requires_grad", Unit("function", "test_x", "Suite"), ""),
    ("AGL002", 26, "torch.ones(2).backward()", Unit("script"), "needs arguments: async function"),
    ("AGL002", 29, "torch.ones(2).backward()", Unit("script"), ""),
])
def test_units(code, line, text, unit, reason):
    """A function that needs arguments falls back to the module's run, with the reason."""
    target = Locator(SOURCE).locate(finding(code, line, text))
    assert target.unit == unit
    assert target.reason.startswith(reason)


def test_unlocatable_span_is_reported():
    bad = Finding("AGL001", "n", "error", "m", "f.py", 12, 2, 12, 5)
    assert Locator(SOURCE).locate(bad).reason == "could not locate the flagged expression"


def test_instrumented_copy_keeps_every_line_number():
    claims = [finding("AGL001", 12, "w.grad"), finding("AGL012", 8, "total += (w * step).sum()"),
              finding("AGL006", 9, "w.data -= 0.1"), finding("AGL015", 11, "probs[:, 0] = 0"),
              finding("AGL005", 22, "torch.ones(2).requires_grad")]
    locator = Locator(SOURCE)
    targets = {i + 1: (locator.locate(c).node, [c.code]) for i, c in enumerate(claims)}
    result = instrument(locator, targets)
    new_lines = result.source.splitlines()
    assert len(new_lines) == len(SOURCE.splitlines())
    assert set(result.sites) == {1, 2, 3, 4, 5}
    assert new_lines[11] == "    print(__agl__.attr(1, w, 'grad'))"
    assert new_lines[7] == "        total = __agl__.aug(2, total, '+=', (w * step).sum())"
    assert new_lines[8] == "        __agl__.augattr(3, __agl__.owner(3, w), 'data', '-=', 0.1)"
    assert new_lines[10] == "        __agl__.setitem(4, probs, (slice(None, None, None), 0), 0)"
    assert new_lines[5] == "    for step in __agl__.loop(1, range(10)):"
    assert new_lines[20] == "        while __agl__.tick(2) and (True):"
    compile(result.source, "f.py", "exec")


def test_loops_are_left_alone_without_cap():
    locator = Locator(SOURCE)
    assert "__agl__.loop" not in instrument(locator, {}, cap_loops=False).source


def test_messages_lose_the_build_dependent_suffix():
    raw = ("The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. "
           "(Triggered internally at /__w/pytorch/torch/csrc/autograd/TensorBody.h:493.)")
    assert clean_message(raw).endswith("is being accessed.")
    assert quote("UserWarning", "short message") == "UserWarning: short message"
    long = "First sentence is here. " + "x" * 200
    assert quote("RuntimeError", long) == "RuntimeError: First sentence is here."
