"""Helpers for the language-server tests: a recording pytest-lsp client and a few waits.

The server always runs as a real subprocess over stdio (`python -m autograd_lint lsp`);
the client is pytest-lsp's, initialised with the capabilities VS Code sends, so protocol
mistakes (wrong shapes, wrong encodings) fail here as they would in the editor.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES

SERVER_COMMAND = [sys.executable, "-m", "autograd_lint", "lsp"]
WAIT_LIMIT = 60.0
"""Seconds before a wait gives up: a guard against a hung test, not a speed check."""

SAMPLE = """import torch

x = torch.randn(3, requires_grad=True)
y = x * 2
y.backward()
print(y.grad)
"""
"""AGL002 on line 5 (`y.backward()`), AGL001 on line 6 (`y.grad`)."""


class RecordingClient(LanguageClient):
    """pytest-lsp's client that also keeps every publishDiagnostics with its version."""

    def __init__(self) -> None:
        super().__init__(converter_factory=default_converter)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []


def make_client() -> RecordingClient:
    client = RecordingClient()
    for method, handler in DEFAULT_CLIENT_FEATURES.items():
        if method != types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS:
            client.feature(method)(handler)

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
        client.published.append(params)
        client.diagnostics[params.uri] = params.diagnostics

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(client: RecordingClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    return client


def vscode_capabilities(pull: bool = False) -> types.ClientCapabilities:
    """VS Code's capability profile; `pull=True` adds pull-diagnostics support."""
    capabilities = client_capabilities("visual-studio-code")
    if pull:
        assert capabilities.text_document is not None
        capabilities.text_document.diagnostic = types.DiagnosticClientCapabilities(
            dynamic_registration=True, related_document_support=False)
    return capabilities


async def initialize(client: RecordingClient, root: Path, *,
                     capabilities: types.ClientCapabilities | None = None,
                     options: dict[str, Any] | None = None,
                     folders: list[Path] | None = None) -> types.InitializeResult:
    folders = folders or [root]
    return await client.initialize_session(types.InitializeParams(
        capabilities=capabilities or vscode_capabilities(),
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=f.as_uri(), name=f.name)
                           for f in folders],
        initialization_options=options,
        client_info=types.ClientInfo(name="Visual Studio Code", version="1.65.2"),
    ))


async def wait_until(condition: Callable[[], Any], what: str) -> Any:
    """Poll `condition` until it returns something truthy; fail with `what` if never."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_LIMIT
    while loop.time() < deadline:
        value = condition()
        if value:
            return value
        await asyncio.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


async def diagnostics_for(client: RecordingClient, uri: str,
                          version: int | None) -> list[types.Diagnostic]:
    """The diagnostics of the first publication for `uri` at `version`."""

    def found() -> tuple[list[types.Diagnostic]] | None:
        for params in client.published:
            if params.uri == uri and params.version == version:
                return (list(params.diagnostics),)  # a tuple: truthy even when empty
        return None

    (diagnostics,) = await wait_until(found, f"diagnostics of {uri} version {version}")
    return diagnostics


def open_file(client: RecordingClient, path: Path, text: str, version: int = 1) -> str:
    """Write `text` to `path` (config lookup needs a real file) and open it; its URI."""
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python", version=version,
                                             text=text)))
    return uri


def change_file(client: RecordingClient, uri: str, text: str, version: int) -> None:
    """Send the whole new text (allowed under incremental sync, as VS Code does on paste)."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 positions) to `text` like an editor does."""
    lines = text.splitlines(keepends=True)

    def offset(position: types.Position) -> int:
        before = sum(len(line) for line in lines[:position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return before + index
            units += 2 if ord(char) > 0xFFFF else 1
        return before + len(line.rstrip("\r\n"))

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits),
                   reverse=True)
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def edits_of(edit: types.WorkspaceEdit, uri: str) -> list[types.TextEdit]:
    """The text edits a WorkspaceEdit makes to `uri`, whichever shape the server chose."""
    if edit.document_changes:
        return [e for change in edit.document_changes
                if isinstance(change, types.TextDocumentEdit)
                and change.text_document.uri == uri for e in change.edits]
    return list((edit.changes or {}).get(uri, []))


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in diagnostics if d.code)
