"""The sandbox under hostile code, its environment, and the rule that nothing runs unasked."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from autograd_lint import cli
from autograd_lint.dynamic import confirm, runner
from autograd_lint.finding import Finding

SNIPPETS = Path(__file__).parent / "dynamic_snippets"
CLI = [sys.executable, "-m", "autograd_lint"]
HOSTILE = {
    "endless_c_loop.py": "timed out after 3 s",
    "endless_exec_loop.py": "timed out after 3 s",
    "huge_allocation.py": "memory limit hit at line 4 (tried to allocate 50.0 GiB)",
    "spawn_processes.py": "blocked by the sandbox at line 6: starting a process",
    "write_outside.py": "blocked by the sandbox at line 5: writing",
    "sys_exit.py": "not reached: the code called sys.exit(3) first",
    "huge_output.py": "output limit hit",
    "segfault.py": "crashed (killed by SIGSEGV) at line 6",
}


def _confirm_json(*args: str, env: dict[str, str] | None = None,
                  timeout: float = 240) -> tuple[int, dict, str]:
    done = subprocess.run([*CLI, "--confirm", "--format", "json", *args], capture_output=True,
                          text=True, timeout=timeout, env=env)
    return done.returncode, json.loads(done.stdout), done.stderr


def _sleepers() -> list[str]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"61.5" in cmdline and b"sleep" in cmdline:
            found.append(pid)
    return found


def test_hostile_snippets_end_inconclusive_and_change_nothing_outside(tmp_path):
    """One CLI run (one sandbox server) over the hostile snippets and two snippets that
    reach their finding only if the checks they make inside the sandbox hold (secrets
    stripped, no GPU, stdin empty, temporary working directory; loops capped at 3)."""
    work = tmp_path / "snippets"
    shutil.copytree(SNIPPETS / "hostile", work)
    for name in ("sandbox_facts.py", "loop_cap.py"):
        shutil.copy(SNIPPETS / name, work / name)
    outside = tmp_path / "outside" / "escaped.txt"
    outside.parent.mkdir()
    script = work / "write_outside.py"
    script.write_text(script.read_text().replace("__TARGET__", str(outside)))
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    env = {**os.environ, "AGL_TEST_SECRET_TOKEN": "hunter2", "AWS_SECRET_ACCESS_KEY": "x"}

    code, report, stderr = _confirm_json("--confirm-timeout", "3", str(work), env=env)

    assert code == 1
    assert stderr.startswith("autograd-lint: --confirm sandbox: rlimits; audit hook; "), stderr
    verdicts = {Path(f["path"]).name: f["confirmation"] for f in report["findings"]}
    assert set(verdicts) == {*HOSTILE, "sandbox_facts.py", "loop_cap.py"}
    for name, reason in HOSTILE.items():
        assert verdicts[name]["status"] == "inconclusive", (name, verdicts[name])
        assert reason in verdicts[name]["evidence"], (name, verdicts[name])
    assert verdicts["sandbox_facts.py"]["status"] == "confirmed", verdicts["sandbox_facts.py"]
    assert verdicts["loop_cap.py"]["status"] == "confirmed", verdicts["loop_cap.py"]
    assert not outside.exists()
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before
    assert _sleepers() == []


ENVIRON_SECRET = "aws-secret-in-the-parents-environ"
ENVIRON_SNIPPET = f"""
import os
import torch


def leaks(pid):
    try:
        with open(f"/proc/{{pid}}/environ", "rb") as handle:
            return {ENVIRON_SECRET!r}.encode() in handle.read()
    except OSError:
        return False


try:  # with Landlock /proc itself cannot be listed; without it, try every process
    pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
except PermissionError:
    pids = []
pids += [os.getppid(), LAUNCHER_PID]  # the sandbox server, the process holding the secret
leaked = [pid for pid in pids if leaks(pid)]
assert leaked == [], leaked
y = torch.ones(3, requires_grad=True) * 2
y.backward()
"""
LAUNCHER = f"""
import json, os, sys
from autograd_lint.dynamic.plan import confirm_file
from autograd_lint.dynamic.runner import Sandbox
from autograd_lint.finding import Finding

path, landlock = sys.argv[1], sys.argv[2] == "on"
with open("/proc/self/environ", "rb") as handle:  # the secret really is there to steal
    assert {ENVIRON_SECRET!r}.encode() in handle.read()
source = open(path).read().replace("LAUNCHER_PID", str(os.getpid()))
line = source.splitlines().index("y.backward()") + 1
claim = Finding("AGL002", "nonscalar-backward", "error", "m", path, line, 1, line, 13)
with Sandbox(sys.executable, landlock=landlock) as sandbox:
    [result] = confirm_file(sandbox, path, source, [claim], 20)
print(json.dumps({{**result.confirmation.to_dict(), "protection": sandbox.protection}}))
"""


@pytest.mark.parametrize("landlock", ["on", "off"])
def test_the_parents_environ_cannot_be_read_through_proc(tmp_path, landlock):
    """AWS_SECRET_ACCESS_KEY in the environment the autograd-lint process was started
    with stays in its /proc/<pid>/environ; the child must not read it there (nor in any
    other process's). `on`: Landlock (ptrace scoping); `off`: the fallback for kernels
    without it (child without capabilities, parent not dumpable)."""
    snippet = tmp_path / "steal_environ.py"
    snippet.write_text(ENVIRON_SNIPPET)
    env = {**os.environ, "AWS_SECRET_ACCESS_KEY": ENVIRON_SECRET}
    done = subprocess.run([sys.executable, "-c", LAUNCHER, str(snippet), landlock],
                          capture_output=True, text=True, timeout=240, env=env,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr
    verdict = json.loads(done.stdout)
    assert verdict["status"] == "confirmed", verdict
    assert "no capabilities" in verdict["protection"], verdict
    assert "parent not dumpable" in verdict["protection"], verdict
    if landlock == "off":
        assert "NOT in force: Landlock left out on request" in verdict["protection"]


def test_child_environment_strips_secrets(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "GITHUB_TOKEN", "MY_API_KEY", "DB_PASSWORD",
                 "CLIENT_SECRET", "OPENAI_API_KEY", "HF_TOKEN"):
        monkeypatch.setenv(name, "secret")
    monkeypatch.setenv("LANG", "C.UTF-8")
    env = runner.child_environment("/tmp/work")
    assert not any(v == "secret" for v in env.values())
    assert env["LANG"] == "C.UTF-8"
    assert env["CUDA_VISIBLE_DEVICES"] == ""
    assert env["TMPDIR"] == "/tmp/work"


def _vector_backward_finding(path: str) -> tuple[str, list[Finding]]:
    source = "import torch\ny = torch.ones(3, requires_grad=True) * 2\ny.backward()\n"
    return source, [Finding("AGL002", "nonscalar-backward", "error", "m", path, 3, 1, 3, 13)]


def test_interpreter_without_torch_gives_inconclusive(tmp_path):
    python = tmp_path / "python-without-torch"
    python.write_text(f"#!/bin/sh\nexec {sys.executable} -S \"$@\"\n")
    python.chmod(python.stat().st_mode | stat.S_IEXEC)
    source, findings = _vector_backward_finding(str(tmp_path / "t.py"))
    [result] = confirm(str(tmp_path / "t.py"), source, findings, python=str(python))
    assert result.confirmation.status == "inconclusive"
    assert result.confirmation.evidence == f"torch not importable in {python}"


def test_missing_interpreter_gives_inconclusive(tmp_path):
    source, findings = _vector_backward_finding(str(tmp_path / "t.py"))
    [result] = confirm(str(tmp_path / "t.py"), source, findings,
                       python=str(tmp_path / "no-such-python"))
    assert result.confirmation.status == "inconclusive"
    assert result.confirmation.evidence.startswith("cannot run ")


def test_cli_reports_torch_missing_and_exits_normally(tmp_path):
    python = tmp_path / "python-without-torch"
    python.write_text(f"#!/bin/sh\nexec {sys.executable} -S \"$@\"\n")
    python.chmod(python.stat().st_mode | stat.S_IEXEC)
    code, report, _ = _confirm_json("--python", str(python),
                                 str(SNIPPETS / "hostile" / "sys_exit.py"))
    assert code == 1
    assert report["findings"][0]["confirmation"]["evidence"].startswith(
        "torch not importable in ")


@pytest.mark.parametrize("args,spawns", [([], False), (["--confirm"], True)])
def test_code_runs_only_with_confirm(monkeypatch, args, spawns):
    started: list[list[str]] = []
    real_popen = subprocess.Popen

    def recording_popen(command, *rest, **kwargs):
        started.append(list(command))
        return real_popen(command, *rest, **kwargs)

    monkeypatch.setattr(runner.subprocess, "Popen", recording_popen)
    result = CliRunner().invoke(cli.main, [*args, str(SNIPPETS / "hostile" / "sys_exit.py")])
    assert result.exit_code == 1, result.output
    assert bool(started) is spawns
    assert ("inconclusive: not reached" in result.output) is spawns


def test_function_needing_arguments_that_nothing_calls(tmp_path):
    source = ("import torch\n\n\ndef step(scale):\n"
              "    y = torch.ones(3, requires_grad=True) * scale\n    y.backward()\n")
    claim = Finding("AGL002", "nonscalar-backward", "error", "m", str(tmp_path / "lib.py"),
                    6, 5, 6, 17)
    [result] = confirm(str(tmp_path / "lib.py"), source, [claim])
    assert result.confirmation.status == "inconclusive"
    assert result.confirmation.evidence.startswith(
        "needs arguments: step() has required parameters; running the module did not reach")
