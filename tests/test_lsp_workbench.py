"""The real VS Code workbench: code-server with the built .vsix, in headless Chromium.

A person opening train.py must see the AGL002 squiggle and, on hover, the message and the
rule's docs. The screenshot is kept in tests/lsp_support/workbench/artifacts/.
scripts/test.sh installs code-server and puppeteer-core (tests/lsp_support/workbench/
install.sh) and Debian's chromium.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.lsp_support import SAMPLE
from tests.lsp_support.vsix import BuiltExtension, built_extension  # noqa: F401 - fixture

WORKBENCH = Path(__file__).resolve().parent / "lsp_support" / "workbench"
CODE_SERVER = WORKBENCH / "node_modules" / ".bin" / "code-server"
ARTIFACT = WORKBENCH / "artifacts" / "agl002-squiggle.png"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "code-server exited"
        try:
            urllib.request.urlopen(url, timeout=5)  # noqa: S310 - loopback only
            return
        except urllib.error.HTTPError:
            return  # it answers (a redirect or an error page): it is up
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"code-server did not answer at {url}")


def test_vscode_workbench_shows_the_agl002_squiggle(
        built_extension: BuiltExtension, tmp_path: Path) -> None:  # noqa: F811 - fixture
    chromium = shutil.which("chromium")
    assert CODE_SERVER.is_file(), "run tests/lsp_support/workbench/install.sh (test.sh does)"
    assert chromium is not None, "Debian's chromium is missing (scripts/test.sh installs it)"
    data, extensions, workspace = tmp_path / "data", tmp_path / "extensions", tmp_path / "ws"
    (data / "User").mkdir(parents=True)
    workspace.mkdir()
    (workspace / "train.py").write_text(SAMPLE, encoding="utf-8")
    (data / "User" / "settings.json").write_text(json.dumps({
        "autograd-lint.interpreter": [sys.executable],
        "security.workspace.trust.enabled": False,
        "workbench.startupEditor": "none",
        "workbench.colorTheme": "Default Light Modern",
    }), encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path)}
    common = [str(CODE_SERVER), "--user-data-dir", str(data), "--extensions-dir",
              str(extensions)]
    installed = subprocess.run([*common, "--install-extension", str(built_extension.vsix)],
                               env=env, capture_output=True, text=True, timeout=300,
                               check=False)
    assert "successfully installed" in installed.stdout, installed.stdout + installed.stderr

    port = free_port()
    server = subprocess.Popen(
        [*common, "--auth", "none", "--bind-addr", f"127.0.0.1:{port}",
         "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
         str(workspace)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/?folder={workspace}"
        wait_for_http(f"http://127.0.0.1:{port}/healthz", server)
        ARTIFACT.parent.mkdir(exist_ok=True)
        shot = subprocess.run(["node", str(WORKBENCH / "squiggle.js"), url, str(ARTIFACT),
                               chromium], cwd=WORKBENCH, env=env, capture_output=True,
                              text=True, timeout=600, check=False)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert shot.returncode == 0, shot.stdout + shot.stderr
    seen = json.loads(shot.stdout.strip().splitlines()[-1])
    assert seen["squiggles"] == 2  # AGL002 on y.backward(), AGL001 on y.grad
    assert re.search(r"grad can be implicitly created only for scalar outputs", seen["hover"])
    assert "AGL002 nonscalar-backward" in seen["hover"]
    assert ARTIFACT.read_bytes().startswith(b"\x89PNG")
