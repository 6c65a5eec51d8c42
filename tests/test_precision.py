"""Precision and recall of every rule over its fixtures (see tests/fixture_lib.py)."""

from __future__ import annotations

import pytest

from autograd_lint.rules import ALL_RULES
from tests.fixture_lib import FIXTURES, fixture_files, score

MIN_FIXTURES = 10


@pytest.fixture(scope="module")
def fixture_score():
    return score(fixture_files())


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_has_enough_fixtures(rule):
    folder = FIXTURES / rule.code
    flags = sorted(folder.glob("flag_*.py"))
    looks = sorted(folder.glob("ok_*.py"))
    assert len(flags) >= MIN_FIXTURES, f"{rule.code}: only {len(flags)} flag fixtures"
    assert len(looks) >= MIN_FIXTURES, f"{rule.code}: only {len(looks)} look-alike fixtures"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_precision_and_recall(rule, fixture_score):
    misses = [m for m in fixture_score.misses if rule.code in m]
    assert fixture_score.tp[rule.code] >= MIN_FIXTURES
    assert fixture_score.precision(rule.code) == 1.0, misses
    assert fixture_score.recall(rule.code) == 1.0, misses  # every flag fixture is a promise


def test_report_figures(fixture_score, capsys):
    """Prints the per-rule table (run with -s to see it); asserts the totals add up."""
    lines = [f"{'rule':8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}"]
    for rule in ALL_RULES:
        code = rule.code
        lines.append(f"{code:8} {fixture_score.tp[code]:4d} {fixture_score.fp[code]:4d} "
                     f"{fixture_score.fn[code]:4d} {fixture_score.precision(code):10.3f} "
                     f"{fixture_score.recall(code):7.3f}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert sum(fixture_score.tp.values()) > 0
