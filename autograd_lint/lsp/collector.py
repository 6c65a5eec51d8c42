"""When Python's cyclic garbage collector may run in the language server.

A full collection walks every object the collector tracks: the imported modules (~70,000
objects) and each open document's syntax tree and findings (~150,000 for 5,000 lines),
tens of milliseconds on an idle machine and several hundred on a busy one. CPython starts
one whenever the objects that survived young collections since the last one reach a
quarter of the old ones, which while typing in a large file was every few keystrokes, in
the middle of serving one (the worst edits of the latency benchmark).

So once a request has been served, what is alive is frozen (`gc.freeze`): later
collections skip it and only scan what the next keystrokes allocate. Frozen objects are
still freed by reference counting as usual; only garbage held in reference cycles among
them (a few hundred objects per lint) waits, for a full collection run once the server
has been idle for `IDLE_SECONDS`.
"""

from __future__ import annotations

import asyncio
import gc

IDLE_SECONDS = 2.0


class Collector:
    def __init__(self) -> None:
        self._idle: asyncio.TimerHandle | None = None

    def settle(self) -> None:
        """A request has been served: freeze what is alive; collect fully when idle.
        Runs on the event loop."""
        gc.freeze()
        if self._idle is not None:
            self._idle.cancel()
        self._idle = asyncio.get_running_loop().call_later(IDLE_SECONDS, collect_all)


def collect_all() -> None:
    """A full collection, including what was frozen, then freeze the survivors."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
