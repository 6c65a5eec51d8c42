"""Lint the installed torch package's own sources and the pinned transformers wheel; count
internal errors (must stay 0) and files that failed to parse. First, say which protection
the `--confirm` sandbox has on this machine (the kernel decides: docs/reliability.md).

    .venv/bin/python benchmarks/reliability.py [--jobs N]

Exit status 1 if any internal error occurred, so a nightly job can run it as a check.
The default excludes are turned off: torch lives in site-packages, which they skip.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import torch_dir, transformers_dir  # noqa: E402

from autograd_lint.config import Config  # noqa: E402
from autograd_lint.dynamic import confirm_many  # noqa: E402
from autograd_lint.engine import lint_paths  # noqa: E402
from autograd_lint.finding import FileError, Finding  # noqa: E402

PROBE = "import torch\ny = torch.ones(3, requires_grad=True) * 2\ny.backward()\n"


def kind_of(error: FileError) -> str:
    message = error.message
    if message.startswith("internal error"):
        return "internal error"
    if message.startswith(("syntax error", "cannot parse")):
        return "failed to parse"
    if message.startswith("skipped: file is"):
        return "over max-file-size"
    return "other"


def sandbox_protection() -> str:
    """Confirm one vector backward() and return what confined the child."""
    protection: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = f"{folder}/probe.py"
        claim = Finding("AGL002", "nonscalar-backward", "error", "m", path, 3, 1, 3, 13)
        [[result]] = confirm_many([(path, PROBE, [claim])], on_protection=protection.append)
    verdict = result.confirmation.status if result.confirmation else "none"
    return f"{protection[0] if protection else 'no child ran'} (probe verdict: {verdict})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0 = per CPU)")
    args = parser.parse_args()
    print(f"--confirm {sandbox_protection()}")
    config = replace(Config(), exclude=())
    corpora = [("torch", torch_dir()), ("transformers", transformers_dir())]
    internal = 0
    for name, root in corpora:
        if root is None:
            print(f"{name}: not installed, skipped")
            continue
        started = time.monotonic()
        result = lint_paths([root], config, jobs=args.jobs or None)
        kinds = Counter(kind_of(error) for error in result.errors)
        internal += kinds["internal error"]
        print(f"{name}: {result.files} files in {time.monotonic() - started:.0f} s; "
              f"internal errors: {kinds['internal error']}; failed to parse: "
              f"{kinds['failed to parse']}; over max-file-size: {kinds['over max-file-size']}; "
              f"other errors: {kinds['other']}; findings: {len(result.findings)}")
        for error in result.errors:
            if kind_of(error) in ("internal error", "failed to parse", "other"):
                print(f"  {error.path}: {error.message}")
    return 1 if internal else 0


if __name__ == "__main__":
    sys.exit(main())
