"""`pytest --autograd-confirm[=FILE]`: confirm findings while the project's own tests run.

Library functions usually need arguments, so `--confirm` cannot run them on their own; the
project's tests can. With the option, every module under the rootdir that has findings is
imported through an instrumented copy (same probes as `--confirm`, loops not capped, no
sandbox: these are the tests the user chose to run). At the end, the verdicts are written
to FILE (default autograd-confirm.json) for `autograd-lint --confirm-from FILE`.
Without the option this plugin does nothing at all.
"""

from __future__ import annotations

import ast
import builtins
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
import types
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from autograd_lint.config import load_config
from autograd_lint.engine import SourceError, decode_source, lint_source
from autograd_lint.finding import Confirmation, Finding

DEFAULT_OUTPUT = "autograd-confirm.json"
SITE_STRIDE = 100_000
"""Site ids of the n-th instrumented file start at n * SITE_STRIDE: unique in one run."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("autograd-lint")
    group.addoption("--autograd-confirm", action="store", nargs="?", const=DEFAULT_OUTPUT,
                    default=None, metavar="FILE", dest="autograd_confirm",
                    help="Observe autograd-lint's findings while the tests run and write the "
                         f"verdicts to FILE (default {DEFAULT_OUTPUT}).")


def pytest_configure(config: pytest.Config) -> None:
    output = config.getoption("autograd_confirm", None)
    if output is None:
        return
    target = Path(config.invocation_params.dir) / output
    config.pluginmanager.register(Recorder(config, target), "autograd-lint-recorder")


class _InstrumentedFile:
    def __init__(self, path: Path, findings: list[Finding], placed: dict[int, tuple[int, int]],
                 known: dict[int, Confirmation]) -> None:
        self.path = path
        self.findings = findings
        self.placed = placed
        self.known = known


class Recorder(importlib.abc.MetaPathFinder):
    """Imports the project's modules through instrumented copies and records the events."""

    def __init__(self, config: pytest.Config, output: Path) -> None:
        from autograd_lint.dynamic.child import probes

        self.config = config
        self.output = output
        self.root = Path(config.rootpath).resolve()
        self.lint_config = load_config(self.root, None)
        self.events: list[dict[str, Any]] = []
        self.files: list[_InstrumentedFile] = []
        self.judged: list[Finding] = []
        self.sites: dict[int, list[str]] = {}
        self.probes = probes.Probes(self.events.append, self.sites, loop_cap=None)
        self.probes.install()
        builtins.__agl__ = self.probes  # type: ignore[attr-defined]
        sys.meta_path.insert(0, self)

    # ------------------------------------------------------------------ import hook
    def _ours(self, origin: str | None) -> Path | None:
        if not origin or not origin.endswith(".py"):
            return None
        path = Path(origin).resolve()
        if not path.is_relative_to(self.root) or path.name == "conftest.py":
            return None
        relative = path.relative_to(self.root).parts
        if any(part in ("site-packages", ".venv", "venv", ".tox", "node_modules")
               for part in relative):
            return None
        return path

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            try:
                spec = finder.find_spec(fullname, path, target)
            except (ImportError, ValueError):
                continue
            if spec is None:
                continue
            source_path = self._ours(spec.origin)
            if source_path is None:
                return None
            code = self._instrumented_code(source_path)
            if code is None:
                return None
            spec.loader = _CodeLoader(code)
            return spec
        return None

    def _instrumented_code(self, path: Path) -> types.CodeType | None:
        """Lint the module; with findings, compile a probed copy (asserts still rewritten)."""
        from autograd_lint.dynamic.instrument import instrument
        from autograd_lint.dynamic.locate import Locator
        from autograd_lint.dynamic.plan import make_plan

        try:
            source = decode_source(path.read_bytes())
        except (OSError, SourceError):
            return None
        findings = list(lint_source(source, str(path), self.lint_config).findings)
        if not findings:
            return None
        try:
            locator = Locator(source)
            first = (len(self.files) + 1) * SITE_STRIDE
            plan = make_plan(locator, findings, first_site=first, need_unit=False)
            instrumented = instrument(locator, plan.sites, cap_loops=False)
            tree = ast.parse(instrumented.source, str(path))
            if _is_test_file(path):
                from _pytest.assertion.rewrite import rewrite_asserts

                rewrite_asserts(tree, instrumented.source.encode(), str(path), self.config)
            code = compile(tree, str(path), "exec", dont_inherit=True)
        except Exception as exc:  # noqa: BLE001 - never break the user's test run
            warnings.warn(f"autograd-lint could not instrument {path}: {exc}", stacklevel=1)
            return None
        self.sites.update(instrumented.sites)
        self.files.append(_InstrumentedFile(path, findings, plan.placed, plan.known))
        return code

    # ------------------------------------------------------------------ pytest hooks
    @pytest.hookimpl
    def pytest_warning_recorded(self, warning_message: warnings.WarningMessage, when: str,
                                nodeid: str, location: Any) -> None:
        """pytest swallows warnings during tests; the probes want them, with their line."""
        from autograd_lint.dynamic.child.probes import clean_message

        self.events.append({"event": "warning", "category": warning_message.category.__name__,
                            "message": clean_message(str(warning_message.message)),
                            "file": str(Path(warning_message.filename).resolve()),
                            "line": warning_message.lineno, "active": [],
                            "seq": len(self.events) + 1})

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        self.probes.finish()
        self.judged = self.verdicts()
        payload = {"version": 1, "findings": [f.to_dict() for f in self.judged]}
        try:
            self.output.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        except OSError as exc:
            warnings.warn(f"autograd-lint could not write {self.output}: {exc}", stacklevel=1)

    @pytest.hookimpl
    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        counts = {"confirmed": 0, "refuted": 0, "inconclusive": 0}
        for finding in self.judged:
            if finding.confirmation is not None:
                counts[finding.confirmation.status] += 1
        terminalreporter.write_line(
            f"autograd-lint: {counts['confirmed']} confirmed, {counts['refuted']} refuted, "
            f"{counts['inconclusive']} inconclusive -> {self.output}")

    def verdicts(self) -> list[Finding]:
        from autograd_lint.dynamic.verdicts import Case, RunView, judge

        view = RunView("", self.events, process_end="no test executed this line")
        judged: list[Finding] = []
        for file in self.files:
            view.path = str(file.path)
            for index, finding in enumerate(file.findings):
                if index in file.known:
                    judged.append(finding.with_confirmation(file.known[index]))
                    continue
                site, _ = file.placed[index]
                if site not in self.sites:
                    verdict = Confirmation("inconclusive",
                                           "this kind of expression cannot be probed")
                else:
                    verdict = judge(Case(finding, site, -1, view))
                judged.append(finding.with_confirmation(verdict))
        return judged


class _CodeLoader(importlib.abc.Loader):
    def __init__(self, code: types.CodeType) -> None:
        self.code = code

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        exec(self.code, module.__dict__)


def _is_test_file(path: Path) -> bool:
    return path.name.startswith("test_") or path.stem.endswith("_test")
