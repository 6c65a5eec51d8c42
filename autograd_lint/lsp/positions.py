"""Between the engine's positions and the client's.

The engine counts 1-based lines and 1-based code points (end exclusive). LSP counts
0-based lines and 0-based code units of the encoding negotiated at `initialize` (UTF-16
unless the client offers another). A line with an emoji before a finding is where the two
disagree, so every conversion goes through the document's own lines and the codec. An
ASCII line is one code unit per code point in every encoding, which spares the codec's
per-character count for most lines (a 5,000-line file publishes ~800 diagnostics).
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec


def to_client_position(lines: Sequence[str], line: int, column: int,
                       codec: PositionCodec) -> types.Position:
    """Engine (1-based line, 1-based code point) -> LSP position in the client's units.

    A position past the end of the document is clamped to the end, so a finding computed
    for an older text can never produce a range the client rejects.
    """
    index, character = client_units(lines, line, column, codec)
    return types.Position(line=index, character=character)


def client_units(lines: Sequence[str], line: int, column: int,
                 codec: PositionCodec) -> tuple[int, int]:
    """`to_client_position` as a plain (0-based line, character) pair."""
    if not lines:
        return 0, 0
    index = min(max(line - 1, 0), len(lines) - 1)
    text = _strip_eol(lines[index])
    if line - 1 < len(lines):
        text = text[:min(max(column - 1, 0), len(text))]
    return index, len(text) if text.isascii() else codec.client_num_units(text)


def to_client_range(lines: Sequence[str], line: int, column: int, end_line: int,
                    end_column: int, codec: PositionCodec) -> types.Range:
    return types.Range(start=to_client_position(lines, line, column, codec),
                       end=to_client_position(lines, end_line, end_column, codec))


def from_client_position(lines: Sequence[str], position: types.Position,
                         codec: PositionCodec) -> tuple[int, int]:
    """LSP position -> engine (1-based line, 1-based code point)."""
    if not lines:
        return 1, 1
    index = min(max(position.line, 0), len(lines) - 1)
    text = _strip_eol(lines[index])
    units = 0
    for points, char in enumerate(text):
        if units >= position.character:
            return index + 1, points + 1
        units += codec.client_num_units(char)
    return index + 1, len(text) + 1


def _strip_eol(text: str) -> str:
    return text.rstrip("\r\n")
