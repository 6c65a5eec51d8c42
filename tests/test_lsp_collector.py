"""The language server's garbage-collection policy (autograd_lint/lsp/collector.py):
what is alive after a request is frozen, and frozen garbage is still collected when idle."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator

import pytest

from autograd_lint.lsp import collector
from autograd_lint.lsp.collector import Collector, collect_all


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()  # other tests run with the collector as usual


def _frozen_cycle() -> weakref.ref[Node]:
    """A reference cycle that is garbage by the time it is frozen."""
    first, second = Node(), Node()
    first.other, second.other = second, first
    ref = weakref.ref(first)
    del first, second
    gc.freeze()
    return ref


def test_frozen_cycles_survive_collections_until_the_full_one() -> None:
    ref = _frozen_cycle()
    gc.collect()
    assert ref() is not None  # frozen: skipped by ordinary collections
    collect_all()
    assert ref() is None
    assert gc.get_freeze_count() > 0  # the survivors are frozen again


def test_settle_freezes_and_plans_one_full_collection_when_idle(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "IDLE_SECONDS", 0.05)

    async def serve_two_requests() -> weakref.ref[Node]:
        policy = Collector()
        policy.settle()
        ref = _frozen_cycle()
        policy.settle()  # re-arms the idle timer: still one pending collection
        assert gc.get_freeze_count() > 0
        assert ref() is not None
        await asyncio.sleep(0.3)
        return ref

    assert asyncio.run(serve_two_requests())() is None
