"""Hand-built static claims for the dynamic-mode tests.

A snippet line ending in `# claim: AGL001 w.grad` claims that rule AGL001 fires on the
first `w.grad` of that line. The test builds that Finding by hand, so the dynamic verdict
logic is tested on its own, whatever the static rules currently flag. Snippets under
tests/dynamic_snippets/confirm/ hold true claims, under refute/ deliberately wrong ones.
"""

from __future__ import annotations

import re
from pathlib import Path

from autograd_lint.finding import Finding

SNIPPETS = Path(__file__).parent / "dynamic_snippets"
CLAIM = re.compile(r"#\s*claim:\s*(?P<code>AGL\d{3})\s+(?P<text>.+?)\s*$")


def claims(path: Path) -> list[Finding]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = CLAIM.search(line)
        if match is None:
            continue
        text = match["text"]
        column = line.index(text) + 1
        assert column < match.start(), f"{path.name}:{number}: claimed text not in the code"
        found.append(Finding(match["code"], "claim", "error", f"claim: {text}", str(path),
                             number, column, number, column + len(text)))
    return found


def claimed_files(kind: str) -> list[tuple[str, str, list[Finding]]]:
    return [(str(p), p.read_text(encoding="utf-8"), claims(p))
            for p in sorted((SNIPPETS / kind).glob("*.py"))]
