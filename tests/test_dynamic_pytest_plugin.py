"""`pytest --autograd-confirm`: verdicts recorded while a project's own tests run, merged by
`autograd-lint --confirm-from`."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

LIBRARY = '''\
import torch


def scaled_weight_grad(x):
    w = torch.randn(3, requires_grad=True) * 0.5
    (x @ w).sum().backward()
    return w.grad


def leaf_grad(x):
    w = torch.randn(3, requires_grad=True)
    (x @ w).sum().backward()
    return w.grad


def never_called(x):
    h = torch.ones(3, requires_grad=True) * 2
    h.sum().backward()
    return h.grad
'''
TESTS = '''\
import builtins

import torch

import mylib


def test_scaled():
    assert mylib.scaled_weight_grad(torch.randn(4, 3)) is None


def test_leaf():
    assert mylib.leaf_grad(torch.randn(4, 3)) is not None


def test_inline():
    y = torch.randn(2, requires_grad=True) * 3
    y.sum().backward()
    assert y.grad is None


def test_plugin_state():
    assert hasattr(builtins, "__agl__")
'''


def _project(tmp_path: Path) -> Path:
    (tmp_path / "mylib.py").write_text(LIBRARY)
    (tmp_path / "test_mylib.py").write_text(TESTS)
    return tmp_path


def _pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(project), *args], cwd=project, capture_output=True,
                          text=True, timeout=300)


def test_plugin_is_registered_through_the_pytest11_entry_point():
    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("autograd_lint") == "autograd_lint.pytest_plugin"


def test_without_the_option_nothing_is_instrumented(tmp_path):
    (tmp_path / "mylib.py").write_text(LIBRARY.replace("import torch", "torch = None"))
    (tmp_path / "test_inert.py").write_text(
        "import builtins\nimport sys\n\nimport mylib\n\n\ndef test_inert():\n"
        "    assert not hasattr(builtins, '__agl__')\n"
        "    assert 'autograd_lint.dynamic' not in sys.modules\n")
    done = _pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (tmp_path / "autograd-confirm.json").exists()


def test_verdicts_recorded_during_tests_and_merged_by_the_cli(tmp_path):
    project = _project(tmp_path)
    done = _pytest(project, "--autograd-confirm=results.json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "autograd-lint: 2 confirmed, 0 refuted, 1 inconclusive" in done.stdout

    recorded = json.loads((project / "results.json").read_text())
    verdicts = {(Path(f["path"]).name, f["line"]): f["confirmation"]
                for f in recorded["findings"]}
    assert verdicts[("mylib.py", 7)]["status"] == "confirmed"
    assert verdicts[("test_mylib.py", 19)]["status"] == "confirmed"
    assert verdicts[("mylib.py", 19)] == {
        "status": "inconclusive", "evidence": "not reached: no test executed this line"}

    merged = subprocess.run([sys.executable, "-m", "autograd_lint", "--format", "json",
                             "--confirm-from", "results.json", "mylib.py"], cwd=project,
                            capture_output=True, text=True, timeout=120)
    report = json.loads(merged.stdout)
    assert [(f["line"], f["confirmation"]["status"]) for f in report["findings"]] == [
        (7, "confirmed"), (19, "inconclusive")]


def test_unusable_results_file_is_a_clean_error(tmp_path):
    bad = tmp_path / "results.json"
    bad.write_text("{not json")
    done = subprocess.run([sys.executable, "-m", "autograd_lint", "--confirm-from", str(bad),
                           str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "is not an autograd-lint results file" in done.stderr
    assert "Traceback" not in done.stderr
