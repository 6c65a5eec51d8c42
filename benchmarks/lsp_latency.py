"""Editor latency: open -> diagnostics and edit -> diagnostics, over stdio like VS Code.

Starts `python -m autograd_lint lsp`, opens a 1,000-line file first (what a user waits
for after starting the editor), then training-script-like files of 100, 1,000 and 5,000
lines, and types: each edit is one small incremental change, and the time runs until the
diagnostics for that document version arrive. Each run starts a new server; the figures
are the medians over the runs of each run's p50/p95, with the server's CPU time (user +
sys, from /proc) per open and per edit beside the wall time, and the load average, since
the machine may be shared. With `--pull` the client pulls diagnostics
(`textDocument/diagnostic` after each open and change, as VS Code does) instead of
waiting for them to be pushed.

    .venv/bin/python benchmarks/lsp_latency.py [--runs N] [--opens N] [--edits N]
        [--sizes 100,1000] [--pull]

Targets (issue 5): diagnostics within 500 ms of opening a 1,000-line file, and p95 of at
most 100 ms after an edit of it (20 edits). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
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
    def __init__(self, pull: bool) -> None:
        super().__init__("lsp-latency", "1")
        self.pull = pull
        self.waiting: dict[tuple[str, int | None], asyncio.Future[float]] = {}

    def expect(self, uri: str, version: int) -> asyncio.Future[float] | None:
        """Push mode: a future for that version's diagnostics (set before sending)."""
        if self.pull:
            return None
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[(uri, version)] = future
        return future

    async def diagnostics(self, uri: str, pushed: asyncio.Future[float] | None) -> float:
        """When the diagnostics of the version just sent arrived (pulled or pushed)."""
        if pushed is not None:
            return await pushed
        await self.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        return time.perf_counter()


def build_client(pull: bool) -> Client:
    client = Client(pull)

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(client: Client, params: types.PublishDiagnosticsParams) -> None:
        future = client.waiting.pop((params.uri, params.version), None)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    @client.feature(types.WORKSPACE_CONFIGURATION)
    def configuration(client: Client, params: types.ConfigurationParams) -> list[None]:
        return [None for _ in params.items]

    return client


@dataclass
class Timings:
    """Wall seconds per open and per edit of one file size, and the server's CPU seconds."""

    lines: int
    opens: list[float] = field(default_factory=list)
    edits: list[float] = field(default_factory=list)
    open_cpu: list[float] = field(default_factory=list)
    edit_cpu: list[float] = field(default_factory=list)


def server_cpu(pid: int) -> float:
    """User + system CPU seconds of the server process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def measure(sizes: list[int], opens: int, edits: int,
                  pull: bool) -> tuple[Timings, list[Timings]]:
    """One server: the first open of a 1,000-line file, then each size in turn."""
    client = build_client(pull)
    await client.start_io(sys.executable, "-m", "autograd_lint", "lsp")
    assert client._server is not None
    pid = client._server.pid
    root = Path(tempfile.mkdtemp(prefix="lsp-latency-"))
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(
            workspace=types.WorkspaceClientCapabilities(configuration=True),
            text_document=types.TextDocumentClientCapabilities(
                diagnostic=types.DiagnosticClientCapabilities()) if pull else None),
        root_uri=root.as_uri(), workspace_folders=[types.WorkspaceFolder(
            uri=root.as_uri(), name="bench")]))
    client.initialized(types.InitializedParams())
    first = Timings(1000)
    await open_file(client, pid, root / "first.py", make_source(1000), first)
    results = []
    for size in sizes:
        source = make_source(size)
        timings = Timings(len(source.splitlines()))
        for attempt in range(opens):
            uri = await open_file(client, pid, root / f"file_{size}_{attempt}.py", source,
                                  timings)
            if attempt == 0:
                await type_edits(client, pid, uri, source, edits, timings)
            client.text_document_did_close(types.DidCloseTextDocumentParams(
                text_document=types.TextDocumentIdentifier(uri=uri)))
        results.append(timings)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return first, results


async def open_file(client: Client, pid: int, path: Path, source: str,
                    timings: Timings) -> str:
    path.write_text(source, encoding="utf-8")
    uri = path.as_uri()
    arrived = client.expect(uri, 1)
    cpu, started = server_cpu(pid), time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python",
                                             version=1, text=source)))
    timings.opens.append(await client.diagnostics(uri, arrived) - started)
    timings.open_cpu.append(server_cpu(pid) - cpu)
    return uri


async def type_edits(client: Client, pid: int, uri: str, source: str, edits: int,
                     timings: Timings) -> None:
    """One keystroke-sized change per edit, each waited for before the next."""
    middle = len(source.splitlines()) // 2
    cpu = server_cpu(pid)
    for version in range(2, edits + 2):
        arrived = client.expect(uri, version)
        started = time.perf_counter()
        position = types.Position(line=middle, character=0)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=position, end=position), text="#\n")]))
        timings.edits.append(await client.diagnostics(uri, arrived) - started)
    timings.edit_cpu.append((server_cpu(pid) - cpu) / edits)  # /proc counts 10 ms ticks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000",
                        help="comma-separated line counts (default: 100,1000,5000)")
    parser.add_argument("--opens", type=int, default=5, help="opens per size (default 5)")
    parser.add_argument("--edits", type=int, default=20, help="edits per size (default 20)")
    parser.add_argument("--runs", type=int, default=3,
                        help="servers started one after another (default 3)")
    parser.add_argument("--pull", action="store_true",
                        help="pull diagnostics after each open and change (as VS Code)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    load_before = os.getloadavg()
    runs = [asyncio.run(measure(sizes, args.opens, args.edits, args.pull))
            for _ in range(args.runs)]
    load_after = os.getloadavg()
    print(f"{args.runs} runs, diagnostics {'pulled' if args.pull else 'pushed'}; medians "
          f"over runs of each run's figure; load average "
          f"{load_before[0]:.2f} before, {load_after[0]:.2f} after (1 min)")
    print(f"{'lines':>6} | {'open p50':>8} {'p95':>6} {'CPU':>6} | "
          f"{'edit p50':>8} {'p95':>6} {'CPU':>6} | edits")
    firsts = [first for first, _ in runs]
    print(f"{'first':>6} | {_median(firsts, 'opens', 0.5):>6.0f}ms {'':>6} "
          f"{_median(firsts, 'open_cpu', 0.5):>4.0f}ms | (first 1,000-line open after "
          f"initialize)")
    for index in range(len(sizes)):
        per_run = [results[index] for _, results in runs]
        print(f"{per_run[0].lines:>6} | {_median(per_run, 'opens', 0.5):>6.0f}ms "
              f"{_median(per_run, 'opens', 0.95):>4.0f}ms "
              f"{_median(per_run, 'open_cpu', 0.5):>4.0f}ms | "
              f"{_median(per_run, 'edits', 0.5):>6.0f}ms "
              f"{_median(per_run, 'edits', 0.95):>4.0f}ms "
              f"{_median(per_run, 'edit_cpu', 0.5):>4.0f}ms | {len(per_run[0].edits)}")
    print("targets: 1,000 lines open <= 500 ms, edit p95 <= 100 ms; 5,000 lines edit p95 "
          "<= 300 ms. CPU: the server's, per open and per edit (mean over the edits)")


def _median(runs: list[Timings], name: str, fraction: float) -> float:
    """Milliseconds: the median over the runs of each run's `fraction` percentile."""
    return statistics.median(percentile(getattr(run, name), fraction) for run in runs) * 1000


if __name__ == "__main__":
    main()
