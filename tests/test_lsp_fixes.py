"""Real rule fixes through the editor: the quick fix and source.fixAll, applied and re-linted."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp_support import (
    RecordingClient,
    apply_text_edits,
    change_file,
    codes,
    diagnostics_for,
    edits_of,
    initialize,
    open_file,
)
from tests.lsp_support.fixtures import started_client  # noqa: F401 - provides `client`

pytestmark = pytest.mark.asyncio(loop_scope="function")

SOURCE = """import torch

a = torch.tensor([1, 2], requires_grad=True)
b = torch.tensor([3, 4], requires_grad=True)
w = torch.randn(3, requires_grad=True)
w.data.add_(1)
"""
"""Two AGL005 (safe fix: float literals) and one AGL006 (unsafe fix)."""


async def code_actions(client: RecordingClient, uri: str, diagnostics: list[types.Diagnostic],
                       only: list[str] | None) -> list[types.CodeAction]:
    reply = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=0, character=0),
                          end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=diagnostics, only=only)))
    return [a for a in reply or [] if isinstance(a, types.CodeAction)]


async def test_quick_fix_of_a_rule_applies_and_relints(client: RecordingClient,
                                                       tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "fix.py", SOURCE)
    diagnostics = await diagnostics_for(client, uri, 1)
    assert codes(diagnostics) == ["AGL005", "AGL005", "AGL006"]
    first = diagnostics[0]
    assert isinstance(first.data, dict) and first.data["fix"]["applicability"] == "safe"

    actions = await code_actions(client, uri, [first], [types.CodeActionKind.QuickFix])
    fix = next(a for a in actions if a.is_preferred)
    assert fix.edit is not None
    text = apply_text_edits(SOURCE, edits_of(fix.edit, uri))
    assert "torch.tensor([1., 2.], requires_grad=True)" in text

    change_file(client, uri, text, 2)
    assert codes(await diagnostics_for(client, uri, 2)) == ["AGL005", "AGL006"]


async def test_fix_all_applies_only_the_safe_fixes(client: RecordingClient,
                                                   tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "fixall.py", SOURCE)
    await diagnostics_for(client, uri, 1)

    (action,) = await code_actions(client, uri, [], ["source.fixAll"])
    assert action.kind == "source.fixAll.autograd-lint" and action.edit is not None
    text = apply_text_edits(SOURCE, edits_of(action.edit, uri))
    assert "[1., 2.]" in text and "[3., 4.]" in text and "w.data.add_(1)" in text

    change_file(client, uri, text, 2)
    assert codes(await diagnostics_for(client, uri, 2)) == ["AGL006"]
    assert await code_actions(client, uri, [], ["source.fixAll"]) == []
