"""The flake8 plugin, run by the real flake8: the same findings as autograd-lint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SOURCE = """\
import torch

a = torch.tensor([1, 2, 3], requires_grad=True)
x = torch.randn(3, requires_grad=True)
y = x * 2
y.sum().backward()
print(y.grad)
print(y.grad)  # noqa: AGL001
w = torch.randn(3, requires_grad=True)
w.data.mul_(2)
"""


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_flake8_reports_the_same_findings(tmp_path: Path) -> None:
    (tmp_path / "train.py").write_text(SOURCE)
    ours = _run("autograd_lint", "check", "--quiet", "train.py", cwd=tmp_path)
    theirs = _run("flake8", "--select", "AGL", "train.py", cwd=tmp_path)
    assert theirs.returncode == 1, theirs.stderr
    expected = [line for line in ours.stdout.splitlines() if ": AGL" in line]
    assert len(expected) == 3
    assert theirs.stdout.splitlines() == expected


def test_flake8_selection_and_config_apply(tmp_path: Path) -> None:
    (tmp_path / "train.py").write_text(SOURCE)
    only = _run("flake8", "--select", "AGL005", "train.py", cwd=tmp_path)
    assert [line.split()[1] for line in only.stdout.splitlines()] == ["AGL005"]
    (tmp_path / "pyproject.toml").write_text('[tool.autograd-lint]\nignore = ["AGL006"]\n')
    configured = _run("flake8", "--select", "AGL", "train.py", cwd=tmp_path)
    assert "AGL006" not in configured.stdout and "AGL005" in configured.stdout


def test_flake8_on_a_syntax_error_reports_only_its_own_e999(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("import torch\ndef f(:\n")
    run = _run("flake8", "--select", "AGL,E999", "broken.py", cwd=tmp_path)
    assert "E999" in run.stdout and "AGL" not in run.stdout
    assert "Traceback" not in run.stderr
