"""One document version in, one LintedDocument out: the engine plus the project's config.

Runs on a worker thread (never on the event loop). Configs are cached per directory
because finding and parsing pyproject.toml on every keystroke would cost more than the
lint of a small file; the cache is dropped whenever a pyproject.toml changes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path

from autograd_lint.config import Config, ConfigError
from autograd_lint.finding import FileResult, Finding
from autograd_lint.incremental import Memo, lint_incrementally
from autograd_lint.lsp.settings import Settings, effective_config


@dataclass(frozen=True)
class Snapshot:
    """The text of one version of an open document, as it was when the lint started."""

    uri: str
    version: int | None
    source: str
    lines: tuple[str, ...]
    path: Path | None
    """None for documents that are not files (unsaved buffers)."""


@dataclass(frozen=True)
class LintedDocument:
    snapshot: Snapshot
    result: FileResult
    config_error: str | None = None

    @property
    def version(self) -> int | None:
        return self.snapshot.version

    def with_findings(self, findings: list[Finding]) -> LintedDocument:
        return replace(self, result=replace(self.result, findings=tuple(findings)))


class ConfigCache:
    """Config per (directory, settings); thread-safe because the loop clears it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._configs: dict[tuple[Path | None, Settings], Config | ConfigError] = {}

    def clear(self) -> None:
        with self._lock:
            self._configs.clear()

    def get(self, path: Path | None, settings: Settings) -> Config:
        key = (path.parent if path is not None else None, settings)
        with self._lock:
            cached = self._configs.get(key)
        if cached is None:
            try:
                cached = effective_config(path, settings)
            except ConfigError as exc:
                cached = exc
            with self._lock:
                self._configs[key] = cached
        if isinstance(cached, ConfigError):
            raise cached
        return cached


class MemoStore:
    """The last lint of each open document, for re-linting only what an edit changed
    (autograd_lint/incremental.py). Thread-safe: lints run on worker threads. A memo is
    taken out while a lint uses it up, so no two lints can ever share one; a lint that
    fails leaves none, and the next one is a full lint."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._memos: dict[str, Memo] = {}

    def take(self, uri: str) -> Memo | None:
        with self._lock:
            return self._memos.pop(uri, None)

    def put(self, uri: str, memo: Memo | None) -> None:
        with self._lock:
            if memo is None:
                self._memos.pop(uri, None)
            else:
                self._memos[uri] = memo

    def forget(self, uri: str) -> None:
        self.put(uri, None)


def lint_snapshot(snapshot: Snapshot, settings: Settings, configs: ConfigCache,
                  memos: MemoStore | None = None) -> LintedDocument:
    """Lint one snapshot; a broken configuration becomes `config_error`, never an exception."""
    display = str(snapshot.path) if snapshot.path is not None else snapshot.uri
    if not settings.enable:
        return LintedDocument(snapshot, FileResult(display))
    try:
        config = configs.get(snapshot.path, settings)
    except ConfigError as exc:
        return LintedDocument(snapshot, FileResult(display), config_error=str(exc))
    memo = memos.take(snapshot.uri) if memos is not None else None
    result, memo = lint_incrementally(snapshot.source, display, config, memo)
    if memos is not None:
        memos.put(snapshot.uri, memo)
    return LintedDocument(snapshot, result)
