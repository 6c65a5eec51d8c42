"""Configuration: `[tool.autograd-lint]` in pyproject.toml, then CLI overrides.

Codes may be given in full (`AGL002`) or as a prefix (`AGL00`, `AGL`), like ruff. An unknown
key, a value of the wrong type, an unknown code or a broken TOML file raises ConfigError,
which the CLI turns into exit code 2 with a message naming the file and the key.
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from autograd_lint.rules import ALL_RULES

SECTION = "autograd-lint"
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", ".env", "env", "__pycache__",
    "build", "dist", "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache",
    ".autograd_lint_cache", "site-packages", ".eggs", "*.egg-info",
)
DEFAULT_MAX_FILE_SIZE = 5_000_000
KNOWN_KEYS = frozenset({
    "select", "ignore", "extend-select", "exclude", "extend-exclude", "per-file-ignores",
    "max-file-size",
})


class ConfigError(Exception):
    """The configuration cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("AGL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    root: Path | None = None
    source: Path | None = field(default=None, compare=False)

    @property
    def enabled_codes(self) -> frozenset[str]:
        chosen = expand_codes(self.select + self.extend_select)
        return frozenset(chosen - expand_codes(self.ignore))

    def codes_for(self, path: str) -> frozenset[str]:
        """The enabled codes minus the per-file ignores that match `path`."""
        codes = self.enabled_codes
        if not self.per_file_ignores:
            return codes
        relative = self._relative(path)
        for pattern, ignored in self.per_file_ignores:
            if _path_matches(relative, pattern):
                codes = codes - expand_codes(ignored)
        return codes

    def is_excluded(self, path: Path, walk_root: Path | None = None) -> bool:
        """Does an exclude pattern match `path`?

        Name patterns (`.venv`, `build`) are matched against the components below the
        directory being walked, so `autograd-lint .venv/lib/.../torch` lints what it was
        explicitly given; path patterns are matched relative to the config's root.
        """
        relative = self._relative(str(path))
        parts = PurePosixPath(relative).parts
        if walk_root is not None:
            try:
                parts = path.relative_to(walk_root).parts
            except ValueError:
                pass
        for pattern in self.exclude + self.extend_exclude:
            if any(fnmatch.fnmatch(part, pattern) for part in parts):
                return True
            if _path_matches(relative, pattern):
                return True
        return False

    def _relative(self, path: str) -> str:
        candidate = Path(path)
        if self.root is not None:
            try:
                candidate = candidate.resolve().relative_to(self.root.resolve())
            except (ValueError, OSError):
                pass
        return candidate.as_posix()

    def with_overrides(self, **overrides: Any) -> Config:
        clean = {k: v for k, v in overrides.items() if v is not None}
        for key in ("select", "extend_select", "ignore"):
            if key in clean:
                validate_codes(clean[key], f"--{key.replace('_', '-')}")
        return replace(self, **clean)


def _path_matches(relative: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern + "/*") or \
        relative.startswith(pattern + "/")


def expand_codes(selectors: Iterable[str]) -> set[str]:
    codes: set[str] = set()
    for selector in selectors:
        selector = selector.strip().upper()
        if selector == "ALL":
            selector = "AGL"
        codes.update(rule.code for rule in ALL_RULES if rule.code.startswith(selector))
    return codes


def validate_codes(selectors: Iterable[str], where: str) -> tuple[str, ...]:
    result = []
    for selector in selectors:
        if not isinstance(selector, str):
            raise ConfigError(f"{where}: expected rule codes as strings, got {selector!r}")
        if not expand_codes([selector]):
            raise ConfigError(f"{where}: unknown rule code {selector!r} "
                              f"(known: {', '.join(r.code for r in ALL_RULES)})")
        result.append(selector.strip().upper())
    return tuple(result)


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start` that has a [tool.autograd-lint] table.

    A pyproject.toml that does not parse stops the search with a ConfigError: silently
    skipping it could ignore the user's configuration.
    """
    directory = start if start.is_dir() else start.parent
    try:
        directory = directory.resolve()
    except OSError:
        return None
    for candidate_dir in (directory, *directory.parents):
        candidate = candidate_dir / "pyproject.toml"
        if not candidate.is_file():
            continue
        data = _read_toml(candidate)
        if SECTION in data.get("tool", {}):
            return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    if path.exists() and not path.is_file():  # a FIFO would block the run forever
        raise ConfigError(f"{path}: cannot read: not a regular file")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None


def load_config(start: Path, explicit: Path | None = None) -> Config:
    """Config from `explicit` (--config) or the nearest pyproject.toml above `start`."""
    path = explicit if explicit is not None else find_pyproject(start)
    if path is None:
        return Config()
    data = _read_toml(path)
    table = data.get("tool", {}).get(SECTION, {})
    if not isinstance(table, Mapping):
        raise ConfigError(f"{path}: [tool.{SECTION}] must be a table")
    return parse_table(table, path)


def parse_table(table: Mapping[str, Any], path: Path) -> Config:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} in [tool.{SECTION}] "
                          f"(known: {', '.join(sorted(KNOWN_KEYS))})")
    config = Config(root=path.parent, source=path)
    changes: dict[str, Any] = {}

    def string_list(key: str) -> tuple[str, ...]:
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: [tool.{SECTION}] {key} must be a list of strings")
        return tuple(value)

    for key in ("select", "extend-select", "ignore"):
        if key in table:
            changes[key.replace("-", "_")] = validate_codes(
                string_list(key), f"{path}: [tool.{SECTION}] {key}")
    for key in ("exclude", "extend-exclude"):
        if key in table:
            changes[key.replace("-", "_")] = string_list(key)
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, Mapping):
            raise ConfigError(f"{path}: [tool.{SECTION}] per-file-ignores must be a table of "
                              f"glob = [codes]")
        entries = []
        for pattern, codes in value.items():
            if not isinstance(codes, list):
                raise ConfigError(f"{path}: [tool.{SECTION}] per-file-ignores.{pattern!r} must "
                                  f"be a list of codes")
            entries.append((pattern, validate_codes(
                codes, f"{path}: [tool.{SECTION}] per-file-ignores.{pattern!r}")))
        changes["per_file_ignores"] = tuple(entries)
    if "max-file-size" in table:
        value = table["max-file-size"]
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ConfigError(f"{path}: [tool.{SECTION}] max-file-size must be a positive "
                              f"integer (bytes)")
        changes["max_file_size"] = value
    return replace(config, **changes)
