"""How fast is autograd-lint on real code, next to its peers? (Not a test: run it by hand.)

    .venv/bin/python benchmarks/speed.py [--runs 3] [--corpus transformers|torch|all]

Corpora (benchmarks/corpus.py): the pinned transformers wheel and the installed torch
package's Python sources, each copied to a scratch directory first (the "one file
touched" measurement edits a file; the installed torch must never be modified).

Measured per corpus, medians of --runs runs, every tool in a fresh process:
- autograd-lint cold (`--no-cache`), warm (cache filled, nothing changed) and after one file
  was touched (cache filled, one file's content changed);
- bare `libcst.parse_module` over the same files (one process): the cost autograd-lint
  avoids by parsing only what can matter;
- TorchFix (`torchfix`), the closest peer, from its own venv benchmarks/.venv-torchfix
  (created on first use with torch pinned to the installed version, so it never pulls a
  CUDA build);
- `ruff check --select E,F` as the speed-of-light reference.

Wall time, CPU time (user+sys of the process tree) and peak memory (the sum of the
resident sets of the process tree, sampled every 20 ms) are reported, with the machine's
description and load average, because helpers share the machine. The table is printed
and written to benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import TRANSFORMERS_VERSION, line_count, python_files, torch_dir, transformers_dir  # noqa: E402

HERE = Path(__file__).parent
REPO = HERE.parent
VENV_BIN = Path(sys.executable).parent
TORCHFIX_VENV = HERE / ".venv-torchfix"
TORCH_PIN = "torch==2.13.0"

PARSE_ONLY = """
import sys, libcst
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.py")):
    try:
        libcst.parse_module(path.read_text(encoding="utf-8"))
    except Exception:
        pass
"""


@dataclass
class Sample:
    wall: float
    cpu: float
    peak_mb: float


@dataclass
class Row:
    tool: str
    samples: list[Sample]
    note: str = ""

    def median(self, field: str) -> float:
        return statistics.median(getattr(s, field) for s in self.samples)


# ---------------------------------------------------------------------- measuring
def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over `root` and all its descendants (Linux /proc)."""
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{pid}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict[str, str] | None = None) -> Sample:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # Never from the repository: `python -m autograd_lint` puts the working directory first
    # on sys.path, and the working tree (edited while the benchmark runs) would shadow the
    # snapshot on PYTHONPATH, so every "warm" run would miss the cache.
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, cwd=tempfile.gettempdir())
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n"
                           f"{stderr.decode(errors='replace')[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Sample(wall, cpu, peak / 1024)


def repeat(runs: int, command: list[str], before_each=None,  # type: ignore[no-untyped-def]
           env: dict[str, str] | None = None) -> list[Sample]:
    samples = []
    for _ in range(runs):
        if before_each is not None:
            before_each()
        samples.append(measure(command, env))
    return samples


# ---------------------------------------------------------------------- tools
def torchfix_command() -> list[str] | None:
    """`torchfix` from its own venv, installed on first use (torch pinned first)."""
    exe = TORCHFIX_VENV / "bin" / "torchfix"
    if not exe.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(TORCHFIX_VENV)], check=True)
            pip = [str(TORCHFIX_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
            subprocess.run([*pip, TORCH_PIN], check=True)
            subprocess.run([*pip, "torchfix"], check=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"TorchFix unavailable: {exc}", file=sys.stderr)
            return None
    return [str(exe), "--select", "ALL"]


def _only_python(directory: str, names: list[str]) -> list[str]:
    """copytree filter: keep directories and .py files (torch ships GBs of libraries)."""
    return [n for n in names if n == "__pycache__" or
            (not n.endswith(".py") and not os.path.isdir(os.path.join(directory, n)))]


def bench_corpus(name: str, source: Path, runs: int, scratch: Path,
                 progress: Callable[[str, list[Row]], None]) -> tuple[str, list[Row]]:
    """Every tool over one corpus; `progress` gets the rows so far after each tool."""
    corpus = scratch / name
    shutil.copytree(source, corpus, ignore=_only_python)
    files = python_files(corpus)
    header = f"{name}: {len(files)} files, {line_count(files):,} lines"
    print(header, flush=True)
    # Run a snapshot of the package: the cache key hashes the package's sources, so edits
    # to the working tree during a long run would otherwise invalidate the warm cache.
    snapshot = scratch / "tool"
    shutil.copytree(REPO / "autograd_lint", snapshot / "autograd_lint",
                    ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(snapshot)}
    lint = [sys.executable, "-m", "autograd_lint", "check", str(corpus), "--quiet",
            "--exit-zero", "--format", "json", "--output", os.devnull]
    # Cold: an empty cache each time (nothing to reuse); the last one fills the cache the
    # warm and touched runs use, which saves a further full run.
    cold = []
    for attempt in range(runs):
        cache_dir = scratch / f"{name}-cache-{attempt}"
        cold.append(measure([*lint, "--cache-dir", str(cache_dir)], env))
    rows = [Row("autograd-lint cold (empty cache)", cold)]
    rows.append(Row("autograd-lint warm (nothing changed)",
                    repeat(runs, [*lint, "--cache-dir", str(cache_dir)], env=env)))
    touched = sorted(files, key=lambda p: (p.stat().st_size, str(p)))[len(files) // 2]
    counter = iter(range(1_000_000))

    def touch() -> None:
        with touched.open("a", encoding="utf-8") as stream:
            stream.write(f"\n# touched {next(counter)}\n")

    rows.append(Row("autograd-lint, one file touched",
                    repeat(runs, [*lint, "--cache-dir", str(cache_dir)], touch, env),
                    note=f"the median-size file, {touched.relative_to(corpus)}"))
    progress(header, rows)
    ruff = str(VENV_BIN / "ruff")
    rows.append(Row("ruff check --select E,F", repeat(
        runs, [ruff, "check", "--select", "E,F", "--no-cache", "--exit-zero", "--quiet",
               str(corpus)])))
    progress(header, rows)
    rows.append(Row("libcst.parse_module only (1 process)",
                    repeat(runs, [sys.executable, "-c", PARSE_ONLY, str(corpus)])))
    progress(header, rows)
    torchfix = torchfix_command()
    if torchfix is not None:
        rows.append(Row("TorchFix (--select ALL)", repeat(runs, [*torchfix, str(corpus)])))
    progress(header, rows)
    return header, rows


# ---------------------------------------------------------------------- report
def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal:"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} CPUs (nproc), {cpu}, {mem_kb / 1024 / 1024:.1f} GiB RAM, "
            f"Linux {platform.release()}, Python {platform.python_version()}; "
            f"load average at the end of the run: {load}")


def table(header: str, rows: list[Row]) -> str:
    cold = rows[0].median("wall")
    lines = [f"### {header}", "",
             "| tool | wall (s) | CPU (s) | peak RSS (MB) | vs autograd-lint cold | note |",
             "|---|---:|---:|---:|---:|---|"]
    for row in rows:
        wall = row.median("wall")
        lines.append(f"| {row.tool} | {wall:.2f} | {row.median('cpu'):.2f} | "
                     f"{row.median('peak_mb'):.0f} | {wall / cold:.2f}x | {row.note} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", choices=("transformers", "torch", "all"), default="all")
    parser.add_argument("--output", type=Path, default=HERE / "results.md")
    args = parser.parse_args()
    corpora: list[tuple[str, Path]] = []
    if args.corpus in ("transformers", "all"):
        corpora.append((f"transformers-{TRANSFORMERS_VERSION}", transformers_dir()))
    torch_sources = torch_dir()
    if args.corpus in ("torch", "all") and torch_sources is not None:
        corpora.append(("torch", torch_sources))
    sections: list[str] = []

    def write(header: str, rows: list[Row]) -> None:
        """Rewrite the report with the sections so far (a long run leaves partial results)."""
        args.output.write_text(report(args.runs, [*sections, table(header, rows)]),
                               encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="agl-speed-") as scratch:
        for name, source in corpora:
            header, rows = bench_corpus(name, source, args.runs, Path(scratch), write)
            section = table(header, rows)
            print(section, flush=True)
            sections.append(section)
    args.output.write_text(report(args.runs, sections), encoding="utf-8")
    print(f"written to {args.output}")


def report(runs: int, sections: list[str]) -> str:
    return ("# Speed of autograd-lint on real code\n\n"
            f"Generated by `benchmarks/speed.py --runs {runs}`; medians of {runs} run(s), "
            "each tool in a fresh process, default `--jobs` (one worker per CPU). CPU = "
            "user+sys of the whole process tree; peak RSS = the largest sum of the tree's "
            "resident sets, sampled every 20 ms.\n\n"
            f"Machine: {machine()}\n\n" + "\n".join(sections))


if __name__ == "__main__":
    main()
