"""Code actions: the rule's own fix, "Disable AGLxxx for this line", and fix-all.

Edits are built from the engine's Fix (1-based code points) against the exact text the
findings were computed on, and sent as a versioned edit when the client supports it, so a
fix for an older version of the document is rejected instead of corrupting the new one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from autograd_lint.engine import NOQA
from autograd_lint.finding import Edit, Finding, Fix
from autograd_lint.lsp.positions import to_client_position, to_client_range

FIX_ALL_KIND = "source.fixAll.autograd-lint"


def fix_from_data(data: Any) -> Fix | None:
    """The Fix a diagnostic carries in `data` (None when absent or malformed)."""
    if not isinstance(data, dict) or not isinstance(data.get("fix"), dict):
        return None
    raw = data["fix"]
    try:
        edits = tuple(Edit(**edit) for edit in raw["edits"])
        return Fix(raw["applicability"], raw["description"], edits)
    except (KeyError, TypeError):
        return None


def text_edits(edits: Iterable[Edit], lines: Sequence[str],
               codec: PositionCodec) -> list[types.TextEdit]:
    return [types.TextEdit(range=to_client_range(lines, e.line, e.column, e.end_line,
                                                 e.end_column, codec), new_text=e.text)
            for e in edits]


def workspace_edit(uri: str, version: int | None, edits: list[types.TextEdit],
                   versioned: bool) -> types.WorkspaceEdit:
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return types.WorkspaceEdit(document_changes=[
            types.TextDocumentEdit(text_document=document, edits=list(edits))])
    return types.WorkspaceEdit(changes={uri: list(edits)})


def fix_action(diagnostic: types.Diagnostic, fix: Fix, edit: types.WorkspaceEdit
               ) -> types.CodeAction:
    return types.CodeAction(
        title=f"{fix.description} ({diagnostic.code})",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=edit,
        is_preferred=fix.applicability == "safe",
    )


def noqa_edit(lines: Sequence[str], line: int, code: str,
              codec: PositionCodec) -> types.TextEdit | None:
    """The edit that suppresses `code` on 1-based `line`, merging with an existing noqa.

    `# noqa: AGL001` becomes `# noqa: AGL001, AGL002`; a line without one gets
    `  # noqa: AGL002` at its end. None when the line ends in a backslash continuation
    (a comment there would break the code) or already suppresses the code.
    """
    if not 0 < line <= len(lines):
        return None
    text = lines[line - 1].rstrip("\r\n")
    match = NOQA.search(text)
    if match is not None:
        codes = match.group("codes")
        if not codes:
            return None
        listed = {c.upper() for c in codes.replace(",", " ").split()}
        if code.upper() in listed:
            return None
        at = match.end("codes")
        insert = f", {code}"
    else:
        if text.rstrip().endswith("\\"):
            return None
        at = len(text.rstrip())
        insert = f"  # noqa: {code}"
    position = to_client_position(lines, line, at + 1, codec)
    end = to_client_position(lines, line, len(text) + 1, codec) if match is None else position
    return types.TextEdit(range=types.Range(start=position, end=end), new_text=insert)


def noqa_action(diagnostic: types.Diagnostic, edit: types.WorkspaceEdit) -> types.CodeAction:
    return types.CodeAction(
        title=f"Disable {diagnostic.code} for this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=edit,
    )


def safe_fix_edits(findings: Iterable[Finding]) -> list[Edit]:
    """All edits of the safe fixes, dropping any fix that overlaps one already taken.

    An overlapping pair cannot be applied in one WorkspaceEdit; the dropped fix is still
    offered after the next lint, on the updated text.
    """
    taken: list[Edit] = []
    for finding in sorted(findings, key=Finding.sort_key):
        fix = finding.fix
        if fix is None or fix.applicability != "safe":
            continue
        if any(_overlaps(new, old) for new in fix.edits for old in taken):
            continue
        taken.extend(fix.edits)
    return taken


def _overlaps(a: Edit, b: Edit) -> bool:
    a_start, a_end = (a.line, a.column), (a.end_line, a.end_column)
    b_start, b_end = (b.line, b.column), (b.end_line, b.end_column)
    if a_start == a_end == b_start == b_end:
        return True  # two insertions at one point: their order would be ambiguous
    return a_start < b_end and b_start < a_end
