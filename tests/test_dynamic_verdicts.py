"""Verdicts of the dynamic mode on true claims, wrong claims and the shared rule fixtures.

All child runs of this module share one sandbox call per fixture (module scope), so the
whole module costs a few torch-free forks per snippet file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
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


@pytest.fixture(scope="module")
def claimed() -> dict[str, list[Finding]]:
    true_claims, wrong_claims = claimed_files("confirm"), claimed_files("refute")
    results = confirm_many(true_claims + wrong_claims, timeout=20)
    return {"confirm": _flat(results[:len(true_claims)]),
            "refute": _flat(results[len(true_claims):])}


def test_true_claims_are_confirmed_for_every_rule(claimed):
    confirmed = Counter(f.code for f in claimed["confirm"]
                        if f.confirmation.status == "confirmed")
    assert {code: confirmed[code] for code in ALL_CODES if confirmed[code] < 3} == {}
    not_confirmed = [f"{Path(f.path).name}:{f.line} {f.code} {f.confirmation}"
                     for f in claimed["confirm"] if f.confirmation.status != "confirmed"]
    assert not_confirmed == []


def test_confirmed_evidence_quotes_torch_without_the_build_suffix(claimed):
    evidence = {f.confirmation.evidence for f in claimed["confirm"]}
    assert "RuntimeError: grad can be implicitly created only for scalar outputs" in evidence
    assert not any("Triggered internally" in e for e in evidence)


def test_wrong_claims_are_refuted_never_confirmed(claimed):
    verdicts = [(f"{Path(f.path).name}:{f.line} {f.code}", f.confirmation.status,
                 f.confirmation.evidence) for f in claimed["refute"]]
    assert {code for code in ALL_CODES} <= {f.code for f in claimed["refute"]}
    assert [v for v in verdicts if v[1] != "refuted"] == []


def _sample_fixtures() -> dict[str, list[Path]]:
    existing = {rule.code for rule in ALL_RULES}
    sample: dict[str, list[Path]] = {}
    for code in sorted(existing):
        files = sorted((FIXTURES / code).glob("flag_*.py"))
        if files:
            sample[code] = files[:FIXTURES_PER_RULE]
    return sample


def test_shared_fixtures_of_existing_rules_are_confirmed():
    """Real findings of the real rules on the shared fixtures (tests/fixtures/AGL0NN)."""
    sample = _sample_fixtures()
    items = []
    for files in sample.values():
        for path in files:
            expected = expected_markers(path)
            findings = [f for f in lint_file(path, Config()).findings
                        if (f.line, f.code) in expected]
            items.append((str(path), path.read_text(encoding="utf-8"), findings))
    confirmed: dict[str, int] = defaultdict(int)
    for finding in _flat(confirm_many(items, timeout=20)):
        assert finding.confirmation.status != "refuted", finding
        if finding.confirmation.status == "confirmed":
            confirmed[finding.code] += 1
    short = {code: confirmed[code] for code, files in sample.items()
             if len(files) >= 3 and confirmed[code] < 3}
    assert short == {}
