"""Editor latency: open -> diagnostics and edit -> diagnostics, over stdio like VS Code.

Starts `python -m autograd_lint lsp`, opens training-script-like files of 100, 1,000 and
5,000 lines, then types: each edit is one small incremental change, and the time runs
until the diagnostics for that document version arrive. Prints p50/p95 per size.

    .venv/bin/python benchmarks/lsp_latency.py [--opens N] [--edits N] [--sizes 100,1000]

Targets (issue 5): diagnostics within 500 ms of opening a 1,000-line file, and p95 of at
most 100 ms after an edit of it (20 edits). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

BLOCK = '''def train_step_{i}(model, batch, optimizer):
    x = torch.randn(8, 3, requires_grad=True)
    w = torch.randn(3, 2, requires_grad=True)
    out = model(batch) + x @ w
    loss = (out - batch).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    per_sample = (x @ w).sum(dim=1)
    per_sample.backward()
    print(w.grad, per_sample.grad)
    return loss.item()

'''
"""12 lines + blank; `per_sample.backward()` (AGL002) and `per_sample.grad` (AGL001)."""


def make_source(lines: int) -> str:
    header = "import torch\n\n"
    blocks, count = [], 2
    i = 0
    while count < lines:
        block = BLOCK.format(i=i)
        blocks.append(block)
        count += block.count("\n")
        i += 1
    return header + "".join(blocks)


class Client(LanguageClient):
    def __init__(self) -> None:
        super().__init__("lsp-latency", "1")
        self.waiting: dict[tuple[str, int | None], asyncio.Future[float]] = {}

    def expect(self, uri: str, version: int) -> asyncio.Future[float]:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[(uri, version)] = future
        return future


def build_client() -> Client:
    client = Client()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(client: Client, params: types.PublishDiagnosticsParams) -> None:
        future = client.waiting.pop((params.uri, params.version), None)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    @client.feature(types.WORKSPACE_CONFIGURATION)
    def configuration(client: Client, params: types.ConfigurationParams) -> list[None]:
        return [None for _ in params.items]

    return client


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def measure(sizes: list[int], opens: int, edits: int) -> list[tuple[int, list[float],
                                                                          list[float]]]:
    client = build_client()
    await client.start_io(sys.executable, "-m", "autograd_lint", "lsp")
    root = Path(tempfile.mkdtemp(prefix="lsp-latency-"))
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(workspace=types.WorkspaceClientCapabilities(
            configuration=True)),
        root_uri=root.as_uri(), workspace_folders=[types.WorkspaceFolder(
            uri=root.as_uri(), name="bench")]))
    client.initialized(types.InitializedParams())
    results = []
    for size in sizes:
        source = make_source(size)
        open_times: list[float] = []
        edit_times: list[float] = []
        for attempt in range(opens):
            path = root / f"file_{size}_{attempt}.py"
            path.write_text(source, encoding="utf-8")
            uri = path.as_uri()
            arrived = client.expect(uri, 1)
            started = time.perf_counter()
            client.text_document_did_open(types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="python",
                                                     version=1, text=source)))
            open_times.append(await arrived - started)
            if attempt == 0:
                edit_times = await type_edits(client, uri, source, edits)
            client.text_document_did_close(types.DidCloseTextDocumentParams(
                text_document=types.TextDocumentIdentifier(uri=uri)))
        results.append((len(source.splitlines()), open_times, edit_times))
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return results


async def type_edits(client: Client, uri: str, source: str, edits: int) -> list[float]:
    """One keystroke-sized change per edit, each waited for before the next."""
    middle = len(source.splitlines()) // 2
    times = []
    for version in range(2, edits + 2):
        arrived = client.expect(uri, version)
        started = time.perf_counter()
        position = types.Position(line=middle, character=0)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=position, end=position), text="#\n")]))
        times.append(await arrived - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000",
                        help="comma-separated line counts (default: 100,1000,5000)")
    parser.add_argument("--opens", type=int, default=5, help="opens per size (default 5)")
    parser.add_argument("--edits", type=int, default=20, help="edits per size (default 20)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = asyncio.run(measure(sizes, args.opens, args.edits))
    print(f"{'lines':>6} | {'open p50':>9} {'open p95':>9} | {'edit p50':>9} {'edit p95':>9}"
          f" | edits")
    for lines, open_times, edit_times in results:
        print(f"{lines:>6} | {statistics.median(open_times) * 1000:>7.0f}ms "
              f"{percentile(open_times, 0.95) * 1000:>7.0f}ms | "
              f"{statistics.median(edit_times) * 1000:>7.0f}ms "
              f"{percentile(edit_times, 0.95) * 1000:>7.0f}ms | {len(edit_times)}")
    print("targets for ~1,000 lines: open <= 500 ms, edit p95 <= 100 ms")


if __name__ == "__main__":
    main()
