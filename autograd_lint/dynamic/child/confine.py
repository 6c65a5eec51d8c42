"""Kernel-enforced confinement of one sandbox child, applied after fork, before user code.

The audit hook in driver.py speaks to Python code only; ctypes and C extensions go past
it. These layers are enforced by the Linux kernel, so they hold for native code too:

* **no new privileges, no capabilities** (`PR_SET_NO_NEW_PRIVS`, every capability
  dropped from the effective, permitted, inheritable, ambient and bounding sets): as root
  the child loses what makes root different (reading any file, ptrace, mounting, modules);
* **Landlock** (Linux >= 5.13): files may be read only under the paths the driver grants
  (the interpreter, its libraries, the snippet's folder without hidden entries, the
  working directory), written only in the working directory, executed nowhere. Landlock
  also forbids ptrace-style access to every process outside the sandbox, which is what
  keeps `/proc/<pid>/environ` and `/proc/<pid>/mem` of the parent closed, even to root.
  ABI >= 4: no TCP bind or connect; ABI >= 6: no signals to, and no abstract UNIX sockets
  of, processes outside the sandbox;
* **seccomp**: no new processes (fork, vfork, clone without CLONE_THREAD; clone3 answers
  ENOSYS so the C library falls back to clone), no exec, no sockets (socketpair stays),
  no ptrace, no process_vm_readv/writev, no kernel keyrings, no io_uring, no namespaces.

Every layer the kernel lacks is reported by name with the reason, never skipped silently:
`confine` returns what is in force and what is not. Runs in the user's interpreter, so it
uses the standard library and ctypes only.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

# prctl(2)
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
PR_CAPBSET_DROP = 24
PR_CAP_AMBIENT = 47
PR_CAP_AMBIENT_CLEAR_ALL = 4
SECCOMP_MODE_FILTER = 2

# Landlock (include/uapi/linux/landlock.h); the syscall numbers are the same on every arch.
SYS_LANDLOCK_CREATE_RULESET = 444
SYS_LANDLOCK_ADD_RULE = 445
SYS_LANDLOCK_RESTRICT_SELF = 446
LANDLOCK_CREATE_RULESET_VERSION = 1
LANDLOCK_RULE_PATH_BENEATH = 1
FS_EXECUTE = 1 << 0
FS_WRITE_FILE = 1 << 1
FS_READ_FILE = 1 << 2
FS_READ_DIR = 1 << 3
FS_REFER = 1 << 13  # ABI 2
FS_TRUNCATE = 1 << 14  # ABI 3
NET_BIND_TCP = 1 << 0  # ABI 4
NET_CONNECT_TCP = 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
SCOPE_SIGNAL = 1 << 1
READ = FS_READ_FILE | FS_READ_DIR
FILE_RIGHTS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE
"""The only rights a rule on a regular file (not a directory) may carry."""

# seccomp BPF (include/uapi/linux/filter.h, seccomp.h, audit.h)
BPF_LD_W_ABS = 0x20
BPF_JEQ_K = 0x15
BPF_JGE_K = 0x35
BPF_JSET_K = 0x45
BPF_RET_K = 0x06
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
CLONE_THREAD = 0x00010000
X32_SYSCALL_BIT = 0x40000000

_DENIED = ("fork", "vfork", "execve", "execveat", "socket", "ptrace", "process_vm_readv",
           "process_vm_writev", "keyctl", "add_key", "request_key", "io_uring_setup",
           "unshare", "setns", "userfaultfd", "bpf", "perf_event_open")
"""Refused with EPERM: new processes and programs, network sockets, reading other
processes, the kernel keyrings (secrets of the same user), io_uring (its socket and open
operations would not pass through this filter), namespaces and kernel tracing."""

_ARCHES: dict[str, tuple[int, dict[str, int]]] = {
    "x86_64": (0xC000003E, {
        "clone": 56, "clone3": 435, "fork": 57, "vfork": 58, "execve": 59, "execveat": 322,
        "socket": 41, "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311,
        "keyctl": 250, "add_key": 248, "request_key": 249, "io_uring_setup": 425,
        "unshare": 272, "setns": 308, "userfaultfd": 323, "bpf": 321,
        "perf_event_open": 298}),
    "aarch64": (0xC00000B7, {
        "clone": 220, "clone3": 435, "execve": 221, "execveat": 281, "socket": 198,
        "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "keyctl": 219,
        "add_key": 217, "request_key": 218, "io_uring_setup": 425, "unshare": 97,
        "setns": 268, "userfaultfd": 282, "bpf": 280, "perf_event_open": 241}),
}


@dataclass
class Report:
    """What is in force in this child, and what is not (with the kernel's reason)."""

    applied: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, list[str]]:
        return {"applied": self.applied, "missing": self.missing}


class _LandlockRulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64),
                ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8),
                ("k", ctypes.c_uint32)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


_libc = ctypes.CDLL(None, use_errno=True)  # prctl, capset, syscall: looked up on first use


def _failure(what: str) -> str:
    code = ctypes.get_errno()
    return f"{what}: {errno.errorcode.get(code, code)} ({os.strerror(code)})"


def _prctl(option: int, arg: int = 0, arg3: int = 0) -> bool:
    return _libc.prctl(ctypes.c_int(option), ctypes.c_ulong(arg), ctypes.c_ulong(arg3),
                       ctypes.c_ulong(0), ctypes.c_ulong(0)) == 0


def _syscall(number: int, *args: object) -> int:
    _libc.syscall.restype = ctypes.c_long
    return int(_libc.syscall(ctypes.c_long(number), *args))


def landlock_abi() -> int | str:
    """The kernel's Landlock ABI version, or why there is none."""
    if not sys.platform.startswith("linux"):
        return f"Landlock not available on {sys.platform}"
    version = _syscall(SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0),
                       ctypes.c_long(LANDLOCK_CREATE_RULESET_VERSION))
    if version < 0:
        return _failure(f"Landlock not available on Linux {platform.release()}")
    return int(version)


def _drop_capabilities(report: Report) -> None:
    """Empty every capability set. Matters as root; a no-op for anyone else."""
    try:
        with open("/proc/sys/kernel/cap_last_cap") as handle:
            last = int(handle.read())
    except (OSError, ValueError):
        last = 63
    for cap in range(last + 1):
        _prctl(PR_CAPBSET_DROP, cap)  # fails without CAP_SETPCAP: then the set is empty
    _prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL)
    header = struct.pack("Ii", 0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this thread
    data = bytes(24)  # two {effective, permitted, inheritable} triples, all empty
    if _libc.capset(header, data) != 0:
        report.missing.append(_failure("dropping capabilities"))
    else:
        report.applied.append("no capabilities")


def _path_fd(path: str) -> int | None:
    try:
        return os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return None


def _add_rule(ruleset: int, path: str, access: int) -> None:
    """Grant `access` beneath `path` (or on the file itself); a missing path is skipped."""
    fd = _path_fd(path)
    if fd is None:
        return
    try:
        if not os.path.isdir(f"/proc/self/fd/{fd}"):
            access &= FILE_RIGHTS
        rule = struct.pack("=Qi", access, fd)  # struct landlock_path_beneath_attr, packed
        _syscall(SYS_LANDLOCK_ADD_RULE, ctypes.c_long(ruleset),
                 ctypes.c_long(LANDLOCK_RULE_PATH_BENEATH), rule, ctypes.c_long(0))
    finally:
        os.close(fd)


def _landlock(abi: int, reads: Iterable[str], listed: Iterable[str], writes: Iterable[str],
              report: Report) -> None:
    handled = (1 << 13) - 1  # ABI 1: execute, read, write, remove and make of every kind
    if abi >= 2:
        handled |= FS_REFER
    if abi >= 3:
        handled |= FS_TRUNCATE
    attr = _LandlockRulesetAttr(handled, 0, 0)
    size = 8
    extras = []
    if abi >= 4:
        attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP
        size = 16
        extras.append("no TCP")
    if abi >= 6:
        attr.scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
        size = 24
        extras.append("no signals or abstract sockets outside")
    ruleset = _syscall(SYS_LANDLOCK_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size),
                       ctypes.c_long(0))
    if ruleset < 0:
        report.missing.append(_failure("Landlock ruleset"))
        return
    try:
        for path in reads:
            _add_rule(ruleset, path, READ)
        for path in listed:
            _add_rule(ruleset, path, FS_READ_DIR)
        for path in writes:
            _add_rule(ruleset, path, handled & ~FS_EXECUTE)
        if _syscall(SYS_LANDLOCK_RESTRICT_SELF, ctypes.c_long(ruleset), ctypes.c_long(0)) != 0:
            report.missing.append(_failure("Landlock restrict_self"))
            return
    finally:
        os.close(ruleset)
    report.applied.append(f"Landlock ABI {abi} (reads limited, writes to the working "
                          f"directory only, no exec, no /proc/<pid>/environ outside"
                          + "".join(f", {extra}" for extra in extras) + ")")
    if abi < 6:  # TCP is also closed by seccomp; signals only by Landlock
        report.missing.append(f"no signals outside (needs Landlock ABI 6, this kernel has "
                              f"{abi})")


def _seccomp_program(arch: int, numbers: dict[str, int]) -> list[tuple[int, int, int, int]]:
    """Allow every call but: another ABI (x32, i386) or clone3 -> ENOSYS; clone without
    CLONE_THREAD and the _DENIED calls -> EPERM. Instructions are (code, jt, jf, k)."""
    checks = [(numbers["clone3"], "enosys"), (numbers["clone"], "clone")]
    checks += [(numbers[name], "eperm") for name in _DENIED if name in numbers]
    first_check = 4
    allow = first_check + len(checks)
    target = {"allow": allow, "eperm": allow + 1, "enosys": allow + 2, "clone": allow + 3}

    def jump(at: int, label: str) -> int:  # BPF jumps count from the next instruction
        return target[label] - at - 1

    program = [(BPF_LD_W_ABS, 0, 0, 4),                                 # seccomp_data.arch
               (BPF_JEQ_K, 0, jump(1, "enosys"), arch),
               (BPF_LD_W_ABS, 0, 0, 0),                                 # seccomp_data.nr
               (BPF_JGE_K, jump(3, "enosys"), 0, X32_SYSCALL_BIT)]
    for at, (number, label) in enumerate(checks, start=first_check):
        program.append((BPF_JEQ_K, jump(at, label), 0, number))
    program += [(BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),                   # allow
                (BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | errno.EPERM),     # eperm
                (BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | errno.ENOSYS),    # enosys
                (BPF_LD_W_ABS, 0, 0, 16),                               # clone: args[0]
                (BPF_JSET_K, 0, 1, CLONE_THREAD),
                (BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),
                (BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | errno.EPERM)]
    return program


def _seccomp(report: Report) -> None:
    machine = platform.machine()
    if machine not in _ARCHES:
        report.missing.append(f"seccomp filter: no syscall table for {machine}")
        return
    arch, numbers = _ARCHES[machine]
    program = _seccomp_program(arch, numbers)
    filters = (_SockFilter * len(program))(*(_SockFilter(*op) for op in program))
    prog = _SockFprog(len(program), filters)
    if not _prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(prog)):
        report.missing.append(_failure("seccomp filter"))
        return
    report.applied.append("seccomp (no processes, no exec, no sockets, no ptrace)")


def confine(reads: Iterable[str], listed: Iterable[str], writes: Iterable[str],
            use_landlock: bool = True) -> Report:
    """Apply every layer the kernel offers to this (single-threaded) process.

    `reads`: trees (or files) that may be read; `listed`: directories whose entries may
    be listed but not read; `writes`: trees where anything but exec is allowed.
    `use_landlock=False` leaves Landlock out, to exercise the fallback on a kernel that has
    it. Irreversible; inherited by every thread the process starts later.
    """
    report = Report()
    if not sys.platform.startswith("linux"):
        report.missing.append(f"kernel confinement: Linux only, not {sys.platform}")
        return report
    if not _prctl(PR_SET_NO_NEW_PRIVS, 1):
        report.missing.append(_failure("no_new_privs"))
        return report  # neither Landlock nor seccomp may be applied without it
    _drop_capabilities(report)
    abi = landlock_abi() if use_landlock else "Landlock left out on request"
    if isinstance(abi, int):
        _landlock(abi, reads, listed, writes, report)
    else:
        report.missing.append(abi)
    _seccomp(report)
    return report
