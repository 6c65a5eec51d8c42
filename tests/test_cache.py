"""The result cache: hits, misses on every input of the key, corrupt entries, concurrency,
and identical findings with and without it (and with 1 or 2 worker processes)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from autograd_lint import cache as cache_module
from autograd_lint.cache import ResultCache
from autograd_lint.config import Config
from autograd_lint.engine import lint_paths
from autograd_lint.finding import FileResult
from tests.fixture_lib import FIXTURES

FLAGGED = (
    "import torch\n"
    "w = torch.randn(3, requires_grad=True).view(3, 1)\n"
    "print(w.grad)\n"
)


def _entries(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.json"))


def _project(tmp_path: Path, text: str = FLAGGED) -> Path:
    source = tmp_path / "src"
    source.mkdir()
    (source / "train.py").write_text(text)
    return source


def test_second_run_is_served_from_the_cache(tmp_path, monkeypatch):
    source = _project(tmp_path)
    cache = ResultCache(tmp_path / "cache", Config())
    first = lint_paths([source], Config(), jobs=1, cache=cache)
    assert [f.code for f in first.findings] == ["AGL001"]
    assert len(_entries(tmp_path / "cache")) == 1

    def no_linting(*args, **kwargs):
        raise AssertionError("a cached file was linted again")

    monkeypatch.setattr("autograd_lint.engine.lint_bytes", no_linting)
    second = lint_paths([source], Config(), jobs=1, cache=cache)
    assert second == first


def test_changed_content_is_a_miss(tmp_path):
    source = _project(tmp_path)
    cache = ResultCache(tmp_path / "cache", Config())
    lint_paths([source], Config(), jobs=1, cache=cache)
    (source / "train.py").write_text(FLAGGED.replace("print(w.grad)", "print(w)"))
    result = lint_paths([source], Config(), jobs=1, cache=cache)
    assert result.findings == ()
    assert len(_entries(tmp_path / "cache")) == 2


def test_changed_config_is_a_miss(tmp_path):
    source = _project(tmp_path)
    lint_paths([source], Config(), jobs=1, cache=ResultCache(tmp_path / "cache", Config()))
    narrow = Config().with_overrides(select=("AGL002",))
    result = lint_paths([source], narrow, jobs=1,
                        cache=ResultCache(tmp_path / "cache", narrow))
    assert result.findings == ()


def test_changed_tool_is_a_miss(tmp_path, monkeypatch):
    source = _project(tmp_path)
    data = (source / "train.py").read_bytes()
    before = ResultCache(tmp_path / "cache", Config()).key(data, "train.py")
    monkeypatch.setattr(cache_module, "tool_fingerprint", lambda: "another version")
    after = ResultCache(tmp_path / "cache", Config()).key(data, "train.py")
    assert before != after


def test_tool_fingerprint_follows_the_package_sources(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "rule.py").write_text("A = 1\n")
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    cache_module.tool_fingerprint.cache_clear()
    try:
        first = cache_module.tool_fingerprint()
        (package / "rule.py").write_text("A = 2\n")
        cache_module.tool_fingerprint.cache_clear()
        assert cache_module.tool_fingerprint() != first
    finally:
        cache_module.tool_fingerprint.cache_clear()


def test_same_content_under_another_path_is_a_miss(tmp_path):
    cache = ResultCache(tmp_path / "cache", Config())
    data = FLAGGED.encode()
    cache.put(cache.key(data, "a.py"), FileResult("a.py"))
    assert cache.get(cache.key(data, "b.py"), "b.py") is None


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"[]", b'{"key": 1}', b"\xff\xfe"])
def test_corrupt_entry_is_ignored_and_rewritten(tmp_path, garbage):
    source = _project(tmp_path)
    cache = ResultCache(tmp_path / "cache", Config())
    expected = lint_paths([source], Config(), jobs=1, cache=cache)
    (entry,) = _entries(tmp_path / "cache")
    entry.write_bytes(garbage)
    assert lint_paths([source], Config(), jobs=1, cache=cache) == expected
    assert entry.read_bytes() != garbage
    assert lint_paths([source], Config(), jobs=1, cache=cache) == expected


def test_unwritable_cache_only_costs_speed(tmp_path):
    source = _project(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be")
    result = lint_paths([source], Config(), jobs=1, cache=ResultCache(blocker, Config()))
    assert [f.code for f in result.findings] == ["AGL001"]


def _write_many(directory: str, rounds: int) -> None:
    cache = ResultCache(Path(directory), Config())
    result = FileResult("x.py")
    for round_ in range(rounds):
        cache.put(cache.key(str(round_ % 5).encode(), "x.py"), result)


def test_concurrent_writers_leave_only_complete_entries(tmp_path):
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_many, args=(str(tmp_path), 200))
               for _ in range(3)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
        assert writer.exitcode == 0
    cache = ResultCache(tmp_path, Config())
    for round_ in range(5):
        assert cache.get(cache.key(str(round_).encode(), "x.py"), "x.py") == FileResult("x.py")
    assert not list(tmp_path.rglob(".tmp-*"))
    assert len(_entries(tmp_path)) == 5


def test_findings_identical_with_and_without_cache_and_jobs(tmp_path, monkeypatch):
    """The fixtures (every rule, flagged and look-alike code) through every path; the
    thresholds are lowered so that two jobs really use the process pool."""
    monkeypatch.setattr("autograd_lint.engine.PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr("autograd_lint.engine.PARALLEL_MIN_BYTES", 0)
    config = Config()
    plain = lint_paths([FIXTURES], config, jobs=1)
    assert plain.findings
    two_jobs = lint_paths([FIXTURES], config, jobs=2)
    cache = ResultCache(tmp_path / "cache", config)
    cold = lint_paths([FIXTURES], config, jobs=2, cache=cache)
    warm = lint_paths([FIXTURES], config, jobs=1, cache=cache)
    assert two_jobs == plain
    assert cold == plain
    assert warm == plain


def test_cli_cache_dir_and_no_cache(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from autograd_lint.cli import main

    source = _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    skipped = runner.invoke(main, ["check", str(source), "--quiet", "--no-cache"])
    assert skipped.exit_code == 1 and "AGL001" in skipped.output
    assert not (tmp_path / ".autograd_lint_cache").exists()
    chosen = tmp_path / "elsewhere"
    stored = runner.invoke(main, ["check", str(source), "--quiet", "--cache-dir", str(chosen)])
    assert stored.output == skipped.output
    assert len(_entries(chosen)) == 1
    default = runner.invoke(main, ["check", str(source), "--quiet"])
    assert default.output == skipped.output
    assert len(_entries(tmp_path / ".autograd_lint_cache")) == 1
