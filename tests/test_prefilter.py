"""The pre-filter (trigger words, `torch` in the file) never changes what is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograd_lint import engine
from autograd_lint.config import Config

ROOT = Path(__file__).parent
FILES = sorted(ROOT.glob("fixtures/AGL*/*.py")) + sorted(ROOT.glob("eval/AGL*/*.py"))


def _variants(source: str) -> list[str]:
    """The file, and the file with every line naming torch commented out."""
    stripped = "\n".join(f"# {line}" if "torch" in line else line
                         for line in source.splitlines())
    return [source, stripped]


@pytest.mark.parametrize("chunk", range(4))
def test_prefilter_never_changes_findings(chunk, monkeypatch):
    config = Config()
    checked = 0
    for path in FILES[chunk::4]:
        for source in _variants(path.read_text(encoding="utf-8")):
            filtered = engine.lint_source(source, str(path), config)
            with monkeypatch.context() as patch:
                patch.setattr(engine, "may_fire", lambda _source, rules: list(rules))
                everything = engine.lint_source(source, str(path), config)
            assert filtered.findings == everything.findings, path
            checked += 1
    assert checked > 100
