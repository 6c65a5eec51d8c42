"""flake8 plugin: `flake8 --select AGL` reports the same findings as `autograd-lint`.

Many teams only run flake8. The plugin lints the text flake8 read (so stdin and flake8's
own file discovery work) with the project's `[tool.autograd-lint]` configuration, found
from the file's path; flake8 then applies its own `--select`/`--ignore` and `# noqa`.
A file autograd-lint cannot parse yields nothing: flake8 reports syntax errors itself. A
configuration autograd-lint rejects falls back to the defaults here (the plugin has no way
to report it; `autograd-lint check` names the file and the key).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from autograd_lint import __version__
from autograd_lint.config import Config, ConfigError, load_config
from autograd_lint.engine import lint_source


@lru_cache(maxsize=64)
def _config_for(directory: Path) -> Config:
    """The configuration for files in `directory` (read once per directory per process)."""
    try:
        return load_config(directory)
    except ConfigError:
        return Config()


class Plugin:
    name = "autograd-lint"
    version = __version__

    def __init__(self, tree: ast.AST, filename: str, lines: list[str]) -> None:
        # `tree` is required by flake8 to classify this as a whole-file plugin; the
        # analysis needs libcst's tree, built from `lines`.
        self.filename = filename
        self.lines = lines

    def run(self) -> Iterator[tuple[int, int, str, type[Plugin]]]:
        source = "".join(self.lines)
        directory = Path(self.filename).resolve().parent if self.filename not in (
            "-", "stdin") else Path.cwd()
        result = lint_source(source, self.filename, _config_for(directory))
        for finding in result.findings:
            yield (finding.line, finding.column - 1, f"{finding.code} {finding.message}",
                   type(self))
