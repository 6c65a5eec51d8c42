"""The pytest-lsp fixture `client`, shared by the test_lsp_* modules that import it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_lsp
from pytest_lsp import ClientServerConfig

from tests.lsp_support import SERVER_COMMAND, RecordingClient, make_client


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND,
                                              client_factory=make_client), name="client")
async def started_client(lsp_client: RecordingClient) -> AsyncIterator[None]:
    """A started server; each test sends `initialize` itself (capabilities differ)."""
    yield
    await lsp_client.shutdown_session()
