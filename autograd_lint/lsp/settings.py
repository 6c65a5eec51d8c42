"""Client settings (the `autograd-lint.*` section) and the Config they produce.

The project's pyproject.toml is the base; `select` / `ignore` from the client replace the
project's lists when given. Values of the wrong type are reported and ignored rather than
failing the whole section, because one typo in settings.json must not turn linting off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from autograd_lint.config import Config, load_config

SECTION = "autograd-lint"


@dataclass(frozen=True)
class Settings:
    enable: bool = True
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    confirm_enabled: bool = False
    problems: tuple[str, ...] = field(default=(), compare=False)
    """What was wrong with the raw settings (shown once in the log)."""


def parse_settings(raw: Any) -> Settings:
    """Settings from the JSON the client sends; anything missing keeps its default.

    Accepts both the nested shape VS Code returns for the section (`{"confirm":
    {"enabled": true}}`) and the dotted one (`{"confirm.enabled": true}`).
    """
    if not isinstance(raw, Mapping):
        return Settings()
    problems: list[str] = []

    def flag(key: str, default: bool) -> bool:
        value = _lookup(raw, key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        problems.append(f"{SECTION}.{key} must be true or false, got {value!r}")
        return default

    def codes(key: str) -> tuple[str, ...] | None:
        value = _lookup(raw, key)
        if value is None:
            return None
        if isinstance(value, str):
            value = [part for part in value.replace(",", " ").split() if part]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(v.strip().upper() for v in value if v.strip()) or None
        problems.append(f"{SECTION}.{key} must be a list of rule codes, got {value!r}")
        return None

    return Settings(enable=flag("enable", True), select=codes("select"),
                    ignore=codes("ignore"), confirm_enabled=flag("confirm.enabled", False),
                    problems=tuple(problems))


def _lookup(raw: Mapping[str, Any], dotted: str) -> Any:
    if dotted in raw:
        return raw[dotted]
    node: Any = raw
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def effective_config(path: Path | None, settings: Settings) -> Config:
    """pyproject.toml above `path` (none for unsaved documents), then the client's lists.

    Raises ConfigError for a broken pyproject.toml or an unknown code in the settings.
    """
    base = load_config(path) if path is not None else Config()
    return base.with_overrides(select=settings.select, ignore=settings.ignore)
