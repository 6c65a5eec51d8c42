"""The slice (autograd_lint/slicing.py) never changes what is found.

Every check lints a file twice, once as the engine does (libcst sees only the slice) and
once with slicing switched off, and compares the findings. The files: every fixture and
blind-set snippet, concatenations of them (many definitions per file, most irrelevant to
a given rule), and a deterministic sample of the installed torch package's own sources.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from autograd_lint import engine
from autograd_lint.config import Config
from autograd_lint.rules import ALL_RULES
from autograd_lint.slicing import Slice, slice_source

ROOT = Path(__file__).parent
SNIPPETS = sorted(ROOT.glob("fixtures/AGL*/*.py")) + sorted(ROOT.glob("eval/AGL*/*.py"))


def _whole(source: str, tree: ast.Module, rules: object, only: object = None) -> Slice:
    return Slice(source, 0)


def _both(source: str, path: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    config = Config()
    sliced = engine.lint_source(source, path, config)
    with monkeypatch.context() as patch:
        patch.setattr(engine, "slice_source", _whole)
        whole = engine.lint_source(source, path, config)
    assert sliced.errors == whole.errors  # also: the patched slicer really ran
    return sliced.findings, whole.findings


def _without_future(source: str) -> str:
    return "\n".join(line for line in source.splitlines()
                     if not line.startswith("from __future__"))


@pytest.mark.parametrize("chunk", range(4))
def test_snippets_alone(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in SNIPPETS[chunk::4]:
        sliced, whole = _both(path.read_text(encoding="utf-8"), str(path), monkeypatch)
        assert sliced == whole, path


@pytest.mark.parametrize("chunk", range(4))
def test_snippets_concatenated(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Five snippets of different rules in one file: most definitions are irrelevant to
    most rules, so the slice drops a lot, and module-level code of one snippet sits next to
    the definitions of another."""
    group = SNIPPETS[chunk::4]
    found = 0
    for start in range(0, len(group), 5):
        source = "\n\n".join(_without_future(p.read_text(encoding="utf-8"))
                             for p in group[start:start + 5])
        sliced, whole = _both(source, "joined.py", monkeypatch)
        assert sliced == whole, [str(p) for p in group[start:start + 5]]
        found += len(whole)
    assert found > 50


def _torch_sample() -> list[Path]:
    spec = importlib.util.find_spec("torch")
    if spec is None or spec.origin is None:
        return []
    files = sorted(Path(spec.origin).parent.rglob("*.py"))
    return files[::15]


@pytest.mark.parametrize("chunk", range(2))
def test_torch_sources(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = _torch_sample()[chunk::2]
    assert len(sample) > 50, "torch is installed by scripts/test.sh"
    dropped = 0
    for path in sample:
        source = path.read_text(encoding="utf-8", errors="replace")
        sliced, whole = _both(source, str(path), monkeypatch)
        assert sliced == whole, path
        tree = ast.parse(source)
        dropped += slice_source(source, tree, engine.may_fire(source, ALL_RULES)).dropped_lines
    assert dropped > 5_000  # the sample really exercises slicing


# ---------------------------------------------------------------------- the slice itself
MODULE = '''import torch

def helper(x):
    return x * 2

def unrelated(a):
    return a + 1

class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.nn.Parameter(torch.ones(3))

    def forward(self, x):
        return x * self.w

    def describe(self):
        return "net"

    @property
    def size(self):
        return 3

def train(model, x):
    y = helper(model(x))
    y.sum().backward()
    print(x.grad)

train(Net(), torch.ones(3, requires_grad=True))
'''


def _kept(source: str) -> list[str]:
    sliced = slice_source(source, ast.parse(source), ALL_RULES).source
    assert sliced.count("\n") == source.count("\n")
    kept = [line for line in sliced.splitlines() if line.strip()]
    assert all(line in source.splitlines() for line in kept)
    return kept


def test_slice_keeps_relevant_code_and_what_it_names() -> None:
    kept = _kept(MODULE)
    assert "def train(model, x):" in kept
    assert "def helper(x):" in kept                      # called by kept code
    assert "class Net(torch.nn.Module):" in kept        # called by module-level code
    assert "    def forward(self, x):" in kept           # a kept class keeps forward...
    assert "    def __init__(self):" in kept             # ... and __init__
    assert "def unrelated(a):" not in kept
    assert "    def describe(self):" not in kept
    assert "    @property" not in kept                   # decorators go with their method
    assert "train(Net(), torch.ones(3, requires_grad=True))" in kept


def test_slice_keeps_methods_that_rebind_attributes() -> None:
    """`__init__` facts hold only for attributes no other method re-binds."""
    source = MODULE.replace('        return "net"', '        self.w = None\n        return "net"')
    assert "    def describe(self):" in _kept(source)


LAYERS = '''import torch

class Inner(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(2, 2)

    def forward(self, x):
        return self.lin(x)

class Outer(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()
        self.w = torch.nn.Parameter(torch.ones(2, dtype=torch.long))

    def describe(self, x):
        return "outer"
'''


def test_forward_of_a_part_is_kept_only_when_the_whole_may_call_it() -> None:
    only_init = _kept(LAYERS)  # Outer.__init__ is relevant (AGL005), nothing else is
    assert "class Inner(torch.nn.Module):" in only_init    # named by Outer.__init__
    assert "        self.lin = torch.nn.Linear(2, 2)" in only_init
    assert "        return self.lin(x)" not in only_init   # nothing kept may call it
    assert "    def describe(self, x):" not in only_init
    source = LAYERS.replace('        return "outer"', "        return self.inner(x).grad")
    called = _kept(source)
    assert "        return self.inner(x).grad" in called
    assert "        return self.lin(x)" in called


def test_slice_keeps_line_endings_and_byte_order_mark() -> None:
    source = "\ufeff" + MODULE.replace("\n", "\r\n")
    sliced = slice_source(source, ast.parse(source.lstrip("\ufeff")), ALL_RULES).source
    assert sliced.startswith("\ufeff")
    assert sliced.count("\r\n") == source.count("\r\n")
    assert "def unrelated" not in sliced


def test_nothing_to_drop_returns_the_source_itself() -> None:
    source = "import torch\nx = torch.ones(2, requires_grad=True)\nprint(x.grad)\n"
    result = slice_source(source, ast.parse(source), ALL_RULES)
    assert result.source is source and result.dropped_lines == 0


def _one_edit(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz_"
    out = {word[:i] + word[i + 1:] for i in range(len(word))}
    out |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
    out |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return out


def test_typo_relevance_never_misses_a_typo_the_rule_reports() -> None:
    """AGL014 drops code with no near miss of a checked name; its quick test must agree
    with the rule's own `closest` on every misspelling one or two edits away."""
    from autograd_lint.rules.agl014_autograd_typo import (
        _ALWAYS_CHECKED,
        _AUTOGRAD_KEYWORDS,
        _near_miss,
        closest,
    )

    candidates = (*_ALWAYS_CHECKED, *_AUTOGRAD_KEYWORDS, "set_to_none")
    checked = 0
    for word in candidates:
        first = sorted(_one_edit(word))
        for typo in first + [t for near in first[::97] for t in sorted(_one_edit(near))[::7]]:
            assert _near_miss(typo, candidates) == (closest(typo, candidates) is not None), typo
            checked += 1
    assert checked > 20_000
