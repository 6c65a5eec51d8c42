"""The server's start-up lint (autograd_lint/lsp/warmup.py) exercises the real pipeline and
never keeps the server from starting."""

from __future__ import annotations

import logging

import pytest

from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.lsp import warmup


def test_sample_runs_many_rules_without_errors() -> None:
    """The sample must reach the rules (a sample no rule fires on warms little)."""
    result = lint_source(warmup.SAMPLE, "warm_up.py", Config())
    assert result.errors == ()
    assert len({finding.code for finding in result.findings}) >= 5


def test_a_failing_warm_up_is_logged_not_raised(monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(warmup, "lint_source", broken)
    with caplog.at_level(logging.WARNING):
        warmup.warm_up()
    assert "warm-up lint failed" in caplog.text
