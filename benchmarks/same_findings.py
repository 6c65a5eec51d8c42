"""Prove a speed change changed no finding: lint the same files with two versions of the
package and compare the JSON (findings with messages, positions and fixes, and errors).

    .venv/bin/python benchmarks/same_findings.py [--before HEAD] [--after worktree] [--every N]

Each side is a git revision, a directory holding an `autograd_lint/` package, or `worktree`
(the working tree). Both are copied first, so edits made while the check runs cannot leak
in. On a working tree shared with others, prove one change in isolation: --before HEAD and
--after a directory with HEAD plus only that change (e.g. `git read-tree HEAD` and
`git checkout-index -a --prefix=DIR/` with a temporary GIT_INDEX_FILE holding the change).

Inputs: a copy of tests/fixtures, tests/eval and tests/eval_v2, the 1,000-line editor file
of lsp_latency.py, and every N-th file (default 10) of the pinned transformers corpus, all
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


def package(side: str, target: Path) -> Path:
    """A copy of one side's `autograd_lint/` package under `target`."""
    target.mkdir(parents=True)
    if side == "worktree" or Path(side).is_dir():
        source = ROOT if side == "worktree" else Path(side)
        shutil.copytree(source / "autograd_lint", target / "autograd_lint",
                        ignore=shutil.ignore_patterns("__pycache__"))
        return target
    archive = subprocess.run(["git", "archive", side, "autograd_lint"], cwd=ROOT, check=True,
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
    parser.add_argument("--before", default="HEAD", help="revision, directory or worktree")
    parser.add_argument("--after", default="worktree", help="revision, directory or worktree")
    parser.add_argument("--every", type=int, default=10, help="every N-th corpus file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        paths_file = scratch / "paths.json"
        paths_file.write_text(json.dumps(inputs(args.every, scratch)), encoding="utf-8")
        before = lint(package(args.before, scratch / "before"), paths_file,
                      scratch / "before.json")
        after = lint(package(args.after, scratch / "after"), paths_file,
                     scratch / "after.json")
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
