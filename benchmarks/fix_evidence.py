"""Do the autofixes remove the mistake torch itself sees? Measured on the blind eval set.

For every `bad_*.py` snippet in tests/eval that `--fix --unsafe-fixes` changes, the
snippet is run under torch before and after fixing, with the instrumentation of
tests/eval/verify_labels.py (torch's own errors and warnings, and the run-time
observations for the silent mistakes). For each code whose finding the fix removed and
whose evidence torch showed before, the evidence must be gone after: "stayed" counts the
fixes that silenced the linter without repairing the program.

Usage: `python benchmarks/fix_evidence.py [EVAL_DIR]`; exit status 1 if any evidence stayed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "eval"))

import verify_labels  # noqa: E402 - lives beside the eval set, not in a package

from autograd_lint.config import Config  # noqa: E402
from autograd_lint.engine import lint_source  # noqa: E402
from autograd_lint.fix import fix_bytes  # noqa: E402


def main(eval_dir: Path) -> int:
    verify_labels.install()
    config = Config()
    gone: Counter[str] = Counter()
    stayed: list[tuple[str, str, str | None]] = []
    snippets = fixed_files = 0
    for path in sorted(eval_dir.glob("AGL*/bad_*.py")):
        snippets += 1
        source = path.read_text(encoding="utf-8")
        outcome = fix_bytes(source.encode(), str(path), config, unsafe=True)
        if not outcome.applied:
            continue
        fixed_files += 1
        offered = {f.code for f in lint_source(source, str(path), config).findings if f.fix}
        removed = offered - {f.code for f in outcome.result.findings}
        before = {code for code, _ in verify_labels.execute(path, source).observed}
        after_run = verify_labels.execute(path, outcome.fixed.decode())
        after = {code for code, _ in after_run.observed}
        for code in sorted(removed & before):
            if code in after:
                stayed.append((str(path.relative_to(eval_dir)), code, after_run.error))
            else:
                gone[code] += 1
    print(f"{snippets} bad snippets, {fixed_files} changed by --fix --unsafe-fixes")
    print(f"{'code':<8}{'evidence gone':>14}")
    for code in sorted(gone):
        print(f"{code:<8}{gone[code]:>14}")
    print(f"total   {sum(gone.values()):>14}; evidence stayed: {len(stayed)}")
    for where, code, error in stayed:
        print(f"  stayed: {where} {code} {error or ''}")
    return 1 if stayed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "eval"))
