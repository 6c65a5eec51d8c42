"""Apply the `Fix` edits of findings to files: chosen, checked, iterated, written atomically.

The fixer never trusts a fix blindly. Each round it lints the current text, picks the
fixes that may be applied (safe ones, unsafe ones only when asked) and that do not overlap,
applies them, and keeps the result only if it still parses and the fixed findings are gone;
a fix that fails either test is not applied, is reported, and is not tried again. Rounds
repeat until no fix applies (at most `MAX_ROUNDS`), so running `--fix` twice changes
nothing.

Writing is atomic: a temporary file in the same directory gets the new bytes (in the file's
own encoding, BOM and line endings, with its permission bits) and replaces the original with
`os.replace`. Just before the replace the file is read again; if it changed since it was
read, it is left alone and an error is reported. An interrupted run therefore leaves every
file either old or new, never half written.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import os
import re
import tempfile
import tokenize
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import libcst as cst

from autograd_lint.config import Config
from autograd_lint.engine import (
    SourceError,
    decode_source,
    discover,
    lint_source,
    read_regular_file,
)
from autograd_lint.finding import Edit, FileError, FileResult, Finding

MAX_ROUNDS = 16
PARALLEL_THRESHOLD = 16
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


# ---------------------------------------------------------------------- edits on text
def line_offsets(text: str) -> list[int]:
    """Offset of the first character of each line (line breaks as Python counts them)."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def _offset(offsets: list[int], text: str, line: int, column: int) -> int:
    if line < 1 or column < 1:
        raise ValueError(f"position {line}:{column} is before the start of the text")
    if line > len(offsets):
        if line == len(offsets) + 1 and column == 1:
            return len(text)
        raise ValueError(f"line {line} is past the end of the text")
    offset = offsets[line - 1] + column - 1
    end_of_line = offsets[line] if line < len(offsets) else len(text)
    if offset > end_of_line:
        raise ValueError(f"column {column} is past the end of line {line}")
    return offset


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Replace each edit's span; edits must not overlap. Raises ValueError on bad spans."""
    offsets = line_offsets(text)
    spans = sorted(
        ((_offset(offsets, text, e.line, e.column), _offset(offsets, text, e.end_line,
                                                             e.end_column), e.text)
         for e in edits),
        key=lambda s: (s[0], s[1]))
    out: list[str] = []
    position = 0
    for start, end, replacement in spans:
        if start < position or end < start:
            raise ValueError("overlapping or inverted edits")
        out.append(text[position:start])
        out.append(replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


def _key(edit: Edit) -> tuple[int, int, int, int]:
    return (edit.line, edit.column, edit.end_line, edit.end_column)


def _overlaps(a: Edit, b: Edit) -> bool:
    a_start, b_start = (a.line, a.column), (b.line, b.column)
    a_end, b_end = (a.end_line, a.end_column), (b.end_line, b.end_column)
    if a_start == b_start:  # two edits at one point: their order would be arbitrary
        return True
    return a_start < b_end and b_start < a_end


def applicable(finding: Finding, unsafe: bool) -> bool:
    fix = finding.fix
    return fix is not None and bool(fix.edits) and (
        fix.applicability == "safe" or unsafe)


def select_fixes(findings: Sequence[Finding], unsafe: bool) -> list[Finding]:
    """Findings whose fixes may be applied together: allowed and not overlapping.

    A fix is all or nothing; a later fix that overlaps an earlier one waits for the next
    round, when it is recomputed against the new text.
    """
    chosen: list[Finding] = []
    taken: list[Edit] = []
    for finding in sorted(findings, key=lambda f: min(_key(e) for e in f.fix.edits)
                          if f.fix and f.fix.edits else (0, 0, 0, 0)):
        if not applicable(finding, unsafe):
            continue
        edits = finding.fix.edits  # type: ignore[union-attr]
        if any(_overlaps(e, t) for e in edits for t in taken) or any(
                _overlaps(a, b) for i, a in enumerate(edits) for b in edits[i + 1:]):
            continue
        chosen.append(finding)
        taken.extend(edits)
    return chosen


def parses(source: str) -> bool:
    try:
        cst.parse_module(source)
    except Exception:  # noqa: BLE001 - any parser failure means "does not parse"
        return False
    return True


# ---------------------------------------------------------------------- documents
class Document(Protocol):
    """Something fixable: a Python file, or a notebook whose code cells form one program."""

    def lint(self, config: Config) -> FileResult:
        """Findings whose fix edits are positions in `programs()[0]`."""
        ...

    def present(self, result: FileResult) -> FileResult:
        """`lint`'s result in the coordinates the user sees (cells, for notebooks)."""
        ...

    def with_fixes(self, findings: Sequence[Finding]) -> Document:
        """A new document with the findings' fixes applied; ValueError if impossible."""
        ...

    def programs(self) -> list[str]:
        """The Python texts that must still parse after fixing."""
        ...

    def encode(self) -> bytes: ...


@dataclass(frozen=True)
class PythonDocument:
    path: str
    source: str
    encoding: str

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> PythonDocument:
        source = decode_source(data)
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return cls(path, source, encoding)

    def lint(self, config: Config) -> FileResult:
        return lint_source(self.source, self.path, config)

    def present(self, result: FileResult) -> FileResult:
        return result

    def with_fixes(self, findings: Sequence[Finding]) -> PythonDocument:
        edits = [e for f in findings for e in f.fix.edits]  # type: ignore[union-attr]
        return PythonDocument(self.path, apply_edits(self.source, edits), self.encoding)

    def programs(self) -> list[str]:
        return [self.source]

    def encode(self) -> bytes:
        # "utf-8-sig" writes the BOM back; a PEP 263 cookie names the codec we decoded with.
        return self.source.encode(self.encoding)


def load_document(data: bytes, path: str) -> Document:
    """Raises SourceError (or ValueError for a broken notebook) when the bytes are unusable."""
    if path.endswith(".ipynb"):
        from autograd_lint.notebook import NotebookDocument

        return NotebookDocument.from_bytes(data, path)
    return PythonDocument.from_bytes(data, path)


# ---------------------------------------------------------------------- the fix loop
@dataclass(frozen=True)
class FixOutcome:
    """What fixing one file did: the final text, how many fixes, what is left."""

    path: str
    original: bytes
    fixed: bytes
    applied: int
    result: FileResult
    problems: tuple[FileError, ...] = ()

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def fix_document(document: Document, config: Config, unsafe: bool) -> tuple[
        Document, int, FileResult, list[FileError]]:
    """Apply fixes round by round; returns the final document, the count, the last lint.

    A fix is kept only if its result parses and its finding goes away; a fix that fails
    either test is reported once and not tried again.
    """
    applied = 0
    problems: list[FileError] = []
    rejected: set[tuple[object, ...]] = set()
    result = document.lint(config)
    for _ in range(MAX_ROUNDS):
        allowed = [f for f in result.findings if _identity(f) not in rejected]
        chosen = select_fixes(allowed, unsafe)
        if not chosen:
            break
        document, result, count = _round(document, result, chosen, config, problems,
                                          rejected)
        applied += count
    return document, applied, result, problems


def _identity(finding: Finding) -> tuple[object, ...]:
    """What identifies a fix across rounds, when earlier fixes have shifted positions."""
    fix = finding.fix
    texts = tuple(e.text for e in fix.edits) if fix else ()
    return (finding.code, finding.message, fix.description if fix else "", texts)


def _resolved(before: Sequence[Finding], after: Sequence[Finding],
              fixed: Sequence[Finding]) -> bool:
    """Did the fixes remove (at least) their own findings, without adding others?"""
    if len(after) > len(before) - len(fixed):
        return False
    for code in {f.code for f in fixed}:
        expected = sum(f.code == code for f in before) - sum(f.code == code for f in fixed)
        if sum(f.code == code for f in after) > expected:
            return False
    return True


def _round(document: Document, result: FileResult, chosen: list[Finding], config: Config,
           problems: list[FileError], rejected: set[tuple[object, ...]],
           ) -> tuple[Document, FileResult, int]:
    """Apply `chosen` together if that works, else find the culprits and reject them."""
    together = _try(document, chosen)
    if together is not None:
        after = together.lint(config)
        if not after.errors and _resolved(result.findings, after.findings, chosen):
            return together, after, len(chosen)
    first_good: tuple[Document, FileResult] | None = None
    for finding in chosen:
        alone = _try(document, [finding])
        after = alone.lint(config) if alone is not None else None
        if alone is None:
            reason = "would not produce valid Python"
        elif after is None or after.errors or not _resolved(result.findings, after.findings,
                                                            [finding]):
            reason = "did not remove its finding"
        else:
            first_good = first_good or (alone, after)
            continue
        rejected.add(_identity(finding))
        problems.append(FileError(finding.path, f"fix for {finding.code} at line "
                                                f"{finding.line} {reason}; not applied"))
    if first_good is None:
        return document, result, 0
    # The good fixes interact or were mixed with bad ones: apply one now, the rest next round.
    return first_good[0], first_good[1], 1


def _try(document: Document, findings: list[Finding]) -> Document | None:
    try:
        candidate = document.with_fixes(findings)
    except ValueError:
        return None
    return candidate if all(parses(p) for p in candidate.programs()) else None


def fix_bytes(data: bytes, path: str, config: Config, unsafe: bool) -> FixOutcome:
    try:
        document = load_document(data, path)
    except (SourceError, ValueError) as exc:
        error = FileError(path, str(exc))
        return FixOutcome(path, data, data, 0, FileResult(path, errors=(error,)))
    final, applied, result, problems = fix_document(document, config, unsafe)
    fixed = final.encode() if applied else data
    shown = final.present(FileResult(path, result.findings, result.errors + tuple(problems)))
    return FixOutcome(path, data, fixed, applied, FileResult(path, shown.findings),
                      shown.errors)


# ---------------------------------------------------------------------- files on disk
class ChangedOnDisk(Exception):
    """The file changed between our read and our write; it was not overwritten."""


def write_atomic(path: Path, original: bytes, new: bytes) -> None:
    """Replace `path` with `new` unless its content is no longer `original`.

    The temporary file lives in the same directory (same file system, so the rename is
    atomic) and gets the original's permission bits. A symbolic link is followed, so the
    link stays a link and its target gets the new content. Raises ChangedOnDisk or OSError.
    """
    path = Path(os.path.realpath(path))
    directory = path.parent
    mode = path.stat().st_mode & 0o7777
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".autograd-lint.tmp",
                                     dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        if _digest(path.read_bytes()) != _digest(original):
            raise ChangedOnDisk(f"{path} changed on disk while it was being fixed; "
                                f"not overwritten")
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fix_file(path: Path, config: Config, unsafe: bool, write: bool) -> FixOutcome:
    """Fix one file; with `write`, store the result. Never raises for bad input."""
    shown = str(path)
    try:
        data = read_regular_file(path)
    except OSError as exc:
        error = FileError(shown, f"cannot read: {exc.strerror or exc}")
        return FixOutcome(shown, b"", b"", 0, FileResult(shown, errors=(error,)))
    if len(data) > config.max_file_size:
        error = FileError(shown, f"skipped: file is {len(data) / 1e6:.1f} MB, over the "
                                 f"{config.max_file_size / 1e6:.1f} MB limit (max-file-size)")
        return FixOutcome(shown, data, data, 0, FileResult(shown, errors=(error,)))
    outcome = fix_bytes(data, shown, config, unsafe)
    if write and outcome.changed:
        try:
            write_atomic(path, data, outcome.fixed)
        except (ChangedOnDisk, OSError) as exc:
            message = str(exc) if isinstance(exc, ChangedOnDisk) else \
                f"cannot write: {exc.strerror or exc}"
            original = lint_source_or_error(data, shown, config)
            return FixOutcome(shown, data, data, 0, original,
                              (*outcome.problems, FileError(shown, message)))
    return outcome


def lint_source_or_error(data: bytes, path: str, config: Config) -> FileResult:
    """The findings of the unchanged file, for reporting when a write was refused."""
    try:
        document = load_document(data, path)
        return document.present(document.lint(config))
    except (SourceError, ValueError) as exc:
        return FileResult(path, errors=(FileError(path, str(exc)),))


@dataclass
class FixRun:
    outcomes: list[FixOutcome] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return sum(o.applied for o in self.outcomes)


def fix_paths(paths: Sequence[Path], config: Config, unsafe: bool, write: bool,
              jobs: int | None = None) -> FixRun:
    run = FixRun()
    files = discover(paths, config, run.errors)
    workers = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    n = len(files)
    if workers <= 1 or n < PARALLEL_THRESHOLD:
        run.outcomes = [fix_file(f, config, unsafe, write) for f in files]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            run.outcomes = list(pool.map(fix_file, files, [config] * n, [unsafe] * n,
                                         [write] * n, chunksize=max(1, n // (workers * 8))))
    return run


def unified_diff(outcome: FixOutcome) -> str:
    """The change as a unified diff of the file's text (decoded leniently for display)."""
    old = outcome.original.decode("utf-8", errors="replace").splitlines(keepends=True)
    new = outcome.fixed.decode("utf-8", errors="replace").splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, fromfile=f"a/{outcome.path.lstrip('/')}",
                                 tofile=f"b/{outcome.path.lstrip('/')}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at "
                   "end of file\n" for line in lines)
