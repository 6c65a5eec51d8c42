"""Every rule has an up-to-date docs page (the same text `explain` and the LSP hover show)."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograd_lint.rules import ALL_RULES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_docs_page_is_current(rule):
    page = DOCS / f"{rule.code}.md"
    assert page.is_file(), f"run `python scripts/gen_docs.py` to create {page}"
    assert page.read_text(encoding="utf-8") == rule.docs(), "run `python scripts/gen_docs.py`"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_metadata_is_complete(rule):
    for attribute in ("summary", "why", "how_to_fix", "leave_alone", "evidence"):
        assert len(getattr(rule, attribute).strip()) > 20, (rule.code, attribute)
    assert rule.tokens, rule.code
    assert rule.name == rule.name.lower() and " " not in rule.name
