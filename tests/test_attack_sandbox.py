"""The dynamic sandbox under attack (issue 8), through its public interfaces.

What the sandbox promises, and exactly what these tests check (docs/reliability.md has
the table). Python-level attacks are refused by the audit hook with a readable reason;
the same attacks through native code (ctypes calls into libc, which no audit hook sees)
are refused by the kernel layers of autograd_lint/dynamic/child/confine.py:

* secrets on disk: `~` is the child's empty working directory; with Landlock, absolute
  paths to the user's home (`~/.ssh/id_rsa`, `~/.aws/credentials`), `/etc/shadow` and
  the hidden entries next to the snippet (`.env`) cannot be read, by Python or by libc;
* secrets in the environment: not in the child's `os.environ` or /proc/self/environ,
  and `/proc/<pid>/environ` of the autograd-lint process and every other ancestor cannot
  be read (with Landlock and in the fallback without it: tests/test_dynamic_sandbox.py);
* network: sockets are refused (hook: `socket.__new__`; seccomp: socket(2) of any
  family); a listener on 127.0.0.1 sees nothing;
* processes: `subprocess` is refused at the first attempt; 1,000 native posix_spawn and
  fork calls all fail (seccomp), no process is left behind;
* files: writing 10 GB stops at the file-size limit; 13 Python and 7 native ways of
  changing something outside the working directory all fail, and nothing outside changes;
* signals: with Landlock ABI >= 6, no signal reaches a process outside the sandbox.

Every snippet ends in a vector `backward()` flagged by AGL002. A snippet that checks the
sandbox from the inside reaches it only if all its checks held (verdict `confirmed`); an
attack that is cut off ends `inconclusive` with the reason. The instrumentation caps
`for`/`while` statements at 3 iterations, so attacks loop in comprehensions and `map`,
which are not capped, to really reach 1,000 processes and 10 GB. All snippets share one
sandbox server (one torch import), as `--confirm` does for a batch of files.
"""

from __future__ import annotations

import os
import socket
import textwrap
from pathlib import Path

import pytest

from autograd_lint.dynamic import confirm_many
from autograd_lint.dynamic.child import confine
from autograd_lint.finding import Finding

SECRET = "aws-secret-never-in-the-child"
SLEEP_MARK = "73.25"  # argument of the `sleep` processes a snippet starts
TAIL = "y = torch.ones(3, requires_grad=True) * 2\ny.backward()\n"
LANDLOCK_ABI = confine.landlock_abi()
"""This kernel's Landlock ABI (an int), or why it has none (a str)."""
REFUSED = '''
def refused(attempt):
    """True if the attempt raised PermissionError (EACCES or EPERM)."""
    try:
        attempt()
    except PermissionError:
        return True
    return False


def failed(result):
    """True if a libc call returned -1 with EACCES or EPERM."""
    return result == -1 and ctypes.get_errno() in (errno.EACCES, errno.EPERM)
'''


def _snippet(body: str) -> str:
    return ("import ctypes\nimport errno\nimport os\nimport torch\n"
            "libc = ctypes.CDLL(None, use_errno=True)\n" + REFUSED + "\n"
            + textwrap.dedent(body).strip("\n") + "\n" + TAIL)


def _finding(path: str, source: str) -> Finding:
    line = source.splitlines().index("y.backward()") + 1
    return Finding("AGL002", "nonscalar-backward", "error", "m", path, line, 1, line, 13)


def _line_of(source: str, text: str) -> int:
    return next(n for n, line in enumerate(source.splitlines(), 1) if text in line)


def _sleepers() -> list[str]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if cmdline[:1] in ([b"sleep"], [b"/bin/sleep"]) and SLEEP_MARK.encode() in cmdline:
            found.append(pid)
    return found


def _tree(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every path under root with its mode, mtime and content: any change shows."""
    state = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else b""
        state[str(path.relative_to(root))] = (info.st_mode, info.st_mtime_ns, content)
    return state


def _snippets(home: Path, outside: Path, port: int) -> dict[str, str]:
    key = str(home / ".ssh" / "id_rsa")
    native_outside = outside.parent / "outside_native"
    keep = str(native_outside / "keep.txt")
    return {
        "ssh_home": _snippet("""
            assert os.environ["HOME"] == os.getcwd(), os.environ["HOME"]
            assert not os.path.exists(os.path.expanduser("~/.ssh/id_rsa"))
            assert not os.path.exists(os.path.expanduser("~/.aws/credentials"))
            """),
        "ssh_absolute": _snippet(f"""
            here = os.path.dirname(__file__)
            attempts = [
                lambda: open({key!r}).read(),
                lambda: open({str(home / ".aws" / "credentials")!r}).read(),
                lambda: os.listdir({str(home)!r}),
                lambda: open(os.path.join(here, ".env")).read(),
            ]
            if os.path.exists("/etc/shadow"):
                attempts.append(lambda: open("/etc/shadow").read())
            readable = [index for index, ok in enumerate(map(refused, attempts)) if not ok]
            assert readable == [], readable
            assert failed(libc.open({key.encode()!r}, os.O_RDONLY))  # native code: same
            with open(os.path.join(here, "notes.txt")) as handle:  # visible neighbours: fine
                assert handle.read() == "visible"
            """),
        "ssh_plain": _snippet(f"""
            print(open({key!r}).read())
            """),
        "env_secret": _snippet(f"""
            assert "AWS_SECRET_ACCESS_KEY" not in os.environ
            assert {SECRET!r} not in repr(dict(os.environ))
            with open("/proc/self/environ", "rb") as handle:
                assert {SECRET!r}.encode() not in handle.read()
            """),
        "loopback_socket": _snippet(f"""
            import socket
            connection = socket.create_connection(("127.0.0.1", {port}), timeout=5)
            connection.sendall(b"escaped")
            """),
        "network_native": _snippet("""
            import socket
            kinds = [(socket.AF_INET, socket.SOCK_STREAM), (socket.AF_INET, socket.SOCK_DGRAM),
                     (socket.AF_INET6, socket.SOCK_STREAM), (socket.AF_UNIX, socket.SOCK_STREAM),
                     (socket.AF_NETLINK, socket.SOCK_RAW)]
            opened = [libc.socket(family, kind, 0) for family, kind in kinds]
            assert opened == [-1] * len(kinds), opened
            """),
        "spawn_python": _snippet(f"""
            import subprocess
            children = [subprocess.Popen(["sleep", "{SLEEP_MARK}"]) for _ in range(1000)]
            """),
        "spawn_native": _snippet(f"""
            argv = (ctypes.c_char_p * 3)(b"sleep", b"{SLEEP_MARK}", None)
            environ = (ctypes.c_char_p * 1)(None)

            def spawn_sleeper(_):  # glibc's posix_spawn: clone + exec, no audit event
                pid = ctypes.c_int()
                return libc.posix_spawn(ctypes.byref(pid), b"/bin/sleep", None, None, argv,
                                        environ)

            def fork_once(_):
                pid = libc.fork()
                if pid == 0:  # a child, if one were ever made, ends at once: bounded
                    libc._exit(0)
                return pid

            spawned = list(map(spawn_sleeper, range(1000)))
            forked = list(map(fork_once, range(1000)))
            assert spawned.count(0) == 0 and forked.count(-1) == 1000, (spawned[:3], forked[:3])
            """),
        "write_10gb": _snippet("""
            import itertools
            chunk = b"\\0" * (1024 * 1024)
            with open("big.bin", "wb") as handle:
                handle.writelines(itertools.repeat(chunk, 10 * 1024))  # 10 GiB
            """),
        "write_outside": _snippet(f"""
            import pathlib
            import shutil
            outside = {str(outside)!r}
            attempts = [
                lambda: open(os.path.join(outside, "new.txt"), "w"),
                lambda: open(os.path.join(outside, "keep.txt"), "a"),
                lambda: os.open(os.path.join(outside, "keep.txt"), os.O_WRONLY | os.O_TRUNC),
                lambda: pathlib.Path(outside, "keep.txt").write_text("overwritten"),
                lambda: os.remove(os.path.join(outside, "keep.txt")),
                lambda: os.rename(os.path.join(outside, "keep.txt"), "stolen.txt"),
                lambda: os.rename("inside.txt", os.path.join(outside, "planted.txt")),
                lambda: os.mkdir(os.path.join(outside, "made")),
                lambda: os.chmod(os.path.join(outside, "keep.txt"), 0o777),
                lambda: os.truncate(os.path.join(outside, "keep.txt"), 0),
                lambda: shutil.rmtree(outside),
                lambda: os.symlink(os.path.join(outside, "keep.txt"), "link.txt"),
                lambda: open(os.path.join("..", os.path.basename(outside), "x"), "w"),
            ]
            with open("inside.txt", "w") as handle:
                handle.write("writing inside the working directory is fine")
            allowed = [index for index, ok in enumerate(map(refused, attempts)) if not ok]
            assert allowed == [], allowed
            """),
        "write_outside_native": _snippet(f"""
            keep, outside = {keep.encode()!r}, {str(native_outside).encode()!r}
            with open("inside.txt", "w") as handle:
                handle.write("inside")
            calls = [
                lambda: libc.open(outside + b"/new.txt", os.O_WRONLY | os.O_CREAT, 0o644),
                lambda: libc.open(keep, os.O_WRONLY | os.O_TRUNC),
                lambda: libc.unlink(keep),
                lambda: libc.rename(b"inside.txt", outside + b"/planted.txt"),
                lambda: libc.mkdir(outside + b"/made", 0o755),
                lambda: libc.truncate(keep, ctypes.c_long(0)),
                lambda: libc.symlink(b"/etc/passwd", outside + b"/link"),
            ]
            succeeded = [index for index, call in enumerate(calls) if not failed(call())]
            assert succeeded == [], succeeded
            """),
        "signal_outside": _snippet(f"""
            parents = [os.getppid(), {os.getpid()}]  # the sandbox server, this test process
            sent = [pid for pid in parents if not refused(lambda: os.kill(pid, 0))]
            assert sent == [], sent
            """),
    }


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    """Run every snippet once, with a fake HOME holding a key and a secret in the env."""
    base = tmp_path_factory.mktemp("sandbox-attack")
    home = base / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text("FAKE PRIVATE KEY\n")
    (home / ".aws").mkdir()
    (home / ".aws" / "credentials").write_text(f"aws_secret_access_key = {SECRET}\n")
    outside = base / "outside"
    for folder in (outside, base / "outside_native"):
        folder.mkdir()
        (folder / "keep.txt").write_text("untouched\n")
    code = base / "code"
    code.mkdir()
    (code / ".env").write_text(f"AWS_SECRET_ACCESS_KEY={SECRET}\n")
    (code / "notes.txt").write_text("visible")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    snippets = _snippets(home, outside, port)
    files = []
    for name, source in snippets.items():
        path = code / f"{name}.py"
        path.write_text(source)
        files.append((str(path), source, [_finding(str(path), source)]))
    watched = [outside, home, code]
    if isinstance(LANDLOCK_ABI, int):  # without it native writes do land (see the test)
        watched.append(base / "outside_native")
    before = {root: _tree(root) for root in watched}

    protection: list[str] = []
    patch = pytest.MonkeyPatch()
    patch.setenv("HOME", str(home))
    patch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    try:
        results = confirm_many(files, timeout=20, on_protection=protection.append)
    finally:
        patch.undo()
    try:
        connected = listener.accept()[0]
        connected.close()
        reached = True
    except BlockingIOError:
        reached = False
    listener.close()
    by_name = {Path(path).stem: result.confirmation for (path, _, _), [result]
               in zip(files, results, strict=True)}
    yield {"by_name": by_name, "snippets": snippets, "protection": protection, "home": home,
           "before": before, "after": {root: _tree(root) for root in before},
           "listener_reached": reached, "sleepers": _sleepers()}


def _verdict(verdicts, name: str) -> tuple[str, str]:
    confirmation = verdicts["by_name"][name]
    return confirmation.status, confirmation.evidence


def test_the_protection_in_force_is_reported(verdicts):
    """One report for the batch; Landlock is in it exactly when this kernel offers it."""
    [protection] = verdicts["protection"]
    assert protection.startswith("sandbox: rlimits; audit hook; no capabilities; "), protection
    assert "seccomp (no processes, no exec, no sockets, no ptrace)" in protection
    if isinstance(LANDLOCK_ABI, int):
        assert f"Landlock ABI {LANDLOCK_ABI} (reads limited" in protection
        if LANDLOCK_ABI >= 6:
            assert "NOT in force" not in protection
        else:
            assert "NOT in force: no signals outside (needs Landlock ABI 6" in protection
    else:
        assert f"NOT in force: {LANDLOCK_ABI}" in protection


def test_parent_home_secrets_are_not_found_under_home(verdicts):
    assert _verdict(verdicts, "ssh_home")[0] == "confirmed", _verdict(verdicts, "ssh_home")


def test_home_and_hidden_files_cannot_be_read_by_absolute_path(verdicts):
    """Python and libc reads of ~/.ssh/id_rsa, ~/.aws/credentials, /etc/shadow and the
    `.env` next to the snippet all fail; a visible neighbour of the snippet is readable."""
    status, evidence = _verdict(verdicts, "ssh_absolute")
    if isinstance(LANDLOCK_ABI, int):
        assert status == "confirmed", evidence
    else:  # without Landlock reads are not restricted, and the report says so (above)
        assert status == "inconclusive", evidence


def test_a_read_the_kernel_refuses_is_reported_as_blocked(verdicts):
    status, evidence = _verdict(verdicts, "ssh_plain")
    if not isinstance(LANDLOCK_ABI, int):
        assert status == "confirmed", evidence  # the read succeeded: nothing to report
        return
    line = _line_of(verdicts["snippets"]["ssh_plain"], "print(open(")
    key = verdicts["home"] / ".ssh" / "id_rsa"
    assert (status, evidence) == ("inconclusive", (
        f"not reached: blocked by the sandbox (kernel) at line {line}: PermissionError: "
        f"[Errno 13] Permission denied: '{key}'"))


def test_aws_secret_in_the_parent_does_not_reach_the_child(verdicts):
    status, evidence = _verdict(verdicts, "env_secret")
    assert status == "confirmed", evidence
    assert SECRET not in evidence


def test_loopback_connection_is_refused_and_the_listener_sees_nothing(verdicts):
    status, evidence = _verdict(verdicts, "loopback_socket")
    line = _line_of(verdicts["snippets"]["loopback_socket"], "create_connection")
    assert status == "inconclusive"
    assert evidence == (f"not reached: blocked by the sandbox at line {line}: network "
                        f"access (socket.__new__, AF_INET)"), evidence
    assert verdicts["listener_reached"] is False


def test_native_code_cannot_open_a_socket_of_any_family(verdicts):
    status, evidence = _verdict(verdicts, "network_native")
    assert status == "confirmed", evidence


def test_spawning_processes_from_python_is_refused_at_the_first_attempt(verdicts):
    status, evidence = _verdict(verdicts, "spawn_python")
    line = _line_of(verdicts["snippets"]["spawn_python"], "subprocess.Popen")
    assert status == "inconclusive"
    assert evidence.startswith(f"not reached: blocked by the sandbox at line {line}: "
                               f"starting a process"), evidence


def test_native_code_cannot_start_processes(verdicts):
    """1,000 posix_spawn and 1,000 fork calls through ctypes, past the audit hook: every
    one fails (seccomp), and no process is left behind."""
    status, evidence = _verdict(verdicts, "spawn_native")
    assert status == "confirmed", evidence
    assert verdicts["sleepers"] == []


def test_writing_10_gb_stops_at_the_file_size_limit(verdicts):
    status, evidence = _verdict(verdicts, "write_10gb")
    assert status == "inconclusive"
    assert "output limit hit" in evidence, evidence


def test_python_cannot_change_anything_outside_the_working_directory(verdicts):
    status, evidence = _verdict(verdicts, "write_outside")
    assert status == "confirmed", evidence  # reached only if all 13 attempts were refused


def test_native_code_cannot_change_anything_outside_the_working_directory(verdicts):
    status, evidence = _verdict(verdicts, "write_outside_native")
    if isinstance(LANDLOCK_ABI, int):
        assert status == "confirmed", evidence  # reached only if all 7 calls failed
    else:  # the audit hook does not see libc; only Landlock stops these
        assert status == "inconclusive", evidence


def test_nothing_outside_the_working_directory_changed(verdicts):
    """The outside folders, the fake home and the snippets' folder, byte for byte."""
    assert verdicts["after"] == verdicts["before"]


def test_no_signal_reaches_a_process_outside_the_sandbox(verdicts):
    status, evidence = _verdict(verdicts, "signal_outside")
    if isinstance(LANDLOCK_ABI, int) and LANDLOCK_ABI >= 6:
        assert status == "confirmed", evidence
    else:  # signal scoping arrived with Landlock ABI 6 (Linux 6.12)
        assert status == "inconclusive", evidence
