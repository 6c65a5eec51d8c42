"""End to end: the real server over stdio, driven by a client with VS Code's capabilities."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lsprotocol import types

from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.finding import Edit, Fix
from tests.lsp_support import (
    SAMPLE,
    RecordingClient,
    apply_text_edits,
    change_file,
    codes,
    diagnostics_for,
    edits_of,
    initialize,
    open_file,
    vscode_capabilities,
    wait_until,
)
from tests.lsp_support.fixtures import started_client  # noqa: F401 - provides `client`

pytestmark = pytest.mark.asyncio(loop_scope="function")

FIXED = SAMPLE.replace("y.backward()", "y.sum().backward()").replace("print(y.grad)",
                                                                     "print(x.grad)")


def by_code(diagnostics: list[types.Diagnostic], code: str) -> types.Diagnostic:
    return next(d for d in diagnostics if d.code == code)


async def test_open_change_save_close(client: RecordingClient, tmp_path: Path) -> None:
    result = await initialize(client, tmp_path)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    uri = open_file(client, tmp_path / "train.py", SAMPLE)

    opened = await diagnostics_for(client, uri, 1)
    assert codes(opened) == ["AGL001", "AGL002"]
    agl002 = by_code(opened, "AGL002")
    assert agl002.source == "autograd-lint"
    assert agl002.severity == types.DiagnosticSeverity.Error
    assert agl002.range == types.Range(start=types.Position(line=4, character=0),
                                       end=types.Position(line=4, character=12))
    assert agl002.code_description is not None
    assert agl002.code_description.href.endswith("/docs/rules/AGL002.md")
    assert "reduce it" in agl002.message

    change_file(client, uri, FIXED, 2)
    assert await diagnostics_for(client, uri, 2) == []

    published = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    await wait_until(lambda: len(client.published) > published, "a publication on save")
    assert client.published[-1].version == 2 and not client.published[-1].diagnostics

    change_file(client, uri, SAMPLE, 3)
    assert codes(await diagnostics_for(client, uri, 3)) == ["AGL001", "AGL002"]
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    await wait_until(lambda: client.published[-1].uri == uri
                     and not client.published[-1].diagnostics, "diagnostics cleared on close")


async def test_utf16_columns_after_emoji_and_cjk(client: RecordingClient,
                                                  tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    prefix = 'note = "😀漢字"; '  # the emoji is 2 UTF-16 units, each CJK character 1
    text = SAMPLE.replace("y.backward()", prefix + "y.backward()")
    uri = open_file(client, tmp_path / "emoji.py", text)
    agl002 = by_code(await diagnostics_for(client, uri, 1), "AGL002")
    start = len(prefix) + 1  # one more unit than code points, for the emoji
    assert agl002.range.start == types.Position(line=4, character=start)
    assert agl002.range.end == types.Position(line=4, character=start + len("y.backward()"))


async def test_utf8_when_the_client_prefers_it(client: RecordingClient,
                                               tmp_path: Path) -> None:
    capabilities = vscode_capabilities()
    capabilities.general = types.GeneralClientCapabilities(
        position_encodings=[types.PositionEncodingKind.Utf8,
                            types.PositionEncodingKind.Utf16])
    result = await initialize(client, tmp_path, capabilities=capabilities)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    prefix = 'note = "😀漢字"; '
    uri = open_file(client, tmp_path / "emoji.py",
                    SAMPLE.replace("y.backward()", prefix + "y.backward()"))
    agl002 = by_code(await diagnostics_for(client, uri, 1), "AGL002")
    assert agl002.range.start.character == len(prefix.encode("utf-8"))


async def test_disable_for_this_line_applies_and_relints(client: RecordingClient,
                                                         tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    text = SAMPLE.replace("print(y.grad)", "print(y.grad)  # noqa: AGL005")
    uri = open_file(client, tmp_path / "noqa.py", text)
    diagnostics = await diagnostics_for(client, uri, 1)

    for code, expected_line in (("AGL002", "y.backward()  # noqa: AGL002"),
                                ("AGL001", "print(y.grad)  # noqa: AGL005, AGL001")):
        diagnostic = by_code(diagnostics, code)
        reply = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic])))
        action = next(a for a in reply or [] if isinstance(a, types.CodeAction)
                      and a.title == f"Disable {code} for this line")
        assert action.edit is not None
        text = apply_text_edits(text, edits_of(action.edit, uri))
        assert expected_line in text.splitlines()

    change_file(client, uri, text, 2)
    assert await diagnostics_for(client, uri, 2) == []


async def test_rule_fix_from_diagnostic_data_applies_and_relints(client: RecordingClient,
                                                                 tmp_path: Path) -> None:
    """A Finding's Fix travels in Diagnostic.data; the action turns it into an edit."""
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "fix.py", SAMPLE)
    diagnostic = by_code(await diagnostics_for(client, uri, 1), "AGL002")
    fix = Fix("safe", "Reduce with .sum() before backward()",
              (Edit(line=5, column=2, end_line=5, end_column=2, text=".sum()"),))
    diagnostic.data = {"fix": fix.to_dict(), "version": 1}

    reply = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic],
                                        only=[types.CodeActionKind.QuickFix])))
    action = next(a for a in reply or [] if isinstance(a, types.CodeAction)
                  and a.title.startswith("Reduce with .sum()"))
    assert action.kind == types.CodeActionKind.QuickFix and action.is_preferred
    assert action.edit is not None and action.edit.document_changes
    assert action.edit.document_changes[0].text_document.version == 1
    text = apply_text_edits(SAMPLE, edits_of(action.edit, uri))
    assert "y.sum().backward()" in text

    change_file(client, uri, text, 2)
    assert codes(await diagnostics_for(client, uri, 2)) == ["AGL001"]


async def test_hover_on_finding_and_on_noqa_code(client: RecordingClient,
                                                 tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    text = SAMPLE + "z = 1  # noqa: AGL004\n"
    uri = open_file(client, tmp_path / "hover.py", text)
    await diagnostics_for(client, uri, 1)

    async def hover(line: int, character: int) -> str | None:
        reply = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=line, character=character)))
        if reply is None:
            return None
        assert isinstance(reply.contents, types.MarkupContent)
        return reply.contents.value

    on_finding = await hover(4, 3)
    assert on_finding is not None and on_finding.startswith("# AGL002 nonscalar-backward")
    on_noqa = await hover(6, text.splitlines()[6].index("AGL004") + 2)
    assert on_noqa is not None and on_noqa.startswith("# AGL004 gradcheck-precision")
    assert await hover(2, 0) is None


async def test_client_settings_and_configuration_change(client: RecordingClient,
                                                        tmp_path: Path) -> None:
    client.set_configuration({"ignore": ["AGL001"]}, section="autograd-lint")
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "settings.py", SAMPLE)
    assert codes(await diagnostics_for(client, uri, 1)) == ["AGL002"]

    client.set_configuration({"select": ["AGL001"], "ignore": []}, section="autograd-lint")
    published = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"autograd-lint": {"select": ["AGL001"]}}))
    await wait_until(lambda: len(client.published) > published, "a re-lint")
    assert codes(client.published[-1].diagnostics) == ["AGL001"]

    client.set_configuration({"enable": False}, section="autograd-lint")
    published = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))
    await wait_until(lambda: len(client.published) > published, "a re-lint")
    assert not client.published[-1].diagnostics


async def test_pyproject_is_the_base_and_its_change_relints(client: RecordingClient,
                                                            tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.autograd-lint]\nignore = ["AGL002"]\n')
    await initialize(client, tmp_path)
    await wait_until(lambda: client.registrations, "the pyproject.toml watcher")
    assert client.registrations[0].method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    uri = open_file(client, tmp_path / "project.py", SAMPLE)
    assert codes(await diagnostics_for(client, uri, 1)) == ["AGL001"]

    pyproject.write_text('[tool.autograd-lint]\nignore = ["AGL001"]\n')
    published = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=pyproject.as_uri(), type=types.FileChangeType.Changed)]))
    await wait_until(lambda: len(client.published) > published, "a re-lint")
    assert codes(client.published[-1].diagnostics) == ["AGL002"]

    pyproject.write_text('[tool.autograd-lint]\nselect = ["NOPE1"]\n')
    published = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=pyproject.as_uri(), type=types.FileChangeType.Changed)]))
    await wait_until(lambda: len(client.published) > published, "a re-lint")
    (error,) = client.published[-1].diagnostics
    assert "configuration error" in error.message and "NOPE1" in error.message


async def test_multi_root_folders_use_their_own_config(client: RecordingClient,
                                                       tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, ignored in ((first, "AGL001"), (second, "AGL002")):
        folder.mkdir()
        (folder / "pyproject.toml").write_text(f'[tool.autograd-lint]\nignore = ["{ignored}"]\n')
    client.set_configuration({"select": ["AGL001"]}, section="autograd-lint",
                             scope_uri=second.as_uri())
    await initialize(client, tmp_path, folders=[first, second])
    uri_first = open_file(client, first / "a.py", SAMPLE)
    uri_second = open_file(client, second / "b.py", SAMPLE)
    assert codes(await diagnostics_for(client, uri_first, 1)) == ["AGL002"]
    assert codes(await diagnostics_for(client, uri_second, 1)) == ["AGL001"]


async def test_only_the_last_of_50_rapid_changes_wins(client: RecordingClient,
                                                      tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "storm.py", SAMPLE)
    await diagnostics_for(client, uri, 1)
    for version in range(2, 52):
        change_file(client, uri, SAMPLE if version % 2 else FIXED, version)
    final = await diagnostics_for(client, uri, 51)
    assert codes(final) == ["AGL001", "AGL002"]  # version 51 is odd: SAMPLE
    await client.text_document_hover_async(types.HoverParams(  # a round trip: any late
        text_document=types.TextDocumentIdentifier(uri=uri),  # publication arrives first
        position=types.Position(line=0, character=0)))
    versions = [p.version for p in client.published if p.uri == uri]
    assert versions == sorted(versions), "an older version was published after a newer one"
    assert versions[-1] == 51


async def test_5000_line_document(client: RecordingClient, tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    body = SAMPLE.split("\n", 1)[1]
    functions = "".join(f"def step_{i}():\n" + "".join(
        f"    {line}\n" for line in body.strip().splitlines()) + "\n" for i in range(834))
    text = "import torch\n\n" + functions
    assert len(text.splitlines()) >= 5000
    uri = open_file(client, tmp_path / "big.py", text)
    diagnostics = await diagnostics_for(client, uri, 1)
    expected = lint_source(text, str(tmp_path / "big.py"), Config())
    assert len(diagnostics) == len(expected.findings) == 2 * 834
    assert diagnostics[-1].range.start.line == expected.findings[-1].line - 1


async def test_syntax_error_shows_one_diagnostic_at_the_error(client: RecordingClient,
                                                              tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "broken.py", SAMPLE)
    await diagnostics_for(client, uri, 1)
    change_file(client, uri, SAMPLE.replace("y = x * 2", "y = x * (2"), 2)
    (error,) = await diagnostics_for(client, uri, 2)  # the old findings are gone
    assert error.severity == types.DiagnosticSeverity.Error
    named = re.match(r"syntax error at line (\d+), column (\d+)", error.message)
    assert named is not None, error.message
    assert error.range.start == types.Position(line=int(named[1]) - 1,
                                               character=int(named[2]) - 1)


async def test_pull_diagnostics_for_clients_that_support_them(client: RecordingClient,
                                                              tmp_path: Path) -> None:
    result = await initialize(client, tmp_path, capabilities=vscode_capabilities(pull=True))
    assert result.capabilities.diagnostic_provider is not None
    uri = open_file(client, tmp_path / "pull.py", SAMPLE)
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
    assert codes(report.items) == ["AGL001", "AGL002"]
    change_file(client, uri, FIXED, 2)
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert not report.items
    assert client.published == []  # a pulling client gets no pushes on top
