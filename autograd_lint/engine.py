"""Files -> parse once -> facts -> rules -> findings.

Every stage is guarded: bad bytes, syntax errors, a crash in the analysis or in one rule
become `FileError` entries for that file; the other files (and the other rules) still run.
"""

from __future__ import annotations

import ast
import contextlib
import errno
import gc
import io
import os
import re
import signal
import stat
import threading
import tokenize
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from autograd_lint import module_code
from autograd_lint.analysis import analyze
from autograd_lint.analysis.tree import events
from autograd_lint.cache import ResultCache
from autograd_lint.config import Config
from autograd_lint.finding import FileError, FileResult, Finding, Fix, LintResult
from autograd_lint.fixes import attach_fixes
from autograd_lint.outline import Outline
from autograd_lint.positions import LazyPositions
from autograd_lint.rules import ALL_RULES, Report, Rule, RuleContext
from autograd_lint.slicing import slice_source

NOQA = re.compile(r"#\s*noqa(?::[\s]*(?P<codes>[A-Za-z]+[0-9]+(?:[\s,]+[A-Za-z]+[0-9]+)*))?",
                  re.IGNORECASE)
PARALLEL_THRESHOLD = 16
PARALLEL_MIN_BYTES = 200_000  # below this much uncached source, one process wins
FILE_TIME_BUDGET = 60.0
"""Seconds one file may take before it is reported and skipped (the largest real files
take about a second; only a pathological input gets near this)."""
Handler = Callable[[cst.CSTNode], object]
module_code.install()


class SourceError(Exception):
    """The bytes of a file cannot be turned into Python source text."""


class _OverBudget(BaseException):
    """Raised by the timer of `time_budget` inside the lint of one file. A BaseException,
    so the guards that turn a failing rule or parser into an error entry let it through."""


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise _OverBudget in the block after `seconds` of wall time. Works on the main
    thread of a process (the CLI and its worker processes); elsewhere (the language
    server's worker thread, where a newer edit supersedes a slow run) it does nothing."""
    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ---------------------------------------------------------------------- decoding
def decode_source(data: bytes) -> str:
    """Decode like Python does: BOM, then a PEP 263 cookie, else UTF-8."""
    if b"\x00" in data:
        raise SourceError("file contains NUL bytes (binary file?); skipped")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        if "invalid or missing encoding declaration" in str(exc):
            # The first lines are not UTF-8 and there is no cookie saying what they are.
            encoding = "utf-8"
        else:
            raise SourceError(f"cannot determine encoding: {exc}") from None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        reason = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
        where = f" at byte {exc.start}" if isinstance(exc, UnicodeDecodeError) else ""
        raise SourceError(f"cannot decode as {encoding}{where}: {reason} "
                          f"(add a PEP 263 coding cookie or save as UTF-8)") from None


# ---------------------------------------------------------------------- one file
def selected_rules(codes: Iterable[str]) -> list[type[Rule]]:
    wanted = set(codes)
    return [rule for rule in ALL_RULES if rule.code in wanted]


def may_fire(source: str, rules: Sequence[type[Rule]]) -> list[type[Rule]]:
    """The pre-filter: rules whose trigger tokens occur in the text at all."""
    has_torch = "torch" in source
    return [rule for rule in rules if (has_torch or not rule.needs_torch)
            and rule.relevant_file(source)]


def lint_source(source: str, path: str, config: Config,
                only: frozenset[int] | None = None, tree: ast.Module | None = None
                ) -> FileResult:
    """Lint one file's text. Never raises for anything the file contains.

    `only`: check just the top-level definitions starting on these lines (and the
    module-level code); see `slice_source`. `tree`: `parse_python(source)` if the caller
    has it already."""
    with _collector_paused():
        return _lint_source(source, path, config, only, tree)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while one file is linted. A libcst tree is
    hundreds of thousands of objects and the collector kept re-scanning them (about a fifth
    of a lint); they hold no cycles that must go early, and the collector runs as usual
    once the file is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _lint_source(source: str, path: str, config: Config,
                 only: frozenset[int] | None, known: ast.Module | None) -> FileResult:
    if len(source) > config.max_file_size:
        return FileResult(path, errors=(FileError(path, _too_large(len(source), config)),))
    tree = known if known is not None else parse_python(source)
    if isinstance(tree, str):
        return FileResult(path, errors=(FileError(path, tree),))
    rules = may_fire(source, selected_rules(config.codes_for(path)))
    if not rules:
        return FileResult(path)
    try:
        parsed = slice_source(source, tree, rules, only).source
        module = cst.parse_module(parsed)
    except cst.ParserSyntaxError as exc:
        return FileResult(path, errors=(FileError(path, _syntax_message(exc)),))
    except RecursionError:
        return FileResult(path, errors=(FileError(path, "syntax error: nesting too deep to "
                                                       "parse"),))
    except Exception as exc:  # noqa: BLE001 - the parser must never take the run down
        return FileResult(path, errors=(FileError(path, f"cannot parse: {exc}"),))
    # `module.code` answers with the whole file: the rules' file-wide text checks ("does
    # the file call set_default_dtype?") must not depend on what the slice left out.
    module_code.remember(module, source.removeprefix("\ufeff"))
    return lint_module(module, source, path, rules, Outline(lambda: tree), parsed)


def _too_large(size: int, config: Config) -> str:
    return (f"skipped: file is {size / 1e6:.1f} MB, over the {config.max_file_size / 1e6:.1f} MB "
            f"limit (max-file-size)")


def parse_python(source: str) -> ast.Module | str:
    """The file's CPython syntax tree, or why the file is not valid Python. Every file is
    checked, even one no rule could fire on, because a file that does not parse must never
    pass silently.

    CPython's own parser is fast and is asked first. It also guards libcst, whose native
    parser overflows its stack (a segfault, not an exception) on a few thousand nested
    brackets: CPython refuses more than 200 and turns runaway depth into RecursionError.
    A syntax error CPython reports for another reason is confirmed with libcst, which knows
    grammar newer than the running interpreter.
    """
    try:
        return ast.parse(source)
    except SyntaxError as exc:
        if "too many" in str(exc.msg) or "too deeply" in str(exc.msg):
            return f"syntax error at line {exc.lineno}: {exc.msg}"
        cpython_error = exc
    except (RecursionError, MemoryError):
        return "cannot parse: expressions nested too deeply"
    except ValueError as exc:
        return f"cannot parse: {exc}"
    try:
        cst.parse_module(source)
    except Exception:  # noqa: BLE001 - both parsers agree: report CPython's clearer message
        column = f", column {cpython_error.offset}" if cpython_error.offset else ""
        return f"syntax error at line {cpython_error.lineno}{column}: {cpython_error.msg}"
    # Grammar newer than this Python (libcst parses it, CPython not): no CPython tree, so
    # the slice is the whole file and whole-file questions (outline.py) see an empty file.
    return ast.Module(body=[], type_ignores=[])


def lint_module(module: cst.Module, source: str, path: str,
                rules: Sequence[type[Rule]], outline: Outline | None = None,
                parsed: str | None = None) -> FileResult:
    """`source` is the file; `parsed` the text `module` was parsed from (the slice), which
    with the file's CPython tree lets positions be computed per line (positions.py)."""
    errors: list[FileError] = []
    try:
        facts = analyze(module)
    except RecursionError:
        return FileResult(path, errors=(FileError(path, "internal error: code nested too "
                                                       "deeply to analyse"),))
    except Exception as exc:  # noqa: BLE001 - reported, never a traceback
        return FileResult(path, errors=(FileError(
            path, f"internal error in analysis: {type(exc).__name__}: {exc}"),))
    ctx = RuleContext(module=module, facts=facts, path=path, outline=outline)
    instances: list[Rule] = []
    for rule in rules:
        try:
            instances.append(rule(ctx))
        except Exception as exc:  # noqa: BLE001
            errors.append(_rule_error(path, rule.code, exc))
    dispatcher = _Dispatcher(instances)
    try:
        dispatcher.run(module)
    except RecursionError:
        errors.append(FileError(path, "internal error: code nested too deeply to check"))
    for code, exc in dispatcher.failures:
        errors.append(_rule_error(path, code, exc))
    reports = [r for rule in dispatcher.active + dispatcher.failed for r in rule.reports]
    reports = attach_fixes(reports, ctx)
    findings = _to_findings(LazyPositions(module, parsed, outline.tree if outline else None),
                            module, reports, source, path) if reports else []
    return FileResult(path, tuple(sorted(findings, key=Finding.sort_key)), tuple(errors))


def _rule_error(path: str, code: str, exc: BaseException) -> FileError:
    return FileError(path, f"internal error in rule {code}: {type(exc).__name__}: {exc}")


def _syntax_message(exc: cst.ParserSyntaxError) -> str:
    first = str(exc.message).strip().splitlines()[0] if str(exc.message).strip() else "invalid"
    return f"syntax error at line {exc.raw_line}, column {exc.raw_column + 1}: {first}"


class _Dispatcher:
    """One walk of the tree for all rules; a rule that raises is dropped, not the walk."""

    def __init__(self, rules: list[Rule]) -> None:
        self.active = rules
        self.failed: list[Rule] = []
        self.failures: list[tuple[str, BaseException]] = []
        # (prefix, node type) -> the active rules' handlers, in rule order: one lookup per
        # node type instead of a getattr per node and rule (~15% of the rules' time).
        self._handlers: dict[tuple[str, type], list[tuple[Rule, Handler]]] = {}

    def _call(self, prefix: str, node: cst.CSTNode) -> None:
        key = (prefix, type(node))
        handlers = self._handlers.get(key)
        if handlers is None:
            name = prefix + type(node).__name__
            handlers = [(rule, method) for rule in self.active
                        if (method := getattr(rule, name, None)) is not None]
            self._handlers[key] = handlers
        for rule, method in handlers:
            try:
                method(node)
            except Exception as exc:  # noqa: BLE001
                self.active.remove(rule)
                self.failed.append(rule)
                self.failures.append((rule.code, exc))
                self._handlers.clear()  # rebuilt without the failed rule

    def run(self, module: cst.Module) -> None:
        """Walk with tree.events: libcst's own visit rebuilds every node it passes."""
        for entering, node in events(module, code_only=True):  # no rule handles trivia
            self._call("visit_" if entering else "leave_", node)


def _to_findings(lazy: LazyPositions, module: cst.Module, reports: list[Report], source: str,
                 path: str) -> list[Finding]:
    whole: dict[str, Mapping[cst.CSTNode, CodeRange]] = {}
    lines = source.splitlines()

    def span(node: cst.CSTNode) -> tuple[int, int, int, int]:
        try:
            return lazy.span(node)
        except KeyError:  # not inside a top-level statement: position the whole module
            if not whole:
                whole["all"] = MetadataWrapper(module, unsafe_skip_copy=True).resolve(
                    PositionProvider)
            pos = whole["all"][node]
            return pos.start.line, pos.start.column + 1, pos.end.line, pos.end.column + 1

    rules = {rule.code: rule for rule in ALL_RULES}
    findings = []
    seen: set[tuple[str, int, int]] = set()
    for report in reports:
        line, column, end_line, end_column = span(report.node)
        if (report.code, line, column) in seen or _suppressed(lines, line, report.code):
            continue
        seen.add((report.code, line, column))
        rule = rules[report.code]
        fix: Fix | None = None
        if report.fix is not None:
            try:
                fix = report.fix(span)
            except Exception:  # noqa: BLE001 - a broken fix must not lose the finding
                fix = None
        findings.append(Finding(
            code=rule.code, name=rule.name, severity=rule.severity, message=report.message,
            path=path, line=line, column=column, end_line=end_line, end_column=end_column,
            fix=fix,
        ))
    return findings


def _suppressed(lines: list[str], line: int, code: str) -> bool:
    if line - 1 >= len(lines):
        return False
    match = NOQA.search(lines[line - 1])
    if match is None:
        return False
    codes = match.group("codes")
    if not codes:
        return True
    return code.upper() in {c.upper() for c in re.split(r"[\s,]+", codes) if c}


# ---------------------------------------------------------------------- many files
def read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file; OSError for anything else.

    A FIFO named `x.py` would block the run forever and a device (a link to /dev/zero)
    would never end, so the file is opened non-blocking and checked with fstat first.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (FIFO, socket or device); skipped")
        return handle.read()


def lint_file(path: Path, config: Config, display: str | None = None) -> FileResult:
    shown = display or str(path)
    try:
        size = path.stat().st_size
        if size > config.max_file_size:
            return FileResult(shown, errors=(FileError(shown, _too_large(size, config)),))
        data = read_regular_file(path)
    except OSError as exc:
        return FileResult(shown, errors=(FileError(shown, f"cannot read: {exc.strerror or exc}"),))
    return lint_bytes(data, shown, config)


def lint_bytes(data: bytes, path: str, config: Config) -> FileResult:
    if path.endswith(".ipynb"):
        from autograd_lint.notebook import lint_notebook

        return lint_notebook(data, path, config)
    try:
        source = decode_source(data)
    except SourceError as exc:
        return FileResult(path, errors=(FileError(path, str(exc)),))
    try:
        with time_budget(FILE_TIME_BUDGET):
            return lint_source(source, path, config)
    except _OverBudget:
        return FileResult(path, errors=(FileError(
            path, f"skipped: linting took longer than {FILE_TIME_BUDGET:g} s"),))


def discover(paths: Sequence[Path], config: Config,
             explicit_errors: list[FileError]) -> list[Path]:
    """Python files under `paths`, skipping excluded directories; sorted, no duplicates.

    A path given explicitly is linted even if its suffix is not .py (like ruff); a path that
    does not exist becomes an error entry.
    """
    found: dict[str, Path] = {}
    for given in paths:
        if not given.exists():
            explicit_errors.append(FileError(str(given), "no such file or directory"))
            continue
        if not given.is_dir():  # a file, or a FIFO/device that gets reported
            found.setdefault(str(given), given)
            continue
        for file in _walk(given, config, explicit_errors):
            found.setdefault(str(file), file)
    return [found[k] for k in sorted(found)]


def _walk(root: Path, config: Config, errors: list[FileError]) -> Iterator[Path]:
    def on_error(exc: OSError) -> None:
        errors.append(FileError(exc.filename or str(root), f"cannot read directory: "
                                                            f"{exc.strerror or exc}"))

    for directory, dirnames, filenames in os.walk(root, onerror=on_error):
        base = Path(directory)
        dirnames[:] = sorted(d for d in dirnames if not config.is_excluded(base / d, root))
        for name in sorted(filenames):
            if name.endswith((".py", ".pyi", ".ipynb")):
                file = base / name
                if not config.is_excluded(file, root):
                    yield file


def lint_paths(paths: Sequence[Path], config: Config, jobs: int | None = None,
               cache: ResultCache | None = None) -> LintResult:
    errors: list[FileError] = []
    files = discover(paths, config, errors)
    results = _run(files, config, jobs, cache)
    findings: list[Finding] = []
    for result in results:
        findings.extend(result.findings)
        errors.extend(result.errors)
    findings.sort(key=Finding.sort_key)
    return LintResult(tuple(findings), tuple(errors), files=len(files))


def _run(files: list[Path], config: Config, jobs: int | None,
         cache: ResultCache | None = None) -> list[FileResult]:
    """Results in the order of `files`: cache hits first, then the rest, in parallel only
    when there is enough uncached work to pay for starting worker processes."""
    results: list[FileResult | None] = [None] * len(files)
    todo: list[tuple[int, bytes, str | None]] = []  # (index, bytes, cache key)
    for index, file in enumerate(files):
        data = _read(file, config)
        if isinstance(data, FileResult):
            results[index] = data
            continue
        key = cache.key(data, str(file)) if cache is not None else None
        hit = cache.get(key, str(file)) if cache is not None and key is not None else None
        if hit is not None:
            results[index] = hit
        else:
            todo.append((index, data, key))
    workers = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    # Largest first, in small chunks: no worker is left with a big file at the end.
    # Results go back to their index, so the output order does not depend on this.
    todo.sort(key=lambda item: -len(item[1]))
    shown = [str(files[index]) for index, _, _ in todo]
    datas = [data for _, data, _ in todo]
    configs = [config] * len(todo)
    if workers <= 1 or len(todo) < PARALLEL_THRESHOLD or \
            sum(map(len, datas)) < PARALLEL_MIN_BYTES:
        fresh = list(map(lint_bytes, datas, shown, configs))
    else:
        chunk = max(1, len(todo) // (workers * 32))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            fresh = list(pool.map(lint_bytes, datas, shown, configs, chunksize=chunk))
    for (index, _, key), result in zip(todo, fresh, strict=True):
        results[index] = result
        if cache is not None and key is not None:
            cache.put(key, result)
    return [r for r in results if r is not None]


def _read(path: Path, config: Config) -> bytes | FileResult:
    """The file's bytes, or the error result `lint_file` would give for it."""
    try:
        if path.stat().st_size > config.max_file_size:
            return lint_file(path, config)
        return read_regular_file(path)
    except OSError:
        return lint_file(path, config)
