"""The sandbox server and its children: `python driver.py` imports torch once, then forks
one child per file; the child runs that file's instrumented units.

Runs in the user's interpreter (`--python`), which may not have autograd_lint installed, so
it imports only the standard library, torch and its siblings probes.py, grants.py and
confine.py (loaded by path). Each child sets its own limits (memory, file size, CPU,
processes), session, working directory and environment, then the kernel confinement of
confine.py (reported as a `confinement` event), then an audit hook that refuses writes
outside the working directory, new processes and network sockets with a readable reason
(the kernel layers stop native code too, but say only "Permission denied"), arms a
per-unit alarm, and streams JSON-lines events that survive a crash up to the last event.
The parent enforces the wall-clock deadline.
"""

from __future__ import annotations

import builtins
import importlib.util
import json
import os
import select
import signal
import socket
import sys
import tempfile
import traceback
import types
import unittest
from typing import Any

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_PATH_EVENTS = {"os.remove", "os.rename", "os.rmdir", "os.mkdir", "shutil.rmtree",
                "os.chmod", "os.chown", "os.truncate", "os.symlink", "os.link", "os.utime",
                "shutil.copyfile", "shutil.move"}
_NETWORK_EVENTS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_PROCESS_EVENTS = {"subprocess.Popen", "os.system", "os.fork", "os.forkpty", "os.posix_spawn",
                   "os.spawn", "os.exec", "pty.spawn", "os.startfile"}


SIBLINGS = ("probes", "grants", "confine")
"""Loaded once by the server, inherited by every child."""


class UnitTimeout(BaseException):
    """Raised by the alarm; a BaseException so `except Exception` in user code lets it pass."""


class Events:
    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def __call__(self, event: dict[str, Any]) -> None:
        os.write(self.fd, (json.dumps(event, default=str) + "\n").encode("utf-8"))


def _family(number: int) -> str:
    try:
        return socket.AddressFamily(number).name
    except ValueError:
        return f"address family {number}"


def install_guard(workdir: str, emit: Events) -> None:
    """Refuse, at the Python level, writes outside `workdir`, starting processes and
    network connections (connect, bind, sendto: a snippet has no business on the network)."""
    allowed = os.path.realpath(workdir)
    busy = [False]

    def inside(path: Any) -> bool:
        if isinstance(path, int):
            return True
        text = os.fsdecode(path)
        if text in ("/dev/null", "/dev/stdout", "/dev/stderr"):
            return True
        real = os.path.realpath(text)
        return real == allowed or real.startswith(allowed + os.sep)

    def refuse(what: str) -> None:
        emit({"event": "blocked", "what": what[:300]})
        raise PermissionError(f"autograd-lint sandbox: {what} is not allowed")

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if busy[0]:
            return
        busy[0] = True
        try:
            if event == "open" and len(args) >= 3 and args[0] is not None:
                mode, flags = args[1], args[2] or 0
                writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or bool(
                    flags & _WRITE_FLAGS)
                if writing and not inside(args[0]):
                    refuse(f"writing {os.fsdecode(args[0])}")
            elif event in _PATH_EVENTS:
                for path in args[:2]:
                    if isinstance(path, (str, bytes, os.PathLike)) and not inside(path):
                        refuse(f"{event} on {os.fsdecode(path)}")
            elif event in _PROCESS_EVENTS:
                refuse(f"starting a process ({event})")
            elif event == "socket.__new__" and len(args) > 1 and args[1] != socket.AF_UNIX:
                refuse(f"network access (socket.__new__, {_family(args[1])})")
            elif event in _NETWORK_EVENTS:
                refuse(f"network access ({event} to {args[1]!r})"
                       if len(args) > 1 else f"network access ({event})")
        finally:
            busy[0] = False

    sys.addaudithook(hook)


def _running_tasks() -> int:
    count = 0
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return 0
    for pid in pids:
        try:
            count += len(os.listdir(f"/proc/{pid}/task"))
        except OSError:
            continue
    return count


def apply_limits(limits: dict[str, int]) -> None:
    """Address space, file size, CPU seconds, no core dumps, and a process cap.

    RLIMIT_NPROC counts every task of the user (and root is exempt), so it is set just
    above the tasks already running: it stops a fork loop, not the interpreter's threads.
    """
    try:
        import resource
    except ImportError:  # not POSIX: the parent's deadline still applies
        return
    wanted = [("RLIMIT_AS", limits["memory"]), ("RLIMIT_FSIZE", limits["file_size"]),
              ("RLIMIT_CPU", limits["cpu"]), ("RLIMIT_CORE", 0)]
    running = _running_tasks()
    if running:
        wanted.append(("RLIMIT_NPROC", running + 256))
    for name, value in wanted:
        kind = getattr(resource, name, None)
        if kind is None:
            continue
        try:
            _, hard = resource.getrlimit(kind)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(kind, (value, hard))
        except (OSError, ValueError):
            continue


def load_sibling(name: str) -> types.ModuleType:
    """A module of this folder, loaded by path: the user's interpreter may not have
    autograd_lint installed."""
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location(f"_autograd_lint_{name}",
                                                  os.path.join(here, f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def user_lines(tb: Any, path: str) -> list[int]:
    return [frame.lineno or 0 for frame in traceback.extract_tb(tb) if frame.filename == path]


def outcome_of(exc: BaseException, path: str, clean: Any) -> dict[str, Any]:
    if isinstance(exc, UnitTimeout):
        return {"status": "timeout"}
    if isinstance(exc, SystemExit):
        code = exc.code
        return {"status": "exit", "code": code if isinstance(code, int) or code is None
                else str(code)}
    return {"status": "exception", "type": type(exc).__name__,
            "message": clean(str(exc)), "errno": getattr(exc, "errno", None),
            "lines": user_lines(exc.__traceback__, path)}


def run_function(module: types.ModuleType, unit: dict[str, Any]) -> None:
    owner: Any = module
    if unit.get("cls"):
        cls = getattr(module, unit["cls"])
        if isinstance(cls, type) and issubclass(cls, unittest.TestCase):
            case = cls(unit["func"])
            case.setUp()
            try:
                getattr(case, unit["func"])()
            finally:
                case.tearDown()
            return
        owner = cls()
    getattr(owner, unit["func"])()


def run_units(spec: dict[str, Any], probes_module: types.ModuleType, emit: Events) -> None:
    """Run every unit of one file in this (forked, limited) process, reporting each end."""
    path: str = spec["path"]
    install_guard(spec["workdir"], emit)
    probes = probes_module.Probes(emit, {int(k): v for k, v in spec["sites"].items()},
                                  spec["loop_cap"])
    probes.install()
    builtins.__agl__ = probes  # type: ignore[attr-defined]
    code = compile(spec["source"], path, "exec")

    def alarm(signum: int, frame: Any) -> None:
        raise UnitTimeout()

    signal.signal(signal.SIGALRM, alarm)
    imported: types.ModuleType | None = None
    for unit in spec["units"]:
        emit({"event": "unit_start", "unit": unit["id"]})
        signal.setitimer(signal.ITIMER_REAL, spec["unit_timeout"])
        try:
            if unit["kind"] == "script":
                module = types.ModuleType("__main__")
                module.__file__ = path
                sys.modules["__main__"] = module
                exec(code, module.__dict__)
            else:
                if imported is None:
                    imported = types.ModuleType("__autograd_lint_unit__")
                    imported.__file__ = path
                    sys.modules[imported.__name__] = imported
                    exec(code, imported.__dict__)
                run_function(imported, unit)
            signal.setitimer(signal.ITIMER_REAL, 0)
            outcome: dict[str, Any] = {"status": "ok"}
        except BaseException as exc:  # noqa: BLE001 - the user's code may raise anything
            signal.setitimer(signal.ITIMER_REAL, 0)
            outcome = outcome_of(exc, path, probes_module.clean_message)
        try:
            probes.finish()
        except Exception:  # noqa: BLE001 - bookkeeping must not hide the unit's outcome
            pass
        emit({"event": "unit_end", "unit": unit["id"], "outcome": outcome})
    emit({"event": "done"})


def confine(spec: dict[str, Any], modules: dict[str, types.ModuleType], emit: Events) -> None:
    """The kernel layers (confine.py) over the paths grants.py allows; reported as an
    event, layer by layer, whatever the kernel offers."""
    try:
        grants = modules["grants"].grants_for(spec["workdir"], spec["path"],
                                              spec["protected"])
        report = modules["confine"].confine(grants.reads, grants.listed, grants.writes,
                                            use_landlock=spec["landlock"]).to_dict()
    except Exception as exc:  # noqa: BLE001 - e.g. no ctypes in the user's interpreter
        report = {"applied": [], "missing": [f"kernel confinement: {type(exc).__name__}: "
                                             f"{exc}"[:300]]}
    emit({"event": "confinement", **report})


def child_main(spec_path: str, modules: dict[str, types.ModuleType]) -> None:
    """In the forked child: own session, own files and directory, limits, kernel
    confinement, then the units."""
    os.setsid()
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(os.open(spec["stdout"], flags, 0o600), 1)
    os.dup2(os.open(spec["stderr"], flags, 0o600), 2)
    os.chdir(spec["workdir"])
    os.environ.update(spec["env"])
    tempfile.tempdir = spec["workdir"]  # the server may have cached its own
    apply_limits(spec["limits"])
    emit = Events(spec["events"])
    confine(spec, modules, emit)
    sys.path.insert(0, os.path.dirname(os.path.abspath(spec["path"])))
    run_units(spec, modules["probes"], emit)


def _reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _reap(children: set[int]) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        children.discard(pid)
        _reply({"pid": pid, "status": status})


def serve(preload: list[str]) -> None:
    """The sandbox server: import torch once, then fork one limited child per request.

    Protocol, JSON lines: stdin gets {"id", "spec"}; stdout says {"ready": true} (or
    {"torch_missing": why}) once, {"id", "pid"} per request, {"pid", "status"} per exit.
    Forking after `import torch` costs milliseconds where a fresh interpreter costs seconds.
    `preload` names modules to import up front too (torch._dynamo: optimizers import it
    on their first step, which costs seconds in every child otherwise).
    """
    sys.path.pop(0)
    try:
        import torch  # noqa: F401 - imported once, inherited by every child
    except BaseException as exc:  # noqa: BLE001 - report any failure to import
        _reply({"torch_missing": f"{type(exc).__name__}: {exc}"[:300]})
        return
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a speed-up only; the child imports it if needed
            continue
    modules = {name: load_sibling(name) for name in SIBLINGS}
    _reply({"ready": True})
    children: set[int] = set()
    buffer = b""
    while True:
        readable, _, _ = select.select([0], [], [], 0.05)
        _reap(children)
        if not readable:
            continue
        chunk = os.read(0, 65536)
        if not chunk:
            break
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            request = json.loads(line)
            pid = os.fork()
            if pid == 0:
                try:
                    child_main(request["spec"], modules)
                finally:
                    os._exit(0)
            children.add(pid)
            _reply({"id": request["id"], "pid": pid})
    for pid in children:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            continue


if __name__ == "__main__":
    serve(sys.argv[1:])
