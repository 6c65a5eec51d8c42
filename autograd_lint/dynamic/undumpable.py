"""While a sandbox is open, the autograd-lint process is not dumpable.

The sandbox child's own environment is scrubbed, but the autograd-lint process that
started it still holds the user's whole environment (`AWS_SECRET_ACCESS_KEY`, tokens) in
`/proc/<pid>/environ` and its memory in `/proc/<pid>/mem`. Linux lets a process of the
same user read both. Landlock closes them to the child where the kernel has it; this is
the fallback that works everywhere on Linux: the files of a non-dumpable process are
closed to every process without CAP_SYS_PTRACE, and the child drops every capability.
The previous setting comes back when the last sandbox closes (debuggers, core dumps).
"""

from __future__ import annotations

import ctypes
import sys
import threading

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4

_lock = threading.Lock()
_holders = 0
_previous = 1


def _prctl(option: int, value: int = 0) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(option, ctypes.c_ulong(value), ctypes.c_ulong(0),
                          ctypes.c_ulong(0), ctypes.c_ulong(0)))


def hold() -> bool:
    """Make this process non-dumpable until the matching `release`; False if impossible."""
    global _holders, _previous
    if not sys.platform.startswith("linux"):
        return False
    with _lock:
        if _holders == 0:
            _previous = _prctl(PR_GET_DUMPABLE)
            if _prctl(PR_SET_DUMPABLE, 0) != 0:
                return False
        _holders += 1
        return True


def release() -> None:
    global _holders
    with _lock:
        if _holders == 0:
            return
        _holders -= 1
        if _holders == 0 and _previous == 1:
            _prctl(PR_SET_DUMPABLE, 1)

