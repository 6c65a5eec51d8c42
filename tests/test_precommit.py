"""The pre-commit hooks, run by the real pre-commit against this checkout's HEAD.

`pre-commit try-repo` clones the repository at a commit, installs the hook environment
the way users get it (core dependencies only: no torch) and runs the hook on the files
of a throwaway git repository.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The commit under test: pre-commit installs hooks from commits, never from a work tree.
HEAD = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, check=True,
                      capture_output=True, text=True).stdout.strip()

BAD = "import torch\nlabels = torch.tensor([1, 2, 3], requires_grad=True)\n"
GOOD = "import torch\nweights = torch.tensor([1., 2., 3.], requires_grad=True)\n"
BAD_NOTEBOOK = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {},
                           "outputs": [], "source": BAD}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def _git(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A git repository with a bad and a good file, and the environment for pre-commit."""
    repo = tmp_path_factory.mktemp("user-project")
    (repo / "bad.py").write_text(BAD)
    (repo / "good.py").write_text(GOOD)
    (repo / "bad.ipynb").write_text(json.dumps(BAD_NOTEBOOK, indent=1) + "\n")
    _git("init", "-q", cwd=repo)
    _git("add", ".", cwd=repo)
    env = {**os.environ,
           "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    _git("commit", "-q", "-m", "init", cwd=repo, env=env)
    return repo, env


def _pre_commit(project: tuple[Path, dict[str, str]],
                *args: str) -> subprocess.CompletedProcess[str]:
    repo, env = project
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)


def test_try_repo_fails_on_the_bad_files_only(project: tuple[Path, dict[str, str]]) -> None:
    run = _pre_commit(project, "try-repo", str(ROOT), "autograd-lint", "--ref", HEAD,
                      "--verbose", "--all-files")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "bad.py:2:34: AGL005" in run.stdout
    assert "bad.ipynb:cell 1:2:34: AGL005" in run.stdout
    assert "good.py" not in run.stdout
    assert "Found 2 findings in 3 files." in run.stdout


@pytest.fixture(scope="module")
def configured(project: tuple[Path, dict[str, str]]) -> tuple[Path, dict[str, str]]:
    """The user's .pre-commit-config.yaml, as docs/integrations.md shows it."""
    repo, _ = project
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n"
        f"  - repo: {ROOT}\n"
        f"    rev: {HEAD}\n"
        f"    hooks:\n"
        f"      - id: autograd-lint\n"
        f"      - id: autograd-lint-fix\n"
        f"        stages: [manual]\n")
    return project


def test_hook_passes_on_the_good_file(configured: tuple[Path, dict[str, str]]) -> None:
    run = _pre_commit(configured, "run", "autograd-lint", "--files", "good.py")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
    run = _pre_commit(configured, "run", "autograd-lint", "--files", "bad.py")
    assert run.returncode == 1, run.stdout + run.stderr


def test_fix_hook_fixes_the_bad_file(configured: tuple[Path, dict[str, str]]) -> None:
    repo, _ = configured
    run = _pre_commit(configured, "run", "autograd-lint-fix", "--hook-stage", "manual",
                      "--files", "bad.py")
    assert run.returncode == 1  # pre-commit fails a hook that modified files, for review
    assert "files were modified by this hook" in run.stdout
    assert (repo / "bad.py").read_text() == GOOD.replace("weights", "labels")
    _git("checkout", "--", "bad.py", cwd=repo)


def test_hook_environment_has_no_torch(configured: tuple[Path, dict[str, str]]) -> None:
    assert _pre_commit(configured, "install-hooks").returncode == 0
    home = Path(configured[1]["PRE_COMMIT_HOME"])
    site_packages = list(home.glob("repo*/py_env-*/lib/python*/site-packages"))
    assert site_packages, "pre-commit did not create a Python hook environment"
    assert all((s / "libcst").is_dir() for s in site_packages)
    assert not any((s / "torch").exists() for s in site_packages)


def test_local_hook_with_the_installed_autograd_lint(tmp_path: Path) -> None:
    """The README's `repo: local` variant, for users who `pip install autograd-lint`."""
    (tmp_path / "bad.py").write_text(BAD)
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: autograd-lint\n"
        "        name: autograd-lint\n"
        "        entry: autograd-lint check\n"
        "        language: system\n"
        "        types_or: [python, jupyter]\n")
    _git("init", "-q", cwd=tmp_path)
    _git("add", ".", cwd=tmp_path)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / ".pre-commit-home"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    project = (tmp_path, env)
    assert _pre_commit(project, "run", "--files", "good.py").returncode == 0
    run = _pre_commit(project, "run", "--files", "bad.py")
    assert run.returncode == 1
    assert "bad.py:2:34: AGL005" in run.stdout
