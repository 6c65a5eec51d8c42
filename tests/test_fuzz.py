"""The engine survives anything: generated programs and mangled real files give findings or
a clean error entry, never an exception."""

from __future__ import annotations

import random
from pathlib import Path

import hypothesmith
from hypothesis import given
from hypothesis import strategies as st

from autograd_lint.config import Config
from autograd_lint.engine import lint_bytes, lint_source
from autograd_lint.finding import FileResult

CONFIG = Config()
# Appended so the pre-filter lets every generated program through the whole pipeline.
PITFALLS = """
import torch
__w = torch.randn(3, requires_grad=True).view(3, 1)
__y = __w * 2
__y.backward()
print(__w.grad, __y.data.add_(1))
"""
REAL_FILES = sorted((Path(__file__).parent / "fixtures").glob("AGL*/*.py")) + sorted(
    (Path(__file__).parent.parent / "examples").glob("*.py"))


def _check(result: FileResult) -> None:
    assert isinstance(result, FileResult)
    for error in result.errors:
        assert not error.message.startswith("internal error"), error.message
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1


@given(hypothesmith.from_grammar())
def test_generated_programs_never_crash_the_engine(source):
    _check(lint_source(source + PITFALLS, "gen.py", CONFIG))
    _check(lint_source(PITFALLS + source, "gen.py", CONFIG))


@given(hypothesmith.from_node())
def test_generated_syntax_trees_never_crash_the_engine(source):
    _check(lint_source(source + PITFALLS, "gen.py", CONFIG))


@given(st.sampled_from(REAL_FILES), st.randoms(use_true_random=False),
       st.sampled_from(["truncate", "flip", "shuffle", "duplicate", "indent"]))
def test_mangled_real_files_give_findings_or_a_clean_error(path, rng: random.Random, how):
    data = bytearray(path.read_bytes())
    if how == "truncate":
        data = data[: rng.randrange(len(data) + 1)]
    elif how == "flip":
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif how == "shuffle":
        lines = bytes(data).splitlines(keepends=True)
        rng.shuffle(lines)
        data = bytearray(b"".join(lines))
    elif how == "duplicate":
        lines = bytes(data).splitlines(keepends=True)
        start = rng.randrange(len(lines))
        data = bytearray(b"".join(lines[:start] + lines[start:] * 2))
    else:
        lines = bytes(data).splitlines(keepends=True)
        index = rng.randrange(len(lines))
        lines[index] = b"    " * rng.randint(1, 3) + lines[index]
        data = bytearray(b"".join(lines))
    result = lint_bytes(bytes(data), str(path), CONFIG)
    _check(result)


def test_ten_megabyte_single_line_is_skipped_with_a_message():
    source = "import torch\nx = [" + "1, " * 3_400_000 + "]\n(x).backward()\n"
    result = lint_source(source, "big.py", CONFIG)
    assert result.findings == ()
    assert [e.message for e in result.errors] == [
        "skipped: file is 10.2 MB, over the 5.0 MB limit (max-file-size)"]
