"""Verdicts of the dynamic mode on true claims, wrong claims and the shared rule fixtures.

All child runs of this module share one sandbox call per fixture (module scope), so the
whole module costs a few torch-free forks per snippet file.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest

from autograd_lint.config import Config
from autograd_lint.dynamic import confirm_many
from autograd_lint.engine import lint_file
from autograd_lint.finding import Finding
from autograd_lint.rules import ALL_RULES
from tests.dynamic_claims import claimed_files
from tests.fixture_lib import FIXTURES, expected_markers

ALL_CODES = [f"AGL{n:03d}" for n in range(1, 18)]
FIXTURES_PER_RULE = 5


def _flat(results: list[list[Finding]]) -> list[Finding]:
    return [f for file_findings in results for f in file_findings]


@functools.lru_cache(maxsize=1)
def _sample_fixtures() -> list[tuple[str, str, list[Finding]]]:
    """Up to FIXTURES_PER_RULE shared flag_ fixtures per existing rule, with the real
    findings of the real rules on their labelled lines."""
    items = []
    for code in sorted({rule.code for rule in ALL_RULES}):
        for path in sorted((FIXTURES / code).glob("flag_*.py"))[:FIXTURES_PER_RULE]:
            expected = expected_markers(path)
            findings = [f for f in lint_file(path, Config()).findings
                        if (f.line, f.code) in expected]
            items.append((str(path), path.read_text(encoding="utf-8"), findings))
    return items


@pytest.fixture(scope="module")
def judged() -> dict[str, list[Finding]]:
    """One confirm_many call (one sandbox server) for every file this module checks."""
    groups = {"confirm": claimed_files("confirm"), "refute": claimed_files("refute"),
              "fixtures": _sample_fixtures()}
    results = confirm_many([item for items in groups.values() for item in items], timeout=20)
    out: dict[str, list[Finding]] = {}
    start = 0
    for name, items in groups.items():
        out[name] = _flat(results[start:start + len(items)])
        start += len(items)
    return out


def test_true_claims_are_confirmed_for_every_rule(judged):
    confirmed = Counter(f.code for f in judged["confirm"]
                        if f.confirmation.status == "confirmed")
    assert {code: confirmed[code] for code in ALL_CODES if confirmed[code] < 3} == {}
    not_confirmed = [f"{Path(f.path).name}:{f.line} {f.code} {f.confirmation}"
                     for f in judged["confirm"] if f.confirmation.status != "confirmed"]
    assert not_confirmed == []


def test_confirmed_evidence_quotes_torch_without_the_build_suffix(judged):
    evidence = {f.confirmation.evidence for f in judged["confirm"]}
    assert "RuntimeError: grad can be implicitly created only for scalar outputs" in evidence
    assert not any("Triggered internally" in e for e in evidence)


def test_wrong_claims_are_refuted_never_confirmed(judged):
    verdicts = [(f"{Path(f.path).name}:{f.line} {f.code}", f.confirmation.status,
                 f.confirmation.evidence) for f in judged["refute"]]
    assert {code for code in ALL_CODES} <= {f.code for f in judged["refute"]}
    assert [v for v in verdicts if v[1] != "refuted"] == []


def test_shared_fixtures_of_existing_rules_are_confirmed(judged):
    """Real findings of the real rules on the shared fixtures (tests/fixtures/AGL0NN)."""
    refuted = [f for f in judged["fixtures"] if f.confirmation.status == "refuted"]
    assert refuted == []
    files = Counter(Path(path).parent.name for path, _, _ in _sample_fixtures())
    confirmed = Counter(f.code for f in judged["fixtures"]
                        if f.confirmation.status == "confirmed")
    short = {code: confirmed[code] for code, count in files.items()
             if count >= 3 and confirmed[code] < 3}
    assert short == {}
