"""A bare JSON-RPC connection to the server, for what a well-behaved client never sends.

pytest-lsp refuses to serialise malformed params, so robustness tests write the bytes
themselves. Reading also checks the stdout contract: every byte the server writes must
be part of a `Content-Length` framed JSON message.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from tests.lsp_support import SERVER_COMMAND, WAIT_LIMIT


class RawConnection:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.notifications: list[dict[str, Any]] = []

    @classmethod
    async def start(cls, command: list[str] | None = None) -> RawConnection:
        process = await asyncio.create_subprocess_exec(
            *(command or SERVER_COMMAND), stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL)
        return cls(process)

    def send_bytes(self, body: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def send(self, message: dict[str, Any]) -> None:
        self.send_bytes(json.dumps({"jsonrpc": "2.0", **message}).encode())

    async def read(self) -> dict[str, Any]:
        """The next message; fails if stdout holds anything but a framed message."""
        assert self.process.stdout is not None
        header = await asyncio.wait_for(self.process.stdout.readuntil(b"\r\n\r\n"), WAIT_LIMIT)
        fields = dict(line.split(": ", 1) for line in header.decode("ascii").split("\r\n")
                      if line)
        assert set(fields) <= {"Content-Length", "Content-Type"}, header
        body = await self.process.stdout.readexactly(int(fields["Content-Length"]))
        return json.loads(body)

    async def reply_to(self, request_id: int) -> dict[str, Any]:
        """Read until the response to `request_id`, keeping notifications on the side."""
        while True:
            message = await self.read()
            if message.get("id") == request_id and "method" not in message:
                return message
            if "id" in message and "method" in message:  # a request from the server
                self.send({"id": message["id"], "result": None})
            else:
                self.notifications.append(message)

    async def close(self) -> int:
        self.send({"id": 999_999, "method": "shutdown"})
        await self.reply_to(999_999)
        self.send({"method": "exit"})
        return await asyncio.wait_for(self.process.wait(), WAIT_LIMIT)
