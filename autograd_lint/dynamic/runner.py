"""The sandbox: run the child driver in a separate process with limits, collect its events.

What it is, honestly: a child process of the chosen interpreter, in a fresh temporary
working directory, with stdin from /dev/null, a stripped environment (no secret-looking
variables, no GPU), resource limits (address space, file size, CPU time, core dumps,
processes where the kernel applies them), a wall-clock deadline enforced by killing the
whole process group, and a Python audit hook refusing writes outside the working directory
and new processes. It is not a VM or a container: native code can get around the audit hook.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DRIVER = Path(__file__).parent / "child" / "driver.py"
MEMORY_LIMIT = 4 * 1024**3
FILE_SIZE_LIMIT = 32 * 1024**2
STARTUP_LIMIT = 90.0
"""Seconds allowed for the interpreter to start and import torch on a loaded machine."""
OUTPUT_TAIL = 4000
SECRET = re.compile(r"(^AWS_|^AZURE_|^GOOGLE_|^GCP_|^GH_|^GITHUB_TOKEN|TOKEN|SECRET|PASSW|"
                    r"_KEY$|_KEY_|^KEY$|APIKEY|API_KEY|CREDENTIAL|COOKIE|SESSION|"
                    r"SSH_AUTH_SOCK|^NPM_|^PYPI|^TWINE_|^HF_|^HUGGING|^WANDB_|^DATABASE_URL$)",
                    re.IGNORECASE)


@dataclass
class RunResult:
    events: list[dict[str, Any]] = field(default_factory=list)
    returncode: int | None = None
    timed_out: bool = False
    spawn_error: str | None = None
    stderr_tail: str = ""
    elapsed: float = 0.0


def child_environment(workdir: str) -> dict[str, str]:
    """The parent's environment minus anything that looks like a secret, CPU only."""
    env = {k: v for k, v in os.environ.items() if not SECRET.search(k)}
    env.update({
        "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1",
        "TMPDIR": workdir, "XDG_CACHE_HOME": os.path.join(workdir, ".cache"),
        "TORCH_HOME": os.path.join(workdir, ".torch"), "MPLBACKEND": "Agg",
    })
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONINSPECT", None)
    return env


def _read_events(path: str) -> list[dict[str, Any]]:
    events = []
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    events.append(json.loads(line))
                except ValueError:
                    continue
    except OSError:
        pass
    return events


def _is_ready(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b'"ready"' in head or b'"torch_missing"' in head


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - OUTPUT_TAIL))
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_child(spec: dict[str, Any], python: str, unit_timeout: float) -> RunResult:
    """Run one file's units; `spec` holds path, source, units, sites and loop_cap."""
    workdir = tempfile.mkdtemp(prefix="autograd-lint-confirm-")
    started = time.monotonic()
    try:
        return _run_in(workdir, spec, python, unit_timeout, started)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _run_in(workdir: str, spec: dict[str, Any], python: str, unit_timeout: float,
            started: float) -> RunResult:
    events_path = os.path.join(workdir, ".events.jsonl")
    spec_path = os.path.join(workdir, ".spec.json")
    cpu_limit = int(STARTUP_LIMIT + unit_timeout * len(spec["units"]) + 5)
    full = {**spec, "workdir": workdir, "events": events_path, "unit_timeout": unit_timeout,
            "limits": {"memory": MEMORY_LIMIT, "file_size": FILE_SIZE_LIMIT,
                       "cpu": cpu_limit}}
    with open(spec_path, "w", encoding="utf-8") as handle:
        json.dump(full, handle)
    stdout_path = os.path.join(workdir, ".stdout")
    stderr_path = os.path.join(workdir, ".stderr")
    result = RunResult()
    try:
        with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
            proc = subprocess.Popen([python, str(DRIVER), spec_path], cwd=workdir,
                                    env=child_environment(workdir), stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err, start_new_session=True)
    except OSError as exc:
        result.spawn_error = f"cannot run {python}: {exc.strerror or exc}"
        return result
    deadline = started + STARTUP_LIMIT
    ready = False
    try:
        while True:
            try:
                result.returncode = proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                pass
            if not ready and _is_ready(events_path):
                ready = True
                deadline = time.monotonic() + unit_timeout * len(spec["units"]) + 2.0
            if time.monotonic() > deadline:
                result.timed_out = True
                _kill_group(proc)
                result.returncode = proc.wait()
                break
    finally:
        _kill_group(proc)
        if proc.poll() is None:
            proc.wait()
    result.events = _read_events(events_path)
    result.stderr_tail = _tail(stderr_path)
    result.elapsed = time.monotonic() - started
    return result
