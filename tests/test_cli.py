"""The CLI contract: selection, formats, exit codes, stdin, rules/explain, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from autograd_lint.cli import main
from autograd_lint.rules import ALL_RULES

BAD = """\
import torch

x = torch.randn(3, requires_grad=True)
y = x * 2
y.backward()
"""
GOOD = """\
import torch

x = torch.randn(3, requires_grad=True)
(x * 2).sum().backward()
print(x.grad)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "bad.py").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.py").write_text(GOOD, encoding="utf-8")
    return tmp_path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_text_output_has_location_code_source_and_caret(project):
    result = run(str(project / "bad.py"), "--no-color")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{project / 'bad.py'}:5:1: AGL002 ")
    assert lines[1] == "    y.backward()"
    assert lines[2] == "    ^^^^^^^^^^^^"
    assert lines[-1] == "Found 1 finding in 1 file."


def test_clean_file_exits_zero(project):
    result = run(str(project / "good.py"))
    assert result.exit_code == 0
    assert "Found 0 findings in 1 file." in result.output


def test_directory_is_walked_and_default_path_is_cwd(project, monkeypatch):
    monkeypatch.chdir(project)
    result = run("--quiet")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        line for line in result.output.strip().splitlines() if "AGL002" in line]
    assert "bad.py:5:1: AGL002" in result.output


def test_json_matches_contract(project):
    result = run(str(project), "--format", "json")
    document = json.loads(result.output)
    assert document["version"] == 1
    assert document["errors"] == []
    [finding] = document["findings"]
    assert set(finding) == {"code", "name", "severity", "message", "path", "line", "column",
                            "end_line", "end_column", "fix", "confirmation"}
    assert (finding["code"], finding["name"], finding["severity"]) == (
        "AGL002", "nonscalar-backward", "error")
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (
        5, 1, 5, 13)
    assert finding["confirmation"] is None


def test_select_ignore_and_extend_select(project):
    assert run(str(project), "--select", "AGL001").exit_code == 0
    assert run(str(project), "--ignore", "AGL002").exit_code == 0
    assert run(str(project), "--select", "AGL001", "--extend-select", "AGL002").exit_code == 1
    assert run(str(project), "--select", "AGL00").exit_code == 1


def test_unknown_code_is_exit_2(project):
    result = CliRunner().invoke(main, [str(project), "--select", "AGL999"])
    assert result.exit_code == 2
    assert "unknown rule code 'AGL999'" in result.output


def test_exit_zero_and_statistics(project):
    result = run(str(project), "--exit-zero", "--statistics")
    assert result.exit_code == 0
    assert "    1  AGL002  nonscalar-backward" in result.output


def test_github_annotations(project):
    result = run(str(project / "bad.py"), "--format", "github")
    line = result.output.strip()
    assert line.startswith("::error file=")
    assert ",line=5,col=1,endLine=5,endColumn=13,title=AGL002 nonscalar-backward::AGL002 " in line


def test_stdin_with_filename():
    result = run("-", "--stdin-filename", "src/train.py", input=BAD)
    assert result.exit_code == 1
    assert result.output.startswith("src/train.py:5:1: AGL002")
    assert "    y.backward()" in result.output


def test_missing_path_is_exit_2(tmp_path):
    result = CliRunner().invoke(main, [str(tmp_path / "nope.py")])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output


def test_rules_and_explain():
    listing = run("rules")
    assert listing.exit_code == 0
    assert len(listing.output.strip().splitlines()) == len(ALL_RULES)
    explained = run("explain", "AGL002")
    assert explained.output.startswith("# AGL002 nonscalar-backward")
    assert "grad can be implicitly created only for scalar outputs" in explained.output
    assert run("explain", "nonleaf-grad").output.startswith("# AGL001")
    assert CliRunner().invoke(main, ["explain", "AGL999"]).exit_code == 2


def test_noqa_suppression(tmp_path):
    source = BAD.replace("y.backward()", "y.backward()  # noqa: AGL002")
    (tmp_path / "a.py").write_text(source, encoding="utf-8")
    assert run(str(tmp_path)).exit_code == 0
    (tmp_path / "a.py").write_text(BAD.replace("y.backward()", "y.backward()  # noqa"),
                                   encoding="utf-8")
    assert run(str(tmp_path)).exit_code == 0
    (tmp_path / "a.py").write_text(BAD.replace("y.backward()", "y.backward()  # noqa: AGL001"),
                                   encoding="utf-8")
    assert run(str(tmp_path)).exit_code == 1


def test_console_script_and_module_entry_points(project):
    script = Path(sys.executable).with_name("autograd-lint")
    for command in ([str(script)], [sys.executable, "-m", "autograd_lint"]):
        done = subprocess.run([*command, str(project), "--format", "json"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert json.loads(done.stdout)["findings"][0]["code"] == "AGL002"


def test_static_mode_never_imports_torch(project):
    code = ("import sys; from autograd_lint.cli import main; "
            f"sys.argv=['autograd-lint', {str(project)!r}, '--quiet'];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "assert 'torch' not in sys.modules, 'torch was imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
