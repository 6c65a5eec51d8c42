"""A persistent cache of per-file results, so an unchanged file is never linted twice.

Layout: `<root>/.autograd_lint_cache/v1/<2 hex>/<key>.json`, one small JSON file per
entry. The key is a hash of everything the result depends on:

- the file's bytes and the path it is reported under (findings carry the path, and
  per-file ignores depend on it);
- the configuration (every field that can change what is reported) and the rule codes
  enabled for that path;
- the tool: its version and a fingerprint of the autograd_lint package's own `.py` files,
  so editing a rule or the analysis during development invalidates every entry.

Entries are written to a temporary file and renamed over the target (`os.replace` is
atomic), so concurrent runs never see half an entry. An entry that cannot be read or
decoded is treated as a miss and rewritten. Nothing ever deletes entries: the directory
can be removed at any time (`rm -rf .autograd_lint_cache`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from autograd_lint import __version__
from autograd_lint.config import Config
from autograd_lint.finding import FileError, FileResult, Finding

CACHE_DIR_NAME = ".autograd_lint_cache"
_LAYOUT = "v1"
_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """Version plus a hash of every .py file of the package (computed once per process)."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for source in sorted(_PACKAGE.rglob("*.py")):
        digest.update(source.relative_to(_PACKAGE).as_posix().encode())
        try:
            digest.update(source.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()


def config_fingerprint(config: Config) -> str:
    """Every configuration field except where the config was read from."""
    parts = {f.name: repr(getattr(config, f.name)) for f in fields(config) if f.name != "source"}
    return hashlib.blake2b(json.dumps(parts, sort_keys=True).encode(),
                           digest_size=16).hexdigest()


def default_directory(config: Config) -> Path:
    """`.autograd_lint_cache/` next to the pyproject.toml in use, else in the cwd."""
    return (config.root or Path.cwd()) / CACHE_DIR_NAME


class ResultCache:
    """Look up and store `FileResult`s by content, path, configuration and tool."""

    def __init__(self, directory: Path, config: Config) -> None:
        self.directory = directory / _LAYOUT
        self.config = config
        self._config_key = config_fingerprint(config)
        self._tool_key = tool_fingerprint()

    def key(self, data: bytes, path: str) -> str:
        codes = ",".join(sorted(self.config.codes_for(path)))
        digest = hashlib.blake2b(digest_size=20)
        for part in (self._tool_key, self._config_key, codes, path):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> FileResult | None:
        """The stored result, or None when absent, unreadable or not for this path."""
        try:
            raw = self._entry(key).read_bytes()
        except OSError:
            return None
        try:
            return _decode(json.loads(raw), key, path)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # corrupt or foreign entry: a miss; put() will rewrite it

    def put(self, key: str, result: FileResult) -> None:
        """Store atomically; a cache that cannot be written only costs speed."""
        target = self._entry(key)
        payload = json.dumps(_encode(key, result), separators=(",", ":")).encode()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(payload)
                os.replace(temporary, target)
            except BaseException:
                _remove(temporary)
                raise
        except OSError:
            return


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _encode(key: str, result: FileResult) -> dict[str, Any]:
    return {
        "key": key,
        "path": result.path,
        "findings": [f.to_dict() for f in result.findings],
        "errors": [e.to_dict() for e in result.errors],
    }


def _decode(data: dict[str, Any], key: str, path: str) -> FileResult | None:
    if data["key"] != key or data["path"] != path:
        return None
    findings = tuple(Finding.from_dict(f) for f in data["findings"])
    errors = tuple(FileError(str(e["path"]), str(e["message"])) for e in data["errors"])
    return FileResult(path, findings, errors)
