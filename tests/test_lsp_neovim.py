"""A second, independent client: Neovim's built-in LSP client, run headless.

scripts/test.sh installs Debian's `neovim` when `nvim` is missing, so this test always
runs; Neovim speaks to `python -m autograd_lint lsp` itself, with no pygls on its side.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.lsp_support import SAMPLE

CLIENT = Path(__file__).resolve().parent / "lsp_support" / "neovim_client.lua"


def test_neovim_receives_the_diagnostics_of_a_sample_file(tmp_path: Path) -> None:
    nvim = shutil.which("nvim")
    assert nvim is not None, "nvim is missing: scripts/test.sh installs Debian's neovim"
    sample = tmp_path / "sample.py"
    # emoji and CJK text before the finding: the columns must survive the conversions
    sample.write_text(SAMPLE.replace("y.backward()", 'note = "😀漢字"; y.backward()'),
                      encoding="utf-8")
    out = tmp_path / "diagnostics.json"
    env = {**os.environ, "AGL_FILE": str(sample), "AGL_PYTHON": sys.executable,
           "AGL_OUT": str(out), "HOME": str(tmp_path)}
    done = subprocess.run([nvim, "--headless", "--clean", "-c", f"luafile {CLIENT}"],
                          env=env, capture_output=True, text=True, timeout=180, check=False,
                          stdin=subprocess.DEVNULL)
    assert out.is_file(), f"Neovim wrote no result:\n{done.stdout}\n{done.stderr}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result.get("arrived") is True, result
    by_code = {d["code"]: d for d in result["diagnostics"]}
    assert set(by_code) == {"AGL001", "AGL002"}
    lines = sample.read_text(encoding="utf-8").splitlines()
    agl002 = by_code["AGL002"]
    assert agl002["source"] == "autograd-lint"
    # Neovim turns the server's UTF-16 columns into byte offsets of the line:
    assert agl002["lnum"] == 4
    assert agl002["col"] == lines[4].encode("utf-8").index(b"y.backward()")
