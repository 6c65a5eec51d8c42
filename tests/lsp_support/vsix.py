"""Build the VS Code extension from a clean copy with the real toolchain, once per session.

`npm ci && npm test && npx vsce package` in a copy of vscode-extension/ without
node_modules or out/: what a fresh checkout does. Used by the .vsix content test and by
the workbench test that installs the result into code-server.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

EXTENSION = Path(__file__).resolve().parent.parent.parent / "vscode-extension"


@dataclass(frozen=True)
class BuiltExtension:
    vsix: Path
    version: str
    unit_test_output: str


def npm(args: list[str], cwd: Path) -> str:
    done = subprocess.run(["npm", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=900, check=False)
    assert done.returncode == 0, f"npm {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="session")
def built_extension(tmp_path_factory: pytest.TempPathFactory) -> BuiltExtension:
    work = tmp_path_factory.mktemp("extension") / "vscode-extension"
    shutil.copytree(EXTENSION, work, ignore=shutil.ignore_patterns(
        "node_modules", "out", "*.vsix"))
    version = json.loads((work / "package.json").read_text(encoding="utf-8"))["version"]
    npm(["ci", "--no-audit", "--no-fund"], work)
    tests = npm(["test"], work)
    npm(["exec", "--", "vsce", "package"], work)
    return BuiltExtension(work / f"autograd-lint-{version}.vsix", version, tests)
