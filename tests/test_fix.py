"""The fixer's guarantees: edits, selection, parse check, files kept intact on disk."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from autograd_lint import fix as fixer
from autograd_lint.config import Config
from autograd_lint.finding import Edit, Finding, Fix
from autograd_lint.fix import (
    ChangedOnDisk,
    apply_edits,
    fix_bytes,
    fix_file,
    select_fixes,
    write_atomic,
)
from autograd_lint.fixes import BUILDERS
from autograd_lint.fixes.context import make_fix, replace_node

INT_GRAD = "import torch\na = torch.arange(3, requires_grad=True)\n"
INT_GRAD_FIXED = "import torch\na = torch.arange(3, dtype=torch.float32, requires_grad=True)\n"
DATA_MUTATION = "import torch\nw = torch.randn(3, requires_grad=True)\nw.data.mul_(2)\n"


def _finding(line: int, edits: list[Edit], applicability: str = "safe") -> Finding:
    return Finding("AGL005", "int-requires-grad", "error", "m", "f.py", line, 1, line, 2,
                   Fix(applicability, "d", tuple(edits)))  # type: ignore[arg-type]


def test_apply_edits_uses_one_based_code_point_columns() -> None:
    text = "é = 1\nb = 2\n"
    assert apply_edits(text, [Edit(1, 5, 1, 6, "10"), Edit(2, 1, 2, 2, "c")]) == \
        "é = 10\nc = 2\n"


def test_apply_edits_rejects_spans_outside_the_text() -> None:
    with pytest.raises(ValueError):
        apply_edits("a\n", [Edit(1, 5, 1, 6, "x")])
    with pytest.raises(ValueError):
        apply_edits("a\n", [Edit(4, 1, 4, 1, "x")])


def test_overlapping_and_unsafe_fixes_are_not_selected_together() -> None:
    first = _finding(1, [Edit(1, 1, 1, 5, "x")])
    overlapping = _finding(1, [Edit(1, 3, 1, 8, "y")])
    same_point = _finding(2, [Edit(2, 1, 2, 1, "a"), Edit(2, 1, 2, 1, "b")])
    unsafe = _finding(3, [Edit(3, 1, 3, 2, "z")], "unsafe")
    assert select_fixes([overlapping, first, same_point, unsafe], unsafe=False) == [first]
    assert select_fixes([first, unsafe], unsafe=True) == [first, unsafe]


def test_fix_that_breaks_the_syntax_is_refused_and_reported(monkeypatch) -> None:
    def broken(report, ctx):  # type: ignore[no-untyped-def]
        return make_fix("safe", "break it", lambda span: [replace_node(span, report.node,
                                                                      "requires_grad=(")])

    monkeypatch.setitem(BUILDERS, "AGL005", broken)
    outcome = fix_bytes(INT_GRAD.encode(), "f.py", Config(), unsafe=False)
    assert outcome.fixed == INT_GRAD.encode()
    assert not outcome.changed
    assert [f.code for f in outcome.result.findings] == ["AGL005"]
    assert any("would not produce valid Python" in p.message for p in outcome.problems)


def test_fix_that_does_not_remove_its_finding_stops(monkeypatch) -> None:
    def useless(report, ctx):  # type: ignore[no-untyped-def]
        return make_fix("safe", "noop", lambda span: [replace_node(span, report.node,
                                                                  "requires_grad=True")])

    monkeypatch.setitem(BUILDERS, "AGL005", useless)
    outcome = fix_bytes(INT_GRAD.encode(), "f.py", Config(), unsafe=False)
    assert outcome.applied == 0 and not outcome.changed
    assert any("did not remove" in p.message for p in outcome.problems)


def test_a_bad_fix_next_to_a_good_one_is_left_out(monkeypatch) -> None:
    def wrong_place(report, ctx):  # type: ignore[no-untyped-def]
        return make_fix("unsafe", "edit elsewhere",
                        lambda span: [Edit(1, 1, 1, 1, "# touched\n")])

    monkeypatch.setitem(BUILDERS, "AGL006", wrong_place)
    source = INT_GRAD + DATA_MUTATION.split("\n", 1)[1]
    outcome = fix_bytes(source.encode(), "f.py", Config(), unsafe=True)
    assert outcome.fixed.decode() == INT_GRAD_FIXED + DATA_MUTATION.split("\n", 1)[1]
    assert outcome.applied == 1
    assert [f.code for f in outcome.result.findings] == ["AGL006"]
    assert [p.message for p in outcome.problems] == [
        "fix for AGL006 at line 4 did not remove its finding; not applied"]


def test_line_endings_encoding_cookie_and_bom_are_kept() -> None:
    crlf = DATA_MUTATION.replace("\n", "\r\n").encode()
    fixed = fix_bytes(crlf, "f.py", Config(), unsafe=True).fixed
    assert b"with torch.no_grad():\r\n    w.mul_(2)\r\n" in fixed
    assert fixed.count(b"\n") == fixed.count(b"\r\n")

    latin = ("# -*- coding: latin-1 -*-\n# café\n" + INT_GRAD).encode("latin-1")
    fixed = fix_bytes(latin, "f.py", Config(), unsafe=False).fixed
    assert fixed == ("# -*- coding: latin-1 -*-\n# café\n" + INT_GRAD_FIXED).encode("latin-1")

    bom = b"\xef\xbb\xbf" + INT_GRAD.encode()
    assert fix_bytes(bom, "f.py", Config(), unsafe=False).fixed == \
        b"\xef\xbb\xbf" + INT_GRAD_FIXED.encode()


def test_write_keeps_the_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "script.py"
    target.write_text(INT_GRAD)
    target.chmod(0o750)
    outcome = fix_file(target, Config(), unsafe=False, write=True)
    assert outcome.applied == 1
    assert target.read_text() == INT_GRAD_FIXED
    assert stat.S_IMODE(target.stat().st_mode) == 0o750
    assert sorted(p.name for p in tmp_path.iterdir()) == ["script.py"]


def test_a_symlinked_file_is_fixed_through_the_link(tmp_path: Path) -> None:
    (tmp_path / "real.py").write_text(INT_GRAD)
    (tmp_path / "link.py").symlink_to("real.py")
    fix_file(tmp_path / "link.py", Config(), unsafe=False, write=True)
    assert (tmp_path / "link.py").is_symlink()
    assert (tmp_path / "real.py").read_text() == INT_GRAD_FIXED


def test_file_changed_between_read_and_write_is_not_overwritten(tmp_path: Path,
                                                                 monkeypatch) -> None:
    target = tmp_path / "script.py"
    target.write_text(INT_GRAD)
    real_fix_bytes = fixer.fix_bytes

    def edited_meanwhile(*args):  # type: ignore[no-untyped-def]
        outcome = real_fix_bytes(*args)
        target.write_text("# the user saved this meanwhile\n")
        return outcome

    monkeypatch.setattr(fixer, "fix_bytes", edited_meanwhile)
    outcome = fix_file(target, Config(), unsafe=False, write=True)
    assert target.read_text() == "# the user saved this meanwhile\n"
    assert outcome.applied == 0
    assert any("changed on disk" in p.message for p in outcome.problems)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["script.py"]


def test_write_atomic_refuses_a_changed_file(tmp_path: Path) -> None:
    target = tmp_path / "a.py"
    target.write_bytes(b"new on disk\n")
    with pytest.raises(ChangedOnDisk):
        write_atomic(target, b"what we read\n", b"fixed\n")
    assert target.read_bytes() == b"new on disk\n"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "autograd_lint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_cli_diff_writes_nothing_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(INT_GRAD)
    (tmp_path / "clean.py").write_text("import torch\n")
    run = _cli("--diff", ".", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "-a = torch.arange(3, requires_grad=True)" in run.stdout
    assert "+a = torch.arange(3, dtype=torch.float32, requires_grad=True)" in run.stdout
    assert "Would fix 1 finding." in run.stderr
    assert (tmp_path / "a.py").read_text() == INT_GRAD
    (tmp_path / "a.py").write_text(INT_GRAD_FIXED)
    assert _cli("--diff", ".", cwd=tmp_path).returncode == 0


def test_cli_fix_reports_what_is_left_and_how_many_were_fixed(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(INT_GRAD + DATA_MUTATION.split("\n", 1)[1])
    run = _cli("--fix", "a.py", cwd=tmp_path)
    assert run.returncode == 1
    assert "a.py:4:1: AGL006" in run.stdout
    assert "Fixed 1 finding." in run.stdout
    run = _cli("--fix", "--unsafe-fixes", "a.py", cwd=tmp_path)
    assert run.returncode == 0, run.stdout
    assert "Fixed 1 finding." in run.stdout
    before = (tmp_path / "a.py").read_bytes()
    run = _cli("--fix", "--unsafe-fixes", "a.py", cwd=tmp_path)
    assert "Fixed 0 findings." in run.stdout
    assert (tmp_path / "a.py").read_bytes() == before


def test_cli_fix_with_json_keeps_stdout_parseable(tmp_path: Path) -> None:
    import json

    (tmp_path / "a.py").write_text(INT_GRAD)
    run = _cli("--fix", "--format", "json", "a.py", cwd=tmp_path)
    assert json.loads(run.stdout)["findings"] == []
    assert "Fixed 1 finding." in run.stderr


def test_cli_refuses_fix_on_stdin(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "autograd_lint", "--fix", "-"],
                         input=INT_GRAD, capture_output=True, text=True, timeout=60,
                         cwd=tmp_path)
    assert run.returncode == 2
    assert "stdin" in run.stderr


def test_unreadable_and_undecodable_files_are_errors_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_bytes(b"\xff\xfe\x00x")
    (tmp_path / "broken.py").write_text("def f(:\n")
    run = _cli("--fix", ".", cwd=tmp_path)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert os.path.exists(tmp_path / "broken.py")
