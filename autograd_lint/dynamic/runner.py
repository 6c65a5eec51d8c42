"""The sandbox: run each file's units in a separate, limited process and collect its events.

What it is, honestly: a child process of the chosen interpreter (forked from a server that
imported torch once), in its own session and a fresh temporary working directory, with
stdin from /dev/null, a stripped environment (no secret-looking variables, no GPU),
resource limits (address space, file size, CPU time, core dumps, processes), a wall-clock
deadline enforced by killing the whole process group, a Python audit hook with readable
refusals, and kernel-enforced confinement that native code cannot get around (child/
confine.py: no capabilities, Landlock, seccomp) as far as the kernel offers it. What was
in force is reported (`Sandbox.protection`). It is not a VM or a container.
"""

from __future__ import annotations

import json
import os
import pwd
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

from autograd_lint.dynamic import undumpable

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
    confinement: dict[str, list[str]] | None = None
    """The child's report: kernel layers applied and missing (child/confine.py)."""


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


def homes() -> list[str]:
    """The user's home directories, which a child may never read: `$HOME` and the
    password database's entry (they differ under sudo, for instance)."""
    found = [os.path.expanduser("~")]
    try:
        found.append(pwd.getpwuid(os.getuid()).pw_dir)
    except KeyError:
        pass
    return found


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

    def __init__(self, python: str, preload: tuple[str, ...] = (),
                 landlock: bool = True) -> None:
        """`landlock=False` leaves Landlock out even where the kernel has it: the fallback
        layers alone, as on an older kernel (used by the tests)."""
        self.python = python
        self.landlock = landlock
        self.parent_undumpable = undumpable.hold()
        """This process was not dumpable while the sandbox was open (see undumpable.py)."""
        self._holding = self.parent_undumpable
        self._applied: list[str] | None = None
        self._missing: list[str] = []
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
        if self._holding:
            undumpable.release()
            self._holding = False

    @property
    def protection(self) -> str | None:
        """What confined the children that ran, in words; None if none ran.

        A layer counts as in force only if every child had it; anything a child lacked is
        listed after "NOT in force" with the kernel's reason.
        """
        if self._applied is None:
            return None
        applied = ["rlimits", "audit hook", *self._applied]
        if self.parent_undumpable:
            applied.append("parent not dumpable")
        text = "sandbox: " + "; ".join(applied)
        if self._missing:
            text += ". NOT in force: " + "; ".join(self._missing)
        return text

    def _record(self, confinement: dict[str, list[str]] | None) -> None:
        if confinement is None:
            return
        with self._lock:
            applied = confinement.get("applied", [])
            self._applied = applied if self._applied is None else [
                layer for layer in self._applied if layer in applied]
            self._missing += [m for m in confinement.get("missing", [])
                              if m not in self._missing]

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
                "protected": homes(), "landlock": self.landlock,
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
        result.confinement = next((e for e in result.events
                                   if e.get("event") == "confinement"), None)
        self._record(result.confinement)
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
