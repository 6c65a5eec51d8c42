"""`Module.code` without regenerating the whole file every time it is read.

libcst computes `Module.code` by generating source from the entire tree on every access.
Several rules and the analysis ask for it once per file each (`"create_graph" in
module.code`, ...); each access costs about a quarter of the parse. A libcst tree is
immutable and round-trips (`parse_module(s).code == s`, except for a leading BOM), so the
engine records the source it parsed (`remember`) and the property answers from that
record; a module the engine did not parse is generated once and remembered. The record
holds the last few modules only (the engine lints one file at a time per process).
"""

from __future__ import annotations

from collections import OrderedDict

import libcst as cst

_generate = cst.Module.code.fget  # type: ignore[attr-defined]
_KEEP = 4
_known: OrderedDict[int, tuple[cst.Module, str]] = OrderedDict()


def remember(module: cst.Module, source: str) -> None:
    """`source` is what `module` was parsed from (so it is exactly `module.code`).

    libcst drops a leading byte order mark, the one exception to its round trip: such a
    source is not recorded.
    """
    if source.startswith("\ufeff"):
        return
    _known[id(module)] = (module, source)
    _known.move_to_end(id(module))
    while len(_known) > _KEEP:
        _known.popitem(last=False)


def _code(module: cst.Module) -> str:
    entry = _known.get(id(module))
    if entry is not None and entry[0] is module:
        return entry[1]
    code = _generate(module)
    remember(module, code)
    return code


def install() -> None:
    """Make `Module.code` answer from the record (idempotent)."""
    cst.Module.code = property(_code, doc=cst.Module.code.__doc__)  # type: ignore[method-assign]
