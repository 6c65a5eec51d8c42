"""Lint real public PyTorch code and print every finding for review, plus internal errors.

    python benchmarks/realworld.py [--jobs N] [--json out.json]

Corpora (benchmarks/corpus.py): the pinned transformers wheel and the installed torch
package's own sources. The figures to watch: internal errors (must be 0), findings per rule
and per 100,000 lines. Each finding is printed with its source line so a person can judge
it a real pitfall or a false positive (see the closing notes for the last review).
"""

from __future__ import annotations

import argparse
import json
import linecache
import time
from collections import Counter
from pathlib import Path

from corpus import line_count, python_files, torch_dir, transformers_dir

from autograd_lint.config import Config
from autograd_lint.engine import lint_paths


def review(name: str, root: Path, jobs: int | None) -> dict:
    files = python_files(root)
    lines = line_count(files)
    started = time.perf_counter()
    result = lint_paths([root], Config(), jobs)
    elapsed = time.perf_counter() - started
    internal = [e for e in result.errors if e.message.startswith("internal error")]
    other = [e for e in result.errors if not e.message.startswith("internal error")]
    print(f"\n== {name}: {len(files)} files, {lines:,} lines, {elapsed:.1f} s")
    print(f"internal errors: {len(internal)}; files that are not valid Python: {len(other)}")
    for error in internal + other:
        print(f"  {error.path}: {error.message}")
    counts = Counter(f.code for f in result.findings)
    for code, count in sorted(counts.items()):
        print(f"  {code}: {count} ({count / lines * 100_000:.2f} per 100k lines)")
    for f in result.findings:
        source = linecache.getline(f.path, f.line).strip()
        print(f"{Path(f.path).relative_to(root.parent)}:{f.line}:{f.column}: {f.code} {source}")
    return {"corpus": name, "files": len(files), "lines": lines, "seconds": elapsed,
            "internal_errors": len(internal), "invalid_files": len(other),
            "findings": [f.to_dict() for f in result.findings]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--json", type=Path, help="write the findings as JSON here")
    args = parser.parse_args()
    reports = [review("transformers", transformers_dir(), args.jobs)]
    torch_root = torch_dir()
    if torch_root is None:
        print("\n(torch is not installed: its sources are not reviewed)")
    else:
        reports.append(review("torch", torch_root, args.jobs))
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
