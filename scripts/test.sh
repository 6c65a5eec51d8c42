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

"$PY" -m pytest "$@"
