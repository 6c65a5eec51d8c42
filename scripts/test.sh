#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh machine, then runs pytest.
# README's test command and .ci/run both call this script.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PY=.venv/bin/python
"$PY" -m pip install --quiet --upgrade pip
# torch first and pinned: a plain or open-ended torch requirement would pull a CUDA build.
"$PY" -m pip install --quiet "torch==2.13.0"
"$PY" -m pip install --quiet -e ".[test,lsp,dynamic]"

# --- extra tools for the end-to-end tests (helpers add their sections below) ---

# Editor (tests/test_lsp_neovim.py, tests/test_lsp_vsix.py, tests/test_lsp_workbench.py):
# Neovim is the second real LSP client; Node and npm build the VS Code extension (its own
# deps come from its package-lock.json via `npm ci` inside the test); code-server (the real
# VS Code workbench) runs in Debian's chromium, and its native modules need libkrb5-dev, a
# C++ toolchain and Debian's ripgrep. Debian packages, installed only if missing.
editor_packages=()
command -v nvim >/dev/null 2>&1 || editor_packages+=(neovim)
command -v npm >/dev/null 2>&1 || editor_packages+=(nodejs npm)
command -v chromium >/dev/null 2>&1 || editor_packages+=(chromium)
command -v rg >/dev/null 2>&1 || editor_packages+=(ripgrep)
command -v g++ >/dev/null 2>&1 || editor_packages+=(g++ make)
[ -f /usr/include/gssapi/gssapi.h ] || editor_packages+=(libkrb5-dev)
if [ "${#editor_packages[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${editor_packages[@]}"
fi
tests/lsp_support/workbench/install.sh  # code-server + puppeteer-core, from its lock file

"$PY" -m pytest "$@"
