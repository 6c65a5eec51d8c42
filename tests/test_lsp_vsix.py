"""The VS Code extension builds from a clean copy with the real toolchain.

`npm ci && npm test && npx @vscode/vsce package` in a copy of vscode-extension/ without
node_modules or out/, then the .vsix is opened and checked: the compiled extension is
inside and its package.json is valid and declares what the editor relies on.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

EXTENSION = Path(__file__).resolve().parent.parent / "vscode-extension"
SETTINGS = {"enable", "select", "ignore", "interpreter", "path", "args", "confirm.enabled",
            "showNotifications", "trace.server"}
COMMANDS = {"autograd-lint.restart", "autograd-lint.confirmCurrentFile",
            "autograd-lint.showLogs"}


def npm(args: list[str], cwd: Path) -> str:
    done = subprocess.run(["npm", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=900, check=False)
    assert done.returncode == 0, f"npm {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_vsix_builds_from_a_clean_copy_and_holds_the_extension(tmp_path: Path) -> None:
    work = tmp_path / "vscode-extension"
    shutil.copytree(EXTENSION, work, ignore=shutil.ignore_patterns(
        "node_modules", "out", "*.vsix"))
    manifest = json.loads((work / "package.json").read_text(encoding="utf-8"))

    npm(["ci", "--no-audit", "--no-fund"], work)
    tests = npm(["test"], work)
    assert "# fail 0" in tests and "# pass" in tests, tests
    npm(["exec", "--", "vsce", "package"], work)

    vsix = work / f"autograd-lint-{manifest['version']}.vsix"
    assert vsix.is_file()
    with zipfile.ZipFile(vsix) as archive:
        names = set(archive.namelist())
        packaged = json.loads(archive.read("extension/package.json"))
        extension_js = archive.read("extension/out/extension.js").decode("utf-8")
    assert "extension/node_modules/vscode-languageclient/package.json" in names
    assert not any(name.startswith("extension/src/") for name in names)
    assert "autograd_lint" in extension_js and "exports.activate" in extension_js

    assert packaged["main"] == "./out/extension.js"
    assert packaged["name"] == "autograd-lint" and packaged["version"] == manifest["version"]
    properties = packaged["contributes"]["configuration"]["properties"]
    assert {key.removeprefix("autograd-lint.") for key in properties} == SETTINGS
    assert {c["command"] for c in packaged["contributes"]["commands"]} == COMMANDS
    untrusted = packaged["capabilities"]["untrustedWorkspaces"]
    assert untrusted["supported"] == "limited"
    assert "autograd-lint.confirm.enabled" in untrusted["restrictedConfigurations"]
