"""An interrupted `--fix` leaves every file either old or new, never half written.

A `--fix --unsafe-fixes` run over 200 files is killed (SIGKILL, the whole process group, so
worker processes die too) at several points; after each kill every file must be
byte-identical to its original or to its fully fixed content.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from autograd_lint.config import Config
from autograd_lint.fix import fix_bytes

FILES = 200
KILLS = 3


def _program(index: int) -> str:
    # Several fixes per file, so a file is rewritten over more than one round.
    return (
        "import torch\n"
        f"a{index} = torch.arange({index + 2}, requires_grad=True)\n"
        "w = torch.randn(3, requires_grad=True)\n"
        + "w.data.mul_(0.5)\n" * 3
        + "# padding\n" * 200
    )


def _done(new: dict[Path, bytes]) -> int:
    return sum(path.read_bytes() == content for path, content in new.items())


def test_sigkill_during_fix_leaves_old_or_new_content(tmp_path: Path) -> None:
    old = {tmp_path / f"m{i:03d}.py": _program(i).encode() for i in range(FILES)}
    new = {path: fix_bytes(data, str(path), Config(), unsafe=True).fixed
           for path, data in old.items()}
    assert all(new[p] != old[p] for p in old)
    for path, data in old.items():
        path.write_bytes(data)

    rng = random.Random(6)
    interrupted: list[int] = []
    for _ in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, "-m", "autograd_lint", "--fix", "--unsafe-fixes", "-q",
             str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        # Kill mid-run: once this run has written its first file, at a random moment.
        done_before = _done(new)
        deadline = time.monotonic() + 120
        while _done(new) == done_before and process.poll() is None and \
                time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.1))
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it finished first: the content check below still applies
        process.wait()
        for path in old:
            assert path.read_bytes() in (old[path], new[path]), path
        assert sorted(p for p in tmp_path.glob("*.py")) == sorted(old)
        interrupted.append(_done(new))

    assert any(0 < done < FILES for done in interrupted), interrupted  # some kill hit mid-run
    # A last, uninterrupted run finishes the job.
    subprocess.run([sys.executable, "-m", "autograd_lint", "--fix", "--unsafe-fixes", "-q",
                    str(tmp_path)], capture_output=True, timeout=300, check=False)
    assert all(path.read_bytes() == new[path] for path in old)
