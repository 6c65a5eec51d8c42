"""`Module.code` answered from the parsed source must be exactly what libcst generates."""

from __future__ import annotations

import libcst as cst

from autograd_lint import module_code
from autograd_lint.config import Config
from autograd_lint.engine import lint_file
from tests.fixture_lib import FIXTURES

ODD_SOURCES = [
    "",
    "x = 1",  # no final newline
    "x = 1\r\ny = 2\r\n",
    "if x:\n\ty = 1\n",
    "# only a comment\n\n\n",
    "\ufeffx = 'bom'\n",
    "def f():\n    return (\n        1\n    )  # tail\n",
]


def test_remembered_source_is_what_libcst_generates():
    module_code.install()
    sources = ODD_SOURCES + [p.read_text(encoding="utf-8") for p in
                             sorted(FIXTURES.rglob("*.py"))]
    for source in sources:
        module = cst.parse_module(source)
        module_code.remember(module, source)
        assert module.code == module_code._generate(module)


def test_unremembered_module_is_generated():
    module_code.install()
    built = cst.Module(body=[cst.SimpleStatementLine([cst.Expr(cst.Name("x"))])])
    assert built.code == "x\n"
    assert built.code == module_code._generate(built)


def test_remembered_source_is_returned_for_that_module_only():
    module_code.install()
    first = cst.parse_module("a = 1\n")
    second = cst.parse_module("a = 1\n")
    module_code.remember(first, "a = 1\n")
    assert first.code == "a = 1\n"
    assert second.code == "a = 1\n"


def test_findings_identical_without_the_shortcut(monkeypatch):
    files = sorted(FIXTURES.rglob("*.py"))
    fast = [lint_file(f, Config()) for f in files]
    monkeypatch.setattr(cst.Module, "code", property(module_code._generate))
    slow = [lint_file(f, Config()) for f in files]
    assert fast == slow
