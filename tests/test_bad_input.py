"""Bad input gives an error entry and the run goes on; never a traceback, nothing lost."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from autograd_lint import engine
from autograd_lint.cli import main
from autograd_lint.config import Config
from autograd_lint.rules import NonLeafGrad

BAD = "import torch\nx = torch.randn(3, requires_grad=True)\n(x * 2).backward()\n"


def lint_json(*paths: Path) -> dict:
    result = CliRunner().invoke(main, [*map(str, paths), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def test_every_kind_of_bad_file_is_reported_and_the_good_one_still_linted(tmp_path):
    (tmp_path / "a_syntax.py").write_text("import torch\ndef f(:\n    pass\n", encoding="utf-8")
    (tmp_path / "b_latin1.py").write_bytes(b"x = '\xe9t\xe9'\n")
    (tmp_path / "c_binary.py").write_bytes(b"\x00\x01\x02torch backward")
    (tmp_path / "d_empty.py").write_bytes(b"")
    (tmp_path / "e_dangling.py").symlink_to(tmp_path / "missing-target.py")
    (tmp_path / "f_bad_cookie.py").write_bytes(b"# -*- coding: klingon -*-\nx = 1\n")
    (tmp_path / "z_real.py").write_text(BAD, encoding="utf-8")
    document = lint_json(tmp_path)
    errors = {Path(e["path"]).name: e["message"] for e in document["errors"]}
    assert errors["a_syntax.py"].startswith("syntax error at line 2")
    assert "cannot decode as utf-8" in errors["b_latin1.py"]
    assert "NUL bytes" in errors["c_binary.py"]
    assert "cannot read" in errors["e_dangling.py"]
    assert "encoding" in errors["f_bad_cookie.py"]
    assert "d_empty.py" not in errors
    assert [Path(f["path"]).name for f in document["findings"]] == ["z_real.py"]


def test_pep263_cookie_is_respected(tmp_path):
    source = "# -*- coding: latin-1 -*-\n" + BAD + "s = '\xe9'\n"
    (tmp_path / "m.py").write_bytes(source.encode("latin-1"))
    document = lint_json(tmp_path)
    assert document["errors"] == []
    assert [f["code"] for f in document["findings"]] == ["AGL002"]


def test_utf8_bom_is_accepted(tmp_path):
    (tmp_path / "m.py").write_bytes(b"\xef\xbb\xbf" + BAD.encode())
    assert [f["code"] for f in lint_json(tmp_path)["findings"]] == ["AGL002"]


def test_huge_file_is_skipped_with_a_message(tmp_path):
    (tmp_path / "big.py").write_text(BAD + "# " + "x" * 2000 + "\n", encoding="utf-8")
    config = Config(max_file_size=1000)
    result = engine.lint_file(tmp_path / "big.py", config)
    assert result.findings == ()
    assert "over the 0.0 MB limit" in result.errors[0].message or \
        "limit (max-file-size)" in result.errors[0].message


def test_deep_nesting_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "deep.py").write_text("import torch\nx = " + "(" * 5000 + "1" + ")" * 5000
                                      + "\nx.backward()\n", encoding="utf-8")
    result = engine.lint_file(tmp_path / "deep.py", Config())
    assert result.findings == ()
    assert [e.message for e in result.errors] == [
        "syntax error at line 2: too many nested parentheses"]


def test_runaway_expression_depth_is_an_error_not_a_crash():
    result = engine.lint_source("import torch\nx = " + "1+" * 50000 + "1\nx.backward()\n",
                                "m.py", Config())
    assert [e.message for e in result.errors] == [
        "cannot parse: expressions nested too deeply"]


def test_a_crashing_rule_is_reported_and_other_rules_still_report(tmp_path, monkeypatch):
    def explode(self, node):
        raise ValueError("boom")

    monkeypatch.setattr(NonLeafGrad, "visit_Attribute", explode)
    source = BAD + "y = x * 2\nprint(y.grad)\n"
    result = engine.lint_source(source, "m.py", Config())
    assert [f.code for f in result.findings] == ["AGL002"]
    assert result.errors[0].message == "internal error in rule AGL001: ValueError: boom"


def test_a_crashing_analysis_is_reported(monkeypatch):
    def explode(module):
        raise RuntimeError("analysis broke")

    monkeypatch.setattr(engine, "analyze", explode)
    result = engine.lint_source(BAD, "m.py", Config())
    assert result.findings == ()
    assert result.errors[0].message == "internal error in analysis: RuntimeError: analysis broke"


@pytest.mark.parametrize("name", ["with space.py", "ünïcødé.py"])
def test_paths_with_spaces_and_non_ascii(tmp_path, name):
    (tmp_path / name).write_text(BAD, encoding="utf-8")
    [finding] = lint_json(tmp_path)["findings"]
    assert Path(finding["path"]).name == name


def test_a_file_over_the_time_budget_is_reported_and_skipped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A pathological file must not hang the run: past the per-file budget it becomes an
    error entry and the run goes on (here the lint is made to stall on purpose)."""
    def stall(source, path, config):  # type: ignore[no-untyped-def]
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(engine, "FILE_TIME_BUDGET", 0.2)
    monkeypatch.setattr(engine, "lint_source", stall)
    started = time.monotonic()
    result = engine.lint_bytes(b"import torch\n", "slow.py", Config())
    assert time.monotonic() - started < 5
    assert [e.message for e in result.errors] == ["skipped: linting took longer than 0.2 s"]
    time.sleep(0.3)  # the timer is off again: no stray alarm after the budget
