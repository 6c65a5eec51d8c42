"""The VS Code extension builds from a clean copy with the real toolchain.

The .vsix is opened and checked: the compiled extension is inside, its package.json is
valid and declares what the editor relies on, and the Node unit tests passed.
"""

from __future__ import annotations

import json
import zipfile

from tests.lsp_support.vsix import BuiltExtension, built_extension  # noqa: F401 - fixture

SETTINGS = {"enable", "select", "ignore", "interpreter", "path", "args", "confirm.enabled",
            "showNotifications", "trace.server"}
COMMANDS = {"autograd-lint.restart", "autograd-lint.confirmCurrentFile",
            "autograd-lint.showLogs"}


def test_vsix_builds_from_a_clean_copy_and_holds_the_extension(
        built_extension: BuiltExtension) -> None:  # noqa: F811 - the fixture
    tests = built_extension.unit_test_output
    assert "# fail 0" in tests and "# pass" in tests, tests
    assert built_extension.vsix.is_file()
    with zipfile.ZipFile(built_extension.vsix) as archive:
        names = set(archive.namelist())
        packaged = json.loads(archive.read("extension/package.json"))
        extension_js = archive.read("extension/out/extension.js").decode("utf-8")
    assert "extension/node_modules/vscode-languageclient/package.json" in names
    assert not any(name.startswith("extension/src/") for name in names)
    assert "autograd_lint" in extension_js and "exports.activate" in extension_js

    assert packaged["main"] == "./out/extension.js"
    assert packaged["name"] == "autograd-lint"
    assert packaged["version"] == built_extension.version
    properties = packaged["contributes"]["configuration"]["properties"]
    assert {key.removeprefix("autograd-lint.") for key in properties} == SETTINGS
    assert {c["command"] for c in packaged["contributes"]["commands"]} == COMMANDS
    untrusted = packaged["capabilities"]["untrustedWorkspaces"]
    assert untrusted["supported"] == "limited"
    assert "autograd-lint.confirm.enabled" in untrusted["restrictedConfigurations"]
