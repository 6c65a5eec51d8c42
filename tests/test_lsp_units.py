"""The language server's pure parts, without a client: positions, noqa edits, settings,
fix-all selection, hover lookup and which engine errors become diagnostics."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pygls.protocol import default_converter
from pygls.workspace.position_codec import PositionCodec

from autograd_lint.finding import Edit, FileError, FileResult, Finding, Fix
from autograd_lint.lsp.actions import fix_from_data, noqa_edit, safe_fix_edits
from autograd_lint.lsp.diagnostics import convert, finding_diagnostic, with_version
from autograd_lint.lsp.hover import codes_at
from autograd_lint.lsp.linter import ConfigCache, MemoStore, Snapshot, lint_snapshot
from autograd_lint.lsp.positions import from_client_position, to_client_position
from autograd_lint.lsp.settings import Settings, parse_settings
from autograd_lint.reporters.sarif import DOCS_URL

UTF16 = PositionCodec(types.PositionEncodingKind.Utf16)
UTF8 = PositionCodec(types.PositionEncodingKind.Utf8)
UTF32 = PositionCodec(types.PositionEncodingKind.Utf32)


def finding(code: str = "AGL002", line: int = 1, column: int = 1, end_column: int = 5,
            fix: Fix | None = None) -> Finding:
    return Finding(code, "name", "error", "message", "f.py", line, column, line, end_column,
                   fix=fix)


@pytest.mark.parametrize(("codec", "expected"), [(UTF16, 4), (UTF8, 10), (UTF32, 3)])
def test_columns_after_an_emoji_and_cjk(codec: PositionCodec, expected: int) -> None:
    lines = ["😀漢字y.backward()\n"]
    position = to_client_position(lines, 1, 4, codec)  # code point 4 is the `y`
    assert position == types.Position(line=0, character=expected)
    assert from_client_position(lines, position, codec) == (1, 4)


def test_positions_past_the_text_are_clamped() -> None:
    lines = ["ab\n", "cd\n"]
    assert to_client_position(lines, 9, 1, UTF16) == types.Position(line=1, character=2)
    assert to_client_position(lines, 1, 40, UTF16) == types.Position(line=0, character=2)
    assert to_client_position([], 3, 3, UTF16) == types.Position(line=0, character=0)
    assert from_client_position(lines, types.Position(line=7, character=99), UTF16) == (2, 3)


def apply(line: str, edit: types.TextEdit | None) -> str:
    assert edit is not None
    start, end = edit.range.start.character, edit.range.end.character
    return line[:start] + edit.new_text + line[end:]


@pytest.mark.parametrize(("line", "expected"), [
    ("y.backward()\n", "y.backward()  # noqa: AGL002"),
    ("y.backward()   \n", "y.backward()  # noqa: AGL002"),
    ("y.backward()  # why\n", "y.backward()  # why  # noqa: AGL002"),
    ("y.backward()  # noqa: AGL001\n", "y.backward()  # noqa: AGL001, AGL002"),
    ("y.backward()  # NOQA:AGL001,AGL003 trailing\n",
     "y.backward()  # NOQA:AGL001,AGL003, AGL002 trailing"),
])
def test_noqa_edit_appends_or_merges(line: str, expected: str) -> None:
    assert apply(line.rstrip("\n"), noqa_edit([line], 1, "AGL002", UTF16)) == expected


@pytest.mark.parametrize("line", ["y.backward()  # noqa\n", "y.backward()  # noqa: AGL002\n",
                                  "total = y.backward() + \\\n"])
def test_noqa_edit_refuses_where_it_cannot_help(line: str) -> None:
    assert noqa_edit([line], 1, "AGL002", UTF16) is None


def test_noqa_edit_after_emoji_uses_client_units() -> None:
    edit = noqa_edit(['s = "😀"; y.backward()\n'], 1, "AGL002", UTF16)
    assert edit is not None and edit.range.start.character == len('s = "😀"; y.backward()') + 1


def test_settings_accept_vscode_shapes_and_report_bad_values() -> None:
    assert parse_settings({"select": ["agl002"], "confirm": {"enabled": True}}) == Settings(
        select=("AGL002",), confirm_enabled=True)
    assert parse_settings({"confirm.enabled": True, "ignore": "AGL001, AGL003"}) == Settings(
        ignore=("AGL001", "AGL003"), confirm_enabled=True)
    assert parse_settings({"select": []}).select is None  # empty: keep the project's list
    bad = parse_settings({"enable": "yes", "select": [1]})
    assert bad == Settings() and len(bad.problems) == 2
    assert parse_settings(None) == Settings()


def test_unknown_code_in_settings_becomes_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "a.py"
    snapshot = Snapshot(path.as_uri(), 1, "import torch\n", ("import torch\n",), path)
    linted = lint_snapshot(snapshot, Settings(select=("NOPE9",)), ConfigCache())
    assert linted.config_error is not None and "NOPE9" in linted.config_error


def test_fix_all_takes_safe_fixes_and_skips_overlaps() -> None:
    safe = Fix("safe", "a", (Edit(1, 1, 1, 5, "x"),))
    overlapping = Fix("safe", "b", (Edit(1, 3, 1, 8, "y"),))
    unsafe = Fix("unsafe", "c", (Edit(3, 1, 3, 2, "z"),))
    later = Fix("safe", "d", (Edit(2, 1, 2, 2, "w"),))
    findings = [finding(line=1, fix=safe), finding(line=1, column=3, fix=overlapping),
                finding(line=3, fix=unsafe), finding(line=2, fix=later), finding(line=4)]
    assert safe_fix_edits(findings) == [Edit(1, 1, 1, 5, "x"), Edit(2, 1, 2, 2, "w")]


def test_fix_round_trips_through_diagnostic_data() -> None:
    fix = Fix("safe", "d", (Edit(1, 2, 1, 3, "t"),))
    assert fix_from_data({"fix": fix.to_dict(), "version": 3}) == fix
    assert fix_from_data({"fix": {"edits": "nonsense"}}) is None
    assert fix_from_data("junk") is None


def test_hover_codes_on_a_finding_and_in_a_noqa_comment() -> None:
    lines = ["y.backward()  # noqa: AGL001, AGL004\n"]
    findings = [finding("AGL002", column=1, end_column=13)]
    assert codes_at(findings, lines, 1, 1) == ["AGL002"]
    assert codes_at(findings, lines, 1, 13) == []  # end is exclusive
    at_agl004 = lines[0].index("AGL004") + 3
    assert codes_at(findings, lines, 1, at_agl004) == ["AGL004"]


def test_internal_errors_are_logged_not_shown_and_syntax_errors_are_placed() -> None:
    lines = ["x = (\n", "y = 1\n"]
    result = FileResult("f.py", (finding("AGL002", line=2),), (
        FileError("f.py", "internal error in rule AGL003: ValueError: boom"),
        FileError("f.py", "syntax error at line 2, column 3: expected ')'"),
    ))
    converted = convert(result, lines, UTF16)
    assert converted.internal_errors == ["internal error in rule AGL003: ValueError: boom"]
    syntax = converted.diagnostics[-1]
    assert syntax["message"].startswith("syntax error") and "code" not in syntax
    assert syntax["range"] == {"start": {"line": 1, "character": 2},
                               "end": {"line": 1, "character": 5}}


def _typed(finding: Finding, lines: list[str], codec: PositionCodec) -> types.Diagnostic:
    """The lsprotocol Diagnostic the server sent before it built JSON itself."""
    def position(line: int, column: int) -> types.Position:
        return to_client_position(lines, line, column, codec)
    return types.Diagnostic(
        range=types.Range(start=position(finding.line, finding.column),
                          end=position(finding.end_line, finding.end_column)),
        message=finding.message, severity=types.DiagnosticSeverity.Error, code=finding.code,
        code_description=types.CodeDescription(href=DOCS_URL.format(code=finding.code)),
        source="autograd-lint",
        data={"fix": finding.fix.to_dict() if finding.fix else None})


@pytest.mark.parametrize("codec", [UTF16, UTF8, UTF32])
def test_diagnostic_json_is_what_cattrs_makes_of_the_typed_diagnostic(
        codec: PositionCodec) -> None:
    lines = ["x = 1\n", "😀漢字y.backward()\n"]
    fix = Fix("safe", "use sum", (Edit(2, 4, 2, 5, "y.sum()"), Edit(1, 1, 1, 1, "# \u00e9\n")))
    for item in (finding(line=2, column=4, end_column=16, fix=fix), finding(line=1)):
        built = finding_diagnostic(item, lines, codec)
        assert built == default_converter().unstructure(_typed(item, lines, codec))
        assert fix_from_data(with_version(built, 3)["data"]) == item.fix


def test_the_version_is_added_to_a_copy() -> None:
    built = finding_diagnostic(finding(), ["y.backward()\n"], UTF16)
    versioned = with_version(built, 7)
    assert versioned["data"]["version"] == 7 and "version" not in built["data"]


def test_a_memo_is_taken_out_while_a_lint_uses_it_up(tmp_path: Path) -> None:
    """The incremental linter renumbers the memo's tree in place, so a memo must never
    serve two lints: taking it leaves none in the store until the lint puts the next."""
    path = tmp_path / "doc.py"
    source = "import torch\n\ndef f(x):\n    x.backward()\n    return x.grad\n"
    snapshot = Snapshot(path.as_uri(), 1, source, tuple(source.splitlines(True)), path)
    memos = MemoStore()
    lint_snapshot(snapshot, parse_settings(None), ConfigCache(), memos)
    memo = memos.take(path.as_uri())
    assert memo is not None and memo.source == source
    assert memos.take(path.as_uri()) is None
