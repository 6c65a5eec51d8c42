"""LazyPositions equals libcst's whole-module PositionProvider on every node.

Two paths are checked: `anchored_span` (the node's own line or compound statement, placed
with CPython's ast; None when that cannot be verified) and `span` (anchored, else the
top-level statement). Sources: odd layouts written for the job, the rule fixtures and eval
files, a sample of the installed torch package's own sources, and generated programs.
"""

from __future__ import annotations

import ast
import importlib.util
import warnings
from pathlib import Path

import hypothesmith
import libcst as cst
import pytest
from hypothesis import given
from libcst.metadata import MetadataWrapper, PositionProvider

from autograd_lint import module_code
from autograd_lint.analysis.tree import walk
from autograd_lint.positions import LazyPositions

ROOT = Path(__file__).parent
FILES = sorted(ROOT.glob("fixtures/AGL*/*.py")) + sorted(ROOT.glob("eval/AGL*/*.py"))
ODD = {
    "header_crlf_mixed": "# header comment\n\nimport torch\n\n\n# lead\nx = 1; y = 2\r\n"
                         "if x:\r\n    z = (1 +\r\n  2)\n",
    "cr_only": "import torch\r\rx = torch.randn(3)\r\r\r# c\ry = x * 2\r",
    "multiline_strings": '"""doc"""\n\n\nclass A:\n    def f(self):\n        return """\nmulti\n'
                         'line\n"""\n\nw = A()',
    "tabs": "def f(x):\n\tif x:\n\t\ty = x.grad; z = 1\n\telse:\n\t\ty = 2\n\treturn y\n",
    "mixed_indents": "class A:\n  def f(self):\n        a = 1\n        if a:\n         b = 2\n"
                     "  x = 3\n",
    "semicolons": "a = 1; b = 2;\nc = 3 ;  d = 4  # c\nif a: b; c\nwhile b: c = 1; d = 2\n",
    "one_line_suites": "if x: a; b\nelif y: c\nelse: d\nfor i in r: pass\n"
                       "def f(): return 1\nclass C: x = 1; y = 2\n"
                       "try: a\nexcept E: b\nelse: c\nfinally: d\nwith m: n\n",
    "backslashes": "x = 1 + \\\n    2; y = 3\nif a and \\\n   b:\n    z = \\\n        4\n"
                   "assert x, \\\n  'msg'\n",
    "decorators": "@dec\n@dec2(1,\n      2)\n# between\n@ dec3\ndef f(x):\n    return x\n\n"
                  "@cls_dec\nclass K:\n    @property\n    def p(self): return 1\n",
    "comments": "# top\n\n# lead 1\n\n  # odd indent comment\nx = 1  # trail\n"
                "def f():\n    # inside\n    y = [\n        1,  # one\n        2,\n    ]\n"
                "    # before return\n    return y\n# footer\n",
    "control_flow": (
        "if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    pass\nelse:\n    if d:\n"
        "        x = 3\n    else:\n        x = 4\n"
        "for i in r:\n    continue\nelse:\n    done = 1\n"
        "while w:\n    break\nelse:\n    w = 0\n"
        "try:\n    t = 1\nexcept ValueError as e:\n    t = 2\nexcept (KeyError, OSError):\n"
        "    t = 3\nelse:\n    t = 4\nfinally:\n    t = 5\n"
        "try:\n    u = 1\nexcept* ValueError:\n    u = 2\n"
        "with open(p) as f, open(q) as g:\n    data = f.read()\n"
        "with (\n    open(p) as f,\n    open(q) as g,\n):\n    pass\n"
    ),
    "match": "match cmd:\n    case [x, y]:\n        a = x\n    case {'k': v} if v:\n"
             "        pass\n    case Point(x=0) | None:\n        b = 1; c = 2\n    case _:\n"
             "        d = 3\n",
    "async": "async def f(s):\n    async for x in s:\n        await x\n    async with s as t:\n"
             "        y = [z async for z in t]\n    return y\n",
    "small_statements": "import os, sys as system\nfrom . import a\nfrom .b import (c,\n    d)\n"
                        "global g\ndel a, b\nx: int = 1\nx += 2\nraise E from F\n"
                        "def f():\n    nonlocal_ = 1\n    def g():\n        nonlocal nonlocal_\n"
                        "        yield nonlocal_\n    return lambda q: q\n",
    "non_ascii": "é = 'ü'; ç = é\n名前 = '値'; y = 名前 + \"🎉\"\ndef 関数(引数):\n"
                 "    return 引数.grad  # 注釈 🎉\n",
    "form_feed": "\x0cimport torch\nx = 1\n\x0c\ndef f():\n    a = 1\n\x0c    b = a\n"
                 "    \x0c\n    return b\n\x0cy = 2; z = 3\n",
    "continuations": "x = [\n\\\n1]\nif a and \\\n  b: c = \\\n 1\n",
    "header_continuation": "\\\r\r\nimport torch\r\n\r\nh = torch.ones(1)\r\n",
    "bom": "\ufeffimport torch\nx = torch.ones(2); y = 'é'\ndef f():\n    return x.grad\n",
    "no_trailing_newline": "import torch\ndef f():\n    return 1",
    "no_trailing_newline_line": "x = 1\ny = 2; z = 3  # end",
    "no_trailing_newline_suite": "x = 1\nif x: y = 2",
    "strings": "s = f'''a\n{x!r:>{w}}\nb'''\nt = ('a'\n     'b')\nu = rb'\\x00' b\"\"\"q\n\"\"\"\n",
    "nested_brackets": "x = f(a,\n      g(b,\n        [c,\n         d]),\n"
                       "      e=(1,\n         2))\n",
    "blank_lines_with_spaces": "def f():\n    a = 1\n    \n        \n    b = 2\n  \n",
    "empty": "",
    "only_comments": "# just\n# comments\n",
}


def _reference(module: cst.Module) -> dict[cst.CSTNode, tuple[int, int, int, int]]:
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    return {node: (pos.start.line, pos.start.column + 1, pos.end.line, pos.end.column + 1)
            for node, pos in positions.items()}


def _cpython_tree(source: str) -> ast.Module | None:
    """What the engine has after its syntax check (None when CPython refuses the text)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _compare(source: str, *, given: bool = True,
             tree: ast.Module | None | str = "cpython") -> tuple[int, int]:
    """(nodes checked, nodes placed by their own unit); asserts every position.

    `given`: the caller passes the source text (and `tree`, by default CPython's parse of
    it), as the engine does. Otherwise LazyPositions generates and parses the code itself;
    `module.code` then answers with other text, as it can in the engine, and must not be
    what positions are computed from."""
    module = cst.parse_module(source)
    reference = _reference(module)
    if given:
        given_tree = _cpython_tree(source) if tree == "cpython" else tree
        lazy = LazyPositions(module, source, given_tree)  # type: ignore[arg-type]
    else:
        module_code.install()
        module_code.remember(module, "# other text\n" + source)
        lazy = LazyPositions(module)
    checked = anchored = 0
    for statement in module.body:
        for node in walk(statement):
            if node not in reference:
                continue
            expected = reference[node]
            found = lazy.anchored_span(node)
            if found is not None:
                assert found == expected, (type(node).__name__, found, expected)
                anchored += 1
            assert lazy.span(node) == expected, (type(node).__name__, expected)
            checked += 1
    return checked, anchored


@pytest.mark.parametrize("given", [True, False])
@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_layouts(name, given):
    checked, anchored = _compare(ODD[name], given=given)
    assert checked >= (0 if name in ("empty", "only_comments") else 5)


@pytest.mark.parametrize("name", ["tabs", "control_flow", "match", "async", "decorators",
                                  "one_line_suites", "non_ascii", "semicolons"])
def test_odd_layouts_are_placed_by_their_own_statement(name):
    checked, anchored = _compare(ODD[name])
    assert anchored >= 0.9 * checked


def test_form_feed_indentation_falls_back():
    """libcst drops a form feed in an indentation, so its columns there differ from the
    source's; those lines must take the fallback, still agreeing with libcst."""
    source = "def f():\n    a = 1\n\x0c    b = a.grad\n"
    module = cst.parse_module(source)
    assert module.code != source  # the premise: libcst does not round-trip this
    checked, anchored = _compare(source)
    assert 0 < anchored < checked


def test_a_continuation_in_front_of_a_statement_falls_back():
    """libcst drops a backslash continuation that stands in front of a statement, so its
    line numbers after it are one less than the file's: nothing is anchored then."""
    source = "import torch\nx = 1\n\\\ny = x.grad\ndef f():\n    a = 1\n    \\\n    b = a\n"
    module = cst.parse_module(source)
    assert module.code.count("\n") < source.count("\n")  # the premise
    checked, anchored = _compare(source)
    assert checked > 20 and anchored == 0


def test_without_a_tree_the_source_is_parsed_here():
    assert _compare(ODD["control_flow"], tree=None)[1] > 50


SLICED = """import torch


class Model:
    def __init__(self):
        self.w = torch.ones(2, requires_grad=True)

    def unrelated(self):
        return 1

    def step(self, x):
        y = x * self.w
        y.backward()
        return self.w.grad


def helper():
    pass


z = Model().step(torch.ones(2))
"""


@pytest.mark.parametrize("dropped", [(8, 9), (17, 18), (8, 18)])
def test_a_sliced_module_with_the_whole_files_tree(dropped, monkeypatch):
    """The engine parses a slice of the file (dropped definitions' lines emptied) and has
    CPython's tree of the whole file: the statements emptied in the slice are passed over,
    and the rest are placed by their own line or statement."""
    first, last = dropped
    lines = SLICED.splitlines(keepends=True)
    sliced = "".join("\n" if first <= number <= last else line
                     for number, line in enumerate(lines, start=1))
    whole_file = ast.parse(SLICED)

    def no_second_parse(*args, **kwargs):
        raise AssertionError("the whole file's tree should have served")

    monkeypatch.setattr(ast, "parse", no_second_parse)
    checked, anchored = _compare(sliced, tree=whole_file)
    # What is not placed by its own unit: the emptied lines, now comment-free blank lines
    # in front of the next line (their nodes are generated with the top-level statement).
    assert checked > 50 and anchored > 0.7 * checked


def test_fixture_and_eval_files():
    checked = anchored = 0
    for path in FILES:
        file_checked, file_anchored = _compare(path.read_text(encoding="utf-8"))
        checked += file_checked
        anchored += file_anchored
    assert checked > 10_000
    assert anchored > 0.95 * checked


def _torch_sample(count: int) -> list[Path]:
    """Every n-th file of the installed torch package's sources: real code of all kinds."""
    spec = importlib.util.find_spec("torch")
    assert spec is not None and spec.origin is not None
    files = sorted(Path(spec.origin).parent.rglob("*.py"))
    files = [p for p in files if p.stat().st_size < 60_000]
    return files[:: max(1, len(files) // count)][:count]


def test_real_code_sample():
    checked = anchored = 0
    for path in _torch_sample(30):
        file_checked, file_anchored = _compare(path.read_text(encoding="utf-8"))
        checked += file_checked
        anchored += file_anchored
    assert checked > 20_000
    assert anchored > 0.9 * checked


@given(hypothesmith.from_grammar())
def test_generated_programs(source):
    _compare(source)


@given(hypothesmith.from_node())
def test_generated_syntax_trees(source):
    _compare(source)
