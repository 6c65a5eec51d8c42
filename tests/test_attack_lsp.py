"""The language server under abuse, over real stdio with raw JSON-RPC framing (issue 8).

pytest-lsp speaks only well-formed protocol, so these tests spawn `python -m autograd_lint
lsp` and write the bytes themselves: broken JSON, bodies shorter or longer than their
Content-Length, unknown methods, documents never opened, stale versions, a 20 MB document,
1,000 changes in a burst, and a client that disappears. After each attack a valid request
must still be answered, and the server must exit on shutdown/exit or a closed pipe.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from typing import Any

import pytest

PITFALL = "import torch\nx = torch.ones(3, requires_grad=True) * 2\nx.backward()\n"
URI = "file:///attack/model.py"
WAIT = 60.0  # generous: the suite shares two busy cores; a dead server fails long before


class RawClient:
    """A minimal LSP client: Content-Length framing by hand, a reader thread, a queue."""

    def __init__(self, read: bool = True) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "autograd_lint", "lsp"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.next_id = 0
        if read:
            threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                if not line.strip():
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None, "the server sent a frame without Content-Length"
            self.inbox.put(json.loads(stream.read(length)))

    def raw(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: Any, wait: bool = True) -> Any:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.response(self.next_id) if wait else self.next_id

    def response(self, request_id: int, timeout: float = WAIT) -> dict[str, Any]:
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m,
                             timeout)

    def wait_for(self, wanted: Any, timeout: float = WAIT) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            message = self.inbox.get(timeout=max(0.01, deadline - time.monotonic()))
            if message is None:
                raise EOFError("the server closed its output")
            if wanted(message):
                return message

    def pull(self, uri: str = URI) -> list[dict[str, Any]]:
        """Diagnostics of `uri`, linted now: proves the server is alive and correct."""
        answer = self.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        assert "error" not in answer, answer
        return answer["result"]["items"]

    def open(self, text: str, uri: str = URI, version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "python", "version": version, "text": text}})

    def start(self) -> None:
        answer = self.request("initialize", {"processId": None, "rootUri": None,
                                             "capabilities": {}})
        assert "capabilities" in answer["result"]
        self.notify("initialized", {})

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


@pytest.fixture
def client():
    lsp = RawClient()
    lsp.start()
    lsp.open(PITFALL)
    yield lsp
    lsp.close()


def _codes(items: list[dict[str, Any]]) -> list[str]:
    return [item["code"] for item in items]


def test_malformed_json_is_logged_and_the_next_request_is_served(client):
    body = b'{"jsonrpc": "2.0", "id": 99, "method": '
    client.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    client.raw(b"Content-Length: 4\r\n\r\nnull")
    client.raw(b"Content-Length: 2\r\n\r\n[]")
    assert _codes(client.pull()) == ["AGL002"]


def test_body_shorter_than_content_length_loses_one_message_not_the_session(client):
    body = b'{"jsonrpc": "2.0", "method": "$/nothing"}'
    client.raw(b"Content-Length: %d\r\n\r\n" % (len(body) + 20) + body)
    eaten = client.request("textDocument/hover", {"textDocument": {"uri": URI},
                                                  "position": {"line": 0, "character": 0}},
                           wait=False)  # its first 20 bytes complete the broken frame
    assert _codes(client.pull()) == ["AGL002"]
    with pytest.raises(queue.Empty):
        client.response(eaten, timeout=0.5)


def test_junk_after_a_body_is_skipped(client):
    body = b'{"jsonrpc": "2.0", "method": "$/nothing"}'
    client.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body + b"GARBAGE {}\r\n")
    assert _codes(client.pull()) == ["AGL002"]
    client.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body + b"no newline at all")
    assert _codes(client.pull()) == ["AGL002"]


def test_unknown_request_is_method_not_found_and_unknown_notification_is_ignored(client):
    answer = client.request("autograd/doesNotExist", {"x": 1})
    assert answer["error"]["code"] == -32601  # MethodNotFound
    client.notify("autograd/doesNotExistEither", {"x": 1})
    client.notify("$/cancelRequest", {"id": 12345})
    assert _codes(client.pull()) == ["AGL002"]


def test_requests_for_unopened_documents_get_empty_answers(client):
    other = "file:///attack/never_opened.py"
    hover = client.request("textDocument/hover", {"textDocument": {"uri": other},
                                                  "position": {"line": 0, "character": 0}})
    assert hover["result"] is None
    assert client.pull(other) == []
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": other},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []}})
    assert actions["result"] == []
    assert _codes(client.pull()) == ["AGL002"]


def test_changes_with_wrong_versions_and_ranges_keep_the_server_serving(client):
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 0},
                                             "contentChanges": [{"text": "x = 1\n"}]})
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": "file:///attack/never_opened.py", "version": 5},
        "contentChanges": [{"text": "y = 2\n"}]})
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": URI, "version": 7},
        "contentChanges": [{"range": {"start": {"line": 99, "character": 0},
                                      "end": {"line": 120, "character": 5}}, "text": "z"}]})
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3},
                                             "contentChanges": [{"text": PITFALL}]})
    assert _codes(client.pull()) == ["AGL002"]  # the last full text wins


def test_a_20_mb_document_is_refused_with_a_diagnostic_not_a_hang(client):
    big_uri = "file:///attack/huge.py"
    client.open("x = 1\n" * (20 * 1024 * 1024 // 6), uri=big_uri)
    items = client.pull(big_uri)
    assert len(items) == 1 and "max-file-size" in items[0]["message"], items
    assert _codes(client.pull()) == ["AGL002"]


def test_1000_changes_in_a_burst_end_with_the_last_version_linted(client):
    clean = "import torch\nx = torch.ones(3, requires_grad=True).sum()\nx.backward()\n"
    for version in range(2, 1002):
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": URI, "version": version},
            "contentChanges": [{"text": PITFALL if version == 1001 else clean}]})
    published = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"].get("version") == 1001)
    assert _codes(published["params"]["diagnostics"]) == ["AGL002"]
    assert _codes(client.pull()) == ["AGL002"]


def test_shutdown_then_exit_ends_the_process_with_status_0(client):
    assert client.request("shutdown", None)["result"] is None
    client.notify("exit", None)
    assert client.proc.wait(timeout=WAIT) == 0


def test_closed_stdin_ends_the_process(client):
    assert client.proc.stdin is not None
    client.proc.stdin.close()
    client.proc.wait(timeout=WAIT)


def test_client_vanishing_mid_request_ends_the_process():
    """The client sends a slow request and closes both pipes without reading the answer;
    the server must not wait for the lint in progress to finish before exiting."""
    lsp = RawClient(read=False)
    try:
        lsp.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}},
                    wait=False)
        lsp.notify("initialized", {})
        slow = "file:///attack/slow.py"
        lsp.open(PITFALL * 60_000, uri=slow)  # 4 MB: under the size limit, minutes to lint
        lsp.request("textDocument/diagnostic", {"textDocument": {"uri": slow}}, wait=False)
        time.sleep(1.0)  # let the lint start
        assert lsp.proc.stdin is not None and lsp.proc.stdout is not None
        lsp.proc.stdin.close()
        lsp.proc.stdout.close()
        lsp.proc.wait(timeout=WAIT)
    finally:
        lsp.close()
