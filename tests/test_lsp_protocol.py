"""Robustness at the protocol level: malformed input gets errors, never a dead server."""

from __future__ import annotations

import asyncio
import sys

import pytest

from tests.lsp_support import SAMPLE
from tests.lsp_support.raw import RawConnection

pytestmark = pytest.mark.asyncio(loop_scope="function")


async def test_malformed_requests_get_errors_and_the_server_keeps_serving(tmp_path) -> None:
    server = await RawConnection.start()
    server.send({"id": 1, "method": "initialize",
                 "params": {"processId": None, "rootUri": tmp_path.as_uri(),
                            "capabilities": {}}})
    initialized = await server.reply_to(1)
    assert "capabilities" in initialized["result"]
    server.send({"method": "initialized", "params": {}})

    server.send({"id": 2, "method": "textDocument/hover",
                 "params": {"textDocument": {"uri": 5}}})
    assert (await server.reply_to(2))["error"]["code"] in (-32602, -32603)
    server.send({"id": 3, "method": "autograd-lint/noSuchMethod", "params": {}})
    assert (await server.reply_to(3))["error"]["code"] == -32601
    server.send({"id": 4, "method": "workspace/executeCommand",
                 "params": {"command": "autograd-lint.noSuchCommand", "arguments": []}})
    assert "error" in await server.reply_to(4)
    server.send_bytes(b"{not json")

    uri = (tmp_path / "alive.py").as_uri()
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": SAMPLE}}})
    server.send({"id": 5, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 4, "character": 2}}})
    hover = await server.reply_to(5)
    while not any(n.get("method") == "textDocument/publishDiagnostics"
                  for n in server.notifications):
        server.notifications.append(await server.read())
    published = next(n for n in server.notifications
                     if n.get("method") == "textDocument/publishDiagnostics")
    assert sorted(d["code"] for d in published["params"]["diagnostics"]) == ["AGL001",
                                                                             "AGL002"]
    assert "result" in hover
    assert await server.close() == 0


NOISY_SERVER = """
import os, threading
from autograd_lint.lsp.server import start

def noise():
    print("a stray print")
    os.write(1, b"a raw write to fd 1")
    os.system("echo a child process writing to its stdout")

threading.Timer(0.3, noise).start()
start()
"""


async def test_stray_output_never_reaches_the_protocol_stream(tmp_path) -> None:
    """Prints, raw fd-1 writes and child processes go to stderr, not between messages."""
    server = await RawConnection.start([sys.executable, "-c", NOISY_SERVER])
    server.send({"id": 1, "method": "initialize",
                 "params": {"processId": None, "rootUri": tmp_path.as_uri(),
                            "capabilities": {}}})
    await server.reply_to(1)
    server.send({"method": "initialized", "params": {}})
    await asyncio.sleep(1.0)  # the noise is written by now
    server.send({"id": 2, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": (tmp_path / "x.py").as_uri()},
        "position": {"line": 0, "character": 0}}})
    assert (await server.reply_to(2))["result"] is None  # read() checks every byte's framing
    assert await server.close() == 0
