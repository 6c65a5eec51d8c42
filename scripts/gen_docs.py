"""Regenerate docs/rules/<CODE>.md from the rule classes (the single source of the text).

Run `python scripts/gen_docs.py` after changing a rule's metadata; tests/test_docs.py fails
when a page is out of date.
"""

from __future__ import annotations

from pathlib import Path

from autograd_lint.rules import ALL_RULES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for rule in ALL_RULES:
        (DOCS / f"{rule.code}.md").write_text(rule.docs(), encoding="utf-8")
    index = ["# Rules", "", "| code | name | severity | what it catches |", "|---|---|---|---|"]
    index += [f"| [{r.code}]({r.code}.md) | {r.name} | {r.severity} | {r.summary} |"
              for r in ALL_RULES]
    (DOCS / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
