"""The composite GitHub Action: its structure, and its steps run as GitHub would run them.

The steps' shell commands are executed with bash, inputs and `github.action_path`
substituted the way the runner does, in a fresh virtual environment: the install step
really installs this checkout (and must not pull torch), then the lint steps run on a
small project with one finding.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
EXPRESSION = re.compile(r"\$\{\{\s*(inputs\.[\w-]+|github\.action_path)\s*\}\}")


def test_action_structure() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "sarif-file", "args", "version", "fail-on-findings"} <= set(
        ACTION["inputs"])
    assert all("description" in spec for spec in ACTION["inputs"].values())
    assert ACTION["outputs"]["sarif-file"]["value"] == "${{ inputs.sarif-file }}"
    steps = ACTION["runs"]["steps"]
    assert all(step["shell"] == "bash" and step["name"] for step in steps)
    commands = " ".join(step["run"] for step in steps)
    assert "--format sarif" in commands and "--format github" in commands
    # Inputs reach the shell only through env, never pasted into the script.
    assert not any("${{" in step["run"] for step in steps)
    usage = (ROOT / "action.yml").read_text()
    assert "github/codeql-action/upload-sarif" in usage and "security-events: write" in usage


def _expand(value: str, inputs: dict[str, str]) -> str:
    def lookup(match: re.Match[str]) -> str:
        key = match.group(1)
        return str(ROOT) if key == "github.action_path" else inputs[key.split(".", 1)[1]]

    return EXPRESSION.sub(lookup, value)


def _run_steps(workdir: Path, venv: Path, overrides: dict[str, str],
               first: int = 0) -> list[subprocess.CompletedProcess[str]]:
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    inputs.update(overrides)
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    runs = []
    for step in ACTION["runs"]["steps"][first:]:
        step_env: dict[str, Any] = {**env, **{k: _expand(v, inputs)
                                              for k, v in step.get("env", {}).items()}}
        runs.append(subprocess.run(["bash", "-e", "-c", step["run"]], cwd=workdir,
                                   env=step_env, capture_output=True, text=True,
                                   timeout=600))
    return runs


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("action-venv")
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, timeout=300)
    return path


def test_action_steps_run(tmp_path: Path, venv: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "train.py").write_text(
        "import torch\nlabels = torch.tensor([1, 2], requires_grad=True)\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "conf.py").write_text("import torch\n")
    install, sarif, annotate = _run_steps(tmp_path, venv, {"paths": "src docs"})
    assert install.returncode == 0, install.stdout + install.stderr
    assert not list(venv.glob("lib/python*/site-packages/torch"))

    assert sarif.returncode == 0, sarif.stderr
    report = json.loads((tmp_path / "autograd-lint.sarif").read_text())
    results = report["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["AGL005"]

    assert annotate.returncode == 1
    assert annotate.stdout.startswith("::error file=src/train.py,line=2,")

    _, lenient = _run_steps(tmp_path, venv, {"paths": "src", "fail-on-findings": "false"},
                            first=1)
    assert lenient.returncode == 0
    assert "AGL005" in lenient.stdout
