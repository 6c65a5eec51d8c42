"""The sandbox: run each file's units in a separate, limited process and collect its events.

What it is, honestly: a child process of the chosen interpreter (forked from a server that
imported torch once), in its own session and a fresh temporary working directory, with
stdin from /dev/null, a stripped environment (no secret-looking variables, no GPU),
resource limits (address space, file size, CPU time, core dumps, processes where the kernel
applies them), a wall-clock deadline enforced by killing the
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
import threading
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
    """The parent's environment minus anything that looks like a secret, CPU only.

    HOME is the working directory, so `~/.ssh`, `~/.aws` or `~/.netrc` lookups find
    nothing (an absolute path to the real home is still readable: reads are not blocked).
    """
    env = {k: v for k, v in os.environ.items() if not SECRET.search(k)}
    env.update({
        "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1",
        "TMPDIR": workdir, "HOME": workdir, "XDG_CACHE_HOME": os.path.join(workdir, ".cache"),
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


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - OUTPUT_TAIL))
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class Sandbox:
    """One sandbox server (child/driver.py) for a batch of files; thread-safe `run`.

    The server imports torch once and forks a limited child per file, so a file costs a
    fork, not an interpreter start. Use as a context manager; `close` stops the server.
    """

    def __init__(self, python: str, preload: tuple[str, ...] = ()) -> None:
        self.python = python
        self.error: str | None = None
        self.torch_missing: str | None = None
        self._lock = threading.Lock()
        self._changed = threading.Condition()
        self._replies: dict[int, dict[str, Any]] = {}
        self._exits: dict[int, int] = {}
        self._next_id = 0
        self._alive = False
        self._home = tempfile.mkdtemp(prefix="autograd-lint-sandbox-")
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [python, str(DRIVER), *preload], cwd=self._home, env=child_environment(self._home),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                start_new_session=True)
        except OSError as exc:
            self._proc = None
            self.error = f"cannot run {python}: {exc.strerror or exc}"
            return
        self._alive = True
        threading.Thread(target=self._read, daemon=True).start()
        with self._changed:
            self._changed.wait_for(lambda: not self._alive or 0 in self._replies,
                                   timeout=STARTUP_LIMIT)
            first = self._replies.get(0)
        if first is None:
            self.error = (f"{python} did not start the sandbox" if not self._alive else
                          f"{python} took more than {STARTUP_LIMIT:g} s to import torch")
        elif "torch_missing" in first:
            self.torch_missing = first["torch_missing"]

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for raw in self._proc.stdout:
            try:
                message = json.loads(raw)
            except ValueError:
                continue
            with self._changed:
                if "status" in message:
                    self._exits[message["pid"]] = message["status"]
                else:
                    self._replies[message.get("id", 0)] = message
                self._changed.notify_all()
        with self._changed:
            self._alive = False
            self._changed.notify_all()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._proc is not None:
            try:
                assert self._proc.stdin is not None
                self._proc.stdin.close()
                self._proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                _kill_group(self._proc.pid)
                self._proc.wait()
            self._proc = None
        shutil.rmtree(self._home, ignore_errors=True)

    def run(self, spec: dict[str, Any], unit_timeout: float) -> RunResult:
        """Run one file's units (spec: path, source, units, sites, loop_cap)."""
        if self.error:
            return RunResult(spawn_error=self.error)
        if self.torch_missing is not None:
            return RunResult(events=[{"event": "torch_missing", "error": self.torch_missing}])
        workdir = tempfile.mkdtemp(prefix="autograd-lint-confirm-")
        try:
            return self._run_in(workdir, spec, unit_timeout)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _run_in(self, workdir: str, spec: dict[str, Any], unit_timeout: float) -> RunResult:
        started = time.monotonic()
        files = {name: os.path.join(workdir, f".{name}") for name in
                 ("events", "stdout", "stderr", "spec")}
        budget = unit_timeout * max(1, len(spec["units"]))
        full = {**spec, "workdir": workdir, "events": files["events"],
                "stdout": files["stdout"], "stderr": files["stderr"],
                "unit_timeout": unit_timeout, "env": child_environment(workdir),
                "limits": {"memory": MEMORY_LIMIT, "file_size": FILE_SIZE_LIMIT,
                           "cpu": int(budget + 5)}}
        with open(files["spec"], "w", encoding="utf-8") as handle:
            json.dump(full, handle)
        pid = self._start(files["spec"])
        result = RunResult()
        if pid is None:
            return RunResult(spawn_error="the sandbox server stopped")
        deadline = time.monotonic() + budget + 2.0
        with self._changed:
            self._changed.wait_for(lambda: pid in self._exits or not self._alive,
                                   timeout=max(0.0, deadline - time.monotonic()))
            status = self._exits.get(pid)
        if status is None and not self._alive:
            _kill_group(pid)
            return RunResult(spawn_error="the sandbox server stopped")
        if status is None:
            result.timed_out = True
            _kill_group(pid)
            with self._changed:
                self._changed.wait_for(lambda: pid in self._exits or not self._alive,
                                       timeout=10)
                status = self._exits.get(pid)
        _kill_group(pid)
        result.returncode = os.waitstatus_to_exitcode(status) if status is not None else None
        result.events = _read_events(files["events"])
        result.stderr_tail = _tail(files["stderr"])
        result.elapsed = time.monotonic() - started
        return result

    def _start(self, spec_path: str) -> int | None:
        with self._lock:
            self._next_id += 1
            request_id = self._next_id
            try:
                assert self._proc is not None and self._proc.stdin is not None
                self._proc.stdin.write((json.dumps({"id": request_id, "spec": spec_path})
                                        + "\n").encode())
                self._proc.stdin.flush()
            except (OSError, AssertionError):
                return None
        with self._changed:
            self._changed.wait_for(lambda: request_id in self._replies or not self._alive,
                                   timeout=30)
            reply = self._replies.get(request_id)
        return reply.get("pid") if reply else None
