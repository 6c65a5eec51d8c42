"""Real public code to measure on: a pinned transformers wheel and the installed torch.

`python benchmarks/corpus.py` downloads and unpacks the wheel into benchmarks/.corpus/ and
prints the corpus directories. Used by speed.py and realworld.py.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

TRANSFORMERS_VERSION = "4.57.1"
CACHE = Path(__file__).parent / ".corpus"


def transformers_dir(version: str = TRANSFORMERS_VERSION) -> Path:
    """The unpacked `transformers` package of the pinned wheel (downloaded once)."""
    target = CACHE / f"transformers-{version}"
    if (target / "transformers").is_dir():
        return target / "transformers"
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary",
         ":all:", "--dest", str(CACHE), f"transformers=={version}"],
        check=True,
    )
    wheel = next(CACHE.glob(f"transformers-{version}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target / "transformers"


def torch_dir() -> Path | None:
    """The installed torch package's own Python sources, if torch is installed."""
    spec = importlib.util.find_spec("torch")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if p.is_file())


def line_count(files: list[Path]) -> int:
    return sum(p.read_bytes().count(b"\n") for p in files)


if __name__ == "__main__":
    for corpus in (transformers_dir(), torch_dir()):
        if corpus is not None:
            files = python_files(corpus)
            print(f"{corpus}: {len(files)} files, {line_count(files)} lines")
