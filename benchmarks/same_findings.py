"""Prove a speed change changed no finding: lint the same files with two versions of the
package and compare the JSON (findings with messages, positions and fixes, and errors).

    .venv/bin/python benchmarks/same_findings.py --rev REV [--paths P ...] [--every N]

The baseline is the CURRENT working tree's package with `--paths` (files or directories
under autograd_lint/, default: the whole package) put back as they are at git revision REV.
Overlaying only the paths being optimised keeps other people's uncommitted work in the
baseline too, so a difference can only come from those paths.

Inputs: a copy of tests/fixtures, tests/eval and tests/eval_v2, the 1,000-line editor file of
lsp_latency.py, and every N-th file (default 10) of the pinned transformers corpus, all
with every rule selected. Each version runs in its own process. Exit status 1 on any
difference, which is printed. Not a test (it needs the corpus); run it by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import python_files, transformers_dir  # noqa: E402
from lsp_latency import make_source  # noqa: E402

# Runs inside the child process, with the package under test first on sys.path.
LINT = """
import json, sys
from pathlib import Path
from autograd_lint.config import Config
from autograd_lint.engine import lint_paths
paths = [Path(p) for p in json.load(open(sys.argv[1]))]
result = lint_paths(paths, Config(), jobs=1)
json.dump(result.to_dict(), open(sys.argv[2], "w"), indent=1, sort_keys=True)
"""


def inputs(every: int, scratch: Path) -> list[str]:
    editor = scratch / "lsp_1000.py"
    editor.write_text(make_source(1000), encoding="utf-8")
    # Copied: other people may edit the test files while the two versions run.
    tests = []
    for name in ("fixtures", "eval", "eval_v2"):
        if (ROOT / "tests" / name).is_dir():
            shutil.copytree(ROOT / "tests" / name, scratch / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
            tests.append(str(scratch / name))
    corpus = [str(p) for p in python_files(transformers_dir())[::every]]
    return tests + [str(editor)] + corpus


def current_package(target: Path) -> Path:
    """A snapshot of the working tree's package: others may edit it while the check runs."""
    shutil.copytree(ROOT / "autograd_lint", target / "autograd_lint",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return target


def baseline_package(rev: str, paths: list[str], target: Path) -> Path:
    """Current package with `paths` as they are at `rev`, copied under `target`."""
    current_package(target)
    for path in paths or ["autograd_lint"]:
        if not path.startswith("autograd_lint"):
            raise SystemExit(f"--paths must be under autograd_lint/: {path}")
        here = target / path
        if here.is_dir():
            shutil.rmtree(here)
        elif here.exists():
            here.unlink()
        archive = subprocess.run(["git", "archive", rev, path], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def lint(package_root: Path, paths_file: Path, out: Path) -> dict:
    subprocess.run([sys.executable, "-c", LINT, str(paths_file), str(out)], check=True,
                   cwd=package_root, env={**os.environ, "PYTHONPATH": str(package_root)})
    return json.loads(out.read_text(encoding="utf-8"))


def differences(before: dict, after: dict) -> list[str]:
    lines = []
    for key in ("findings", "errors"):
        old = {json.dumps(item, sort_keys=True) for item in before[key]}
        new = {json.dumps(item, sort_keys=True) for item in after[key]}
        lines += [f"- {key}: {item}" for item in sorted(old - new)]
        lines += [f"+ {key}: {item}" for item in sorted(new - old)]
        if not lines and before[key] != after[key]:
            lines.append(f"{key}: same entries, different order")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", required=True, help="git revision of the baseline")
    parser.add_argument("--paths", nargs="*", default=[],
                        help="paths under autograd_lint/ taken from REV (default: all)")
    parser.add_argument("--every", type=int, default=10, help="every N-th corpus file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        paths_file = scratch / "paths.json"
        paths_file.write_text(json.dumps(inputs(args.every, scratch)), encoding="utf-8")
        now = current_package(scratch / "now")
        base = baseline_package(args.rev, args.paths, scratch / "base")
        before = lint(base, paths_file, scratch / "before.json")
        after = lint(now, paths_file, scratch / "after.json")
    diff = differences(before, after)
    print(f"{len(before['findings'])} findings and "
          f"{len(before['errors'])} errors before, {len(after['findings'])} and "
          f"{len(after['errors'])} after")
    if diff:
        print("\n".join(diff))
        print("DIFFERENT")
        return 1
    print("IDENTICAL (findings incl. messages, positions and fixes; errors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
