"""The second looks of autograd_lint/rules/reach.py keep every spelling a rule can fire on.

Each case is a finding the rule makes through a name the regular expressions of `relevant`
do not see directly (an import alias, a module attribute, an in-place module, a
`nn.Sequential`); the slice must keep it, so the sliced lint reports it. The look-alikes
show the second look does drop code: an in-place change of a name nothing saved.
"""

from __future__ import annotations

import ast
import textwrap

import pytest

from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.rules.agl015_inplace_saved_tensor import InplaceSavedTensor
from autograd_lint.slicing import slice_source

REACHED = {
    "import alias": """
        import torch
        from torch import sigmoid as squash

        def step():
            w = torch.randn(4, 4, requires_grad=True)
            y = squash(torch.ones(2, 4) @ w)
            y *= 2
            y.sum().backward()
        """,
    "saving module attribute": """
        import torch
        from torch import nn

        class Head(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 4)
                self.gate = nn.Sigmoid()

            def forward(self, x):
                g = self.gate(self.fc(x))
                g[:, 0] = 0
                return g
        """,
    "saved input of a method": """
        import torch

        def step():
            w = torch.randn(4, 4, requires_grad=True)
            h = torch.ones(2, 4) @ w
            y = h.pow(2)
            h += 1
            y.sum().backward()
        """,
}

DROPPED = """
    import torch
    from torch import nn

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(4, 4)

        def forward(self, x, residual):
            y = torch.softmax(self.fc(x), dim=-1)
            residual += 1
            return y + residual
"""


@pytest.mark.parametrize("case", sorted(REACHED))
def test_inplace_saved_tensor_reached_through_other_names(case: str) -> None:
    source = textwrap.dedent(REACHED[case])
    found = lint_source(source, "case.py", Config()).findings
    assert [f.code for f in found] == ["AGL015"], case


def test_inplace_change_of_an_unsaved_name_is_dropped() -> None:
    """`residual += 1` next to a softmax of something else: the forward is not kept for
    AGL015, though its text has both an in-place change and a saving op."""
    source = textwrap.dedent(DROPPED)
    tree = ast.parse(source)
    assert InplaceSavedTensor.relevant(source, "")
    kept = slice_source(source, tree, [InplaceSavedTensor]).source
    assert "residual += 1" not in kept
    assert lint_source(source, "case.py", Config()).findings == ()


DROPPED_BY_RULE = {
    # requires_grad=False / requires_grad_(False): everywhere in fine-tuning code, never AGL005.
    "AGL005": """
        import torch

        def freeze(model, ids):
            for p in model.parameters():
                p.requires_grad = False
            model.embed.weight.requires_grad_(False)
            return torch.zeros(3, requires_grad=False), torch.tensor(ids)
        """,
    # a move of a name kept under another name: never AGL013.
    "AGL013": """
        import torch
        from torch import nn

        def place(model, device):
            weight = nn.Parameter(torch.randn(3))
            moved = weight.to(device)
            return moved, model.to(device)
        """,
}


@pytest.mark.parametrize("code", sorted(DROPPED_BY_RULE))
def test_look_alikes_are_not_kept(code: str) -> None:
    """The text has the rule's trigger words (`requires_grad` next to `tensor(`, a `.to(`
    next to `Parameter(`), the tree shows nothing the rule could flag: the unit is
    dropped."""
    from autograd_lint.rules import ALL_RULES

    rule = next(r for r in ALL_RULES if r.code == code)
    source = textwrap.dedent(DROPPED_BY_RULE[code])
    function = source[source.index("def "):]
    assert rule.relevant(function, "")
    kept = slice_source(source, ast.parse(source), [rule]).source
    assert "def " not in kept


SAVED_BY_OPERATORS = """
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        h = self.fc(x)
        y = h * h
        h += 1
        return y


class Viewed(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        h = torch.exp(self.fc(x))
        v = h.t()
        v += 1
        return h


class Divided(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        h = self.fc(x)
        y = x / h
        h /= 2
        return y


def squash(h):
    y = h * h
    h += 1
    return y


class UsesHelper(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        return squash(self.fc(x))
"""


def test_operands_views_and_helpers_of_saving_ops_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """AGL015 also knows that `a * b`, `a / b` save their operands, that a view shares its
    base's memory and that a helper's change counts when forward() calls it: the slice
    keeps all of them (same findings as the whole file)."""
    from autograd_lint import engine
    from autograd_lint.slicing import Slice

    sliced = lint_source(SAVED_BY_OPERATORS, "case.py", Config()).findings
    monkeypatch.setattr(engine, "slice_source", lambda s, t, r, only=None: Slice(s, 0))
    whole = engine.lint_source(SAVED_BY_OPERATORS, "case.py", Config()).findings
    assert sliced == whole
    assert [f.code for f in sliced] == ["AGL015"] * len(whole) and len(whole) >= 3
