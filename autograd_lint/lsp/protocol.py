"""pygls's protocol, made to answer every request, even one it cannot read.

pygls 2 logs a request whose params do not fit the method's type and then drops it, so
the client waits forever. JSON-RPC says such a request gets an InvalidParams error; this
subclass sends it. It also sends notifications and results that are JSON already (the
diagnostics, see lsp/diagnostics.py) without a cattrs pass over them.
"""

from __future__ import annotations

from typing import Any

from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol

_ANSWERED = object()
"""Stands for a malformed request that has already been answered with an error."""


class JsonResult(dict[str, Any]):
    """A handler's result that is plain JSON already: sent as it is."""


class AnsweringProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            request_id = data.get("id")
            if "method" not in data or not isinstance(request_id, (int, str)):
                raise
            self._send_response(request_id, error=error.to_response_error())
            return _ANSWERED

    def handle_message(self, message: Any) -> None:
        if message is _ANSWERED:
            return
        super().handle_message(message)

    def _send_response(self, msg_id: Any, result: Any | None = None,
                       error: Any | None = None) -> None:
        if error is None and isinstance(result, JsonResult):
            self._send_data({"jsonrpc": self.VERSION, "id": msg_id, "result": result})
            return
        super()._send_response(msg_id, result=result, error=error)

    def notify_json(self, method: str, params: dict[str, Any]) -> None:
        """`notify` for params that are plain JSON values (dicts, lists, str, int, None)."""
        self._send_data({"jsonrpc": self.VERSION, "method": method, "params": params})
