"""The `autograd-lint.confirmFile` command: refused unless trusted and enabled; otherwise
the dynamic mode runs the file and the diagnostics are republished with its verdicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from tests.lsp_support import (
    SAMPLE,
    RecordingClient,
    codes,
    diagnostics_for,
    initialize,
    open_file,
    wait_until,
)
from tests.lsp_support.fixtures import started_client  # noqa: F401 - provides `client`

pytestmark = pytest.mark.asyncio(loop_scope="function")


async def confirm(client: RecordingClient, uri: str) -> Any:
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="autograd-lint.confirmFile", arguments=[uri]))


async def test_refused_in_an_untrusted_workspace(client: RecordingClient,
                                                 tmp_path: Path) -> None:
    client.set_configuration({"confirm": {"enabled": True}}, section="autograd-lint")
    await initialize(client, tmp_path, options={"workspaceTrusted": False})
    uri = open_file(client, tmp_path / "t.py", SAMPLE)
    await diagnostics_for(client, uri, 1)
    reply = await confirm(client, uri)
    assert reply["confirmed"] is False and "untrusted" in reply["message"]
    await wait_until(lambda: client.messages, "the refusal shown to the user")
    assert "untrusted" in client.messages[-1].message


async def test_refused_when_the_setting_is_off(client: RecordingClient, tmp_path: Path) -> None:
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "t.py", SAMPLE)
    await diagnostics_for(client, uri, 1)
    reply = await confirm(client, uri)
    assert reply["confirmed"] is False and "confirm.enabled" in reply["message"]
    reply = await confirm(client, (tmp_path / "not_open.py").as_uri())
    assert reply["confirmed"] is False and "open the Python file" in reply["message"]


async def test_confirms_the_findings_and_republishes_them(client: RecordingClient,
                                                          tmp_path: Path) -> None:
    client.set_configuration({"confirm": {"enabled": True}}, section="autograd-lint")
    await initialize(client, tmp_path)
    uri = open_file(client, tmp_path / "train.py", SAMPLE)
    await diagnostics_for(client, uri, 1)
    published = len(client.published)

    reply = await confirm(client, uri)
    assert reply["confirmed"] is True and reply["version"] == 1
    statuses = {f["code"]: f["confirmation"]["status"] for f in reply["findings"]}
    assert set(statuses) == {"AGL001", "AGL002"} and statuses["AGL002"] == "confirmed"

    await wait_until(lambda: len(client.published) > published, "the republished diagnostics")
    republished = client.published[-1]
    assert republished.version == 1 and codes(list(republished.diagnostics)) == ["AGL001",
                                                                                 "AGL002"]
    agl002 = next(d for d in republished.diagnostics if d.code == "AGL002")
    assert "[dynamic check: confirmed]" in agl002.message
    assert "grad can be implicitly created only for scalar outputs" in agl002.message
