"""What a sandbox child may read and write: the policy that confine.py enforces.

Reads: the interpreter (its prefixes and every `sys.path` entry), the folders of the
shared libraries it has loaded (torch's among them), the system's library trees, a few
files of /etc that the C library and Python consult, the child's own /proc entry, CPU
facts, harmless devices, and the snippet's folder without its hidden entries (`.env`,
`.ssh`, `.git`, ...). Writes: the working directory and /dev/null. Everything else,
in particular the user's home and its dotfiles, stays closed.

A tree that contains a protected directory (the user's home, `/`) is never granted
whole, even if it is on `sys.path`: granting it would open `~/.ssh`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

SYSTEM_TREES = ("/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin",
                "/sys/devices/system/cpu", "/proc/self", "/proc/cpuinfo", "/proc/meminfo",
                "/proc/stat", "/dev/zero", "/dev/urandom", "/dev/random")
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "timezone",
             "nsswitch.conf", "passwd", "group", "os-release", "mime.types")
"""What libc and Python read in /etc; not /etc itself (/etc/shadow, keys, tokens)."""


@dataclass
class Grants:
    reads: list[str] = field(default_factory=list)
    listed: list[str] = field(default_factory=list)
    writes: list[str] = field(default_factory=list)


def _real(path: str) -> str:
    return os.path.realpath(path)


def _mapped_library_dirs() -> set[str]:
    """Folders of every file this process has mapped: the loaded shared libraries."""
    folders = set()
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                parts = line.split(maxsplit=5)
                if len(parts) == 6 and parts[5].startswith("/"):
                    folders.add(os.path.dirname(parts[5].rstrip("\n")))
    except OSError:
        pass
    return folders


def _contains(tree: str, inner: str) -> bool:
    return inner == tree or inner.startswith(tree.rstrip(os.sep) + os.sep)


def _visible_entries(folder: str) -> list[str]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [os.path.join(folder, name) for name in names if not name.startswith(".")]


def grants_for(workdir: str, snippet: str, protected: list[str]) -> Grants:
    """The paths a child running `snippet` in `workdir` may use (`protected`: the homes).

    The snippet's folder is granted entry by entry, without hidden entries; a folder that
    is `/` or holds a home (`/home`) is not granted at all.
    """
    homes = {_real(p) for p in protected if p}
    closed = homes | {"/"}
    interpreter = {sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix,
                   *(p for p in sys.path if p)}
    wanted = [*sorted({_real(p) for p in interpreter | _mapped_library_dirs()}),
              *SYSTEM_TREES, *(os.path.join("/etc", name) for name in ETC_FILES)]
    folder = _real(os.path.dirname(os.path.abspath(snippet)))
    listed = []
    if folder != "/" and not any(_contains(folder, home) and folder != home for home in homes):
        wanted += _visible_entries(folder)
        listed.append(folder)
    reads = [p for p in wanted if not any(_contains(p, inner) for inner in closed)]
    return Grants(reads=reads, listed=listed, writes=[_real(workdir), "/dev/null"])
