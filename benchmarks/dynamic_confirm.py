"""How fast and how often `--confirm` proves true findings, on labelled snippets.

Runs `autograd-lint --confirm --format json` once, as a user would, over N snippets
(default 100, an even spread over the sorted files of EVAL_DIR, default the blind set in
tests/eval, whose lines labelled `# expect: AGL0NN` are the true findings) and prints:

* the wall-clock time of the whole run and the CPU count it ran on (target: under 3 min
  for 100 snippets on 2 cores);
* the share of true findings (finding on a labelled line with that code) confirmed, with
  the rest by status and reason (target: >= 90%);
* findings on unlabelled lines (static false alarms) and how many of them came back
  confirmed (target: none confirmed in a `good_*` file).

Usage: ``python benchmarks/dynamic_confirm.py [EVAL_DIR] [-n N] [--timeout S]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL_DIR = ROOT / "tests" / "eval"
LABEL = re.compile(r"#\s*expect:\s*((?:AGL\d{3}[,\s]*)+)")
CODE = re.compile(r"AGL\d{3}")


def labels(path: Path) -> set[tuple[int, str]]:
    marks = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = LABEL.search(line)
        if match:
            marks.update((number, code) for code in CODE.findall(match.group(1)))
    return marks


def spread(files: list[Path], count: int) -> list[Path]:
    if len(files) <= count:
        return files
    step = len(files) / count
    return [files[int(i * step)] for i in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("-n", type=int, default=100, help="number of snippets")
    parser.add_argument("--timeout", type=float, default=20.0, help="--confirm-timeout")
    args = parser.parse_args()

    files = spread(sorted(args.eval_dir.rglob("*.py")), args.n)
    files = [f for f in files if not f.name.startswith(("test_", "verify_"))]
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "autograd_lint", "--confirm", "--format", "json",
         "--confirm-timeout", str(args.timeout), *map(str, files)],
        capture_output=True, text=True, cwd=ROOT)
    elapsed = time.monotonic() - started
    if done.returncode not in (0, 1):
        print(done.stderr, file=sys.stderr)
        return 2
    findings = json.loads(done.stdout)["findings"]

    expected = {f.resolve(): labels(f) for f in files}
    true_status: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    alarms: list[str] = []
    confirmed_alarms_in_good: list[str] = []
    for finding in findings:
        path = Path(finding["path"]).resolve()
        status = finding["confirmation"]["status"]
        where = f"{path.relative_to(ROOT)}:{finding['line']} {finding['code']}"
        if (finding["line"], finding["code"]) in expected.get(path, set()):
            true_status[status] += 1
            if status != "confirmed":
                reason = finding["confirmation"]["evidence"].split(":")[0]
                misses[f"{finding['code']} {status}: {reason}"] += 1
        else:
            alarms.append(f"{where} [{status}]")
            if status == "confirmed" and path.name.startswith("good_"):
                confirmed_alarms_in_good.append(where)

    true_total = sum(true_status.values())
    share = true_status["confirmed"] / true_total if true_total else 0.0
    labelled = sum(len(v) for v in expected.values())
    print(f"snippets: {len(files)} from {args.eval_dir} on {os.cpu_count()} CPUs")
    print(f"wall time of the --confirm run: {elapsed:.1f} s (target < 180 s)")
    print(f"true findings: {true_total} of {labelled} labelled mistakes found statically")
    print(f"confirmed share of true findings: {share:.1%} "
          f"({true_status['confirmed']} confirmed, {true_status['refuted']} refuted, "
          f"{true_status['inconclusive']} inconclusive; target >= 90%)")
    for reason, count in misses.most_common():
        print(f"  {count:3d}  {reason}")
    print(f"findings on unlabelled lines: {len(alarms)}; confirmed in good_* files: "
          f"{len(confirmed_alarms_in_good)} (target 0)")
    for line in alarms:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
