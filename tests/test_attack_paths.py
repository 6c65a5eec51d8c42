"""Attacks through the file system and the configuration: symlink loops, files that are
not files, unreadable directories, awkward names, and a pyproject.toml with a wrong type
for every key. The linter reports each problem as a clear message, keeps linting the rest,
exits 2 only where nothing could run, and never prints a traceback or hangs.

The CLI runs as a real subprocess with a timeout where the attack could hang it (a FIFO,
a loop), so a broken protection fails the test instead of blocking the suite.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from autograd_lint import cli

CLI = [sys.executable, "-m", "autograd_lint", "--no-cache"]
FIXABLE = b"import torch\na = torch.arange(3, requires_grad=True)\n"
PITFALL = b"import torch\nx = torch.ones(3, requires_grad=True) * 2\nx.backward()\n"
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2
TIMEOUT = 120  # a hang ends the test with TimeoutExpired instead of blocking the suite


def _without_file_capabilities() -> None:
    """In the child before exec: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the
    bounding set, so root, after exec, obeys permission bits like any user (chmod 000 does
    not stop root otherwise). Needs CAP_SETPCAP, which root has."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _run(*args: str | os.PathLike[str], cwd: Path | None = None,
         obey_permissions: bool = False) -> subprocess.CompletedProcess[str]:
    drop = obey_permissions and os.geteuid() == 0
    done = subprocess.run([*CLI, *map(str, args)], capture_output=True, cwd=cwd,
                          encoding="utf-8", errors="surrogateescape",
                          timeout=TIMEOUT, preexec_fn=_without_file_capabilities if drop
                          else None)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    return done


def _paths(report: dict) -> list[str]:
    return [f["path"] for f in report["findings"]]


def test_directory_symlinked_into_itself_is_walked_once(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "model.py").write_bytes(PITFALL)
    (pkg / "loop").symlink_to("..")  # pkg/loop -> tmp_path, which contains pkg again
    (pkg / "self").symlink_to("self")  # a link that resolves to itself (ELOOP)
    (pkg / "again.py").symlink_to("again.py")

    done = _run("--format", "json", ".", cwd=tmp_path)

    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert _paths(report) == ["pkg/model.py"]
    assert [(e["path"], e["message"]) for e in report["errors"]] == [
        ("pkg/again.py", "cannot read: Too many levels of symbolic links")]


def test_explicit_symlink_loop_argument_is_a_clear_error(tmp_path):
    (tmp_path / "self.py").symlink_to("self.py")
    done = _run(tmp_path / "self.py")
    assert done.returncode == 2
    assert done.stderr.startswith("autograd-lint: error: ")
    assert "self.py: no such file or directory" in done.stderr


def test_fifo_and_device_named_py_are_reported_not_read(tmp_path):
    """Reading a FIFO blocks until a writer appears and /dev/zero never ends: both would
    hang the run. They are skipped with a message, the regular file is still linted."""
    (tmp_path / "pipe.py").parent.mkdir(exist_ok=True)
    os.mkfifo(tmp_path / "pipe.py")
    (tmp_path / "zeros.py").symlink_to("/dev/zero")
    (tmp_path / "real.py").write_bytes(PITFALL)
    expected = {("pipe.py", "cannot read: not a regular file (FIFO, socket or device); "
                            "skipped"),
                ("zeros.py", "cannot read: not a regular file (FIFO, socket or device); "
                             "skipped")}

    for mode in ([], ["--fix"]):
        done = _run(*mode, "--format", "json", ".", cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        report = json.loads(done.stdout)
        assert _paths(report) == ["real.py"]
        assert {(e["path"], e["message"]) for e in report["errors"]} == expected

    explicit = _run(tmp_path / "pipe.py")
    assert explicit.returncode == 1
    assert "pipe.py: error: cannot read: not a regular file" in explicit.stderr


def test_unreadable_directory_and_file_are_reported_and_the_rest_is_linted(tmp_path):
    """chmod 000 does not stop root (CAP_DAC_OVERRIDE), so under root the linter runs
    without the capabilities that bypass permission bits (see _without_file_capabilities)."""
    shared_tmp = tmp_path
    (shared_tmp / "ok.py").write_bytes(PITFALL)
    locked = shared_tmp / "locked"
    locked.mkdir()
    (locked / "hidden.py").write_bytes(PITFALL)
    secret = shared_tmp / "secret.py"
    secret.write_bytes(PITFALL)
    secret.chmod(0o000)
    locked.chmod(0o000)

    done = _run("--format", "json", ".", cwd=shared_tmp, obey_permissions=True)

    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert _paths(report) == ["ok.py"]
    assert {(os.path.normpath(e["path"]), e["message"]) for e in report["errors"]} == {
        ("locked", "cannot read directory: Permission denied"),
        ("secret.py", "cannot read: Permission denied")}


def test_names_with_spaces_non_ascii_and_undecodable_bytes(tmp_path):
    nested = tmp_path / "dir with space" / "ünï cödé"
    nested.mkdir(parents=True)
    (nested / "fïlé ñ.py").write_bytes(PITFALL)
    (nested / "-starts-with-dash.py").write_bytes(PITFALL)
    raw = os.fsencode(nested) + b"/bad\xff name.py"  # not UTF-8: a surrogate in str
    with open(raw, "wb") as handle:
        handle.write(PITFALL)

    for output in ("text", "github"):
        done = _run("--format", output, tmp_path)
        assert done.returncode == 1, (output, done.stderr)
        for name in ("fïlé ñ.py", "-starts-with-dash.py", "bad\udcff name.py"):
            assert name in done.stdout, (output, name)
    report = json.loads(_run("--format", "json", tmp_path).stdout)
    assert sorted(Path(path).name for path in _paths(report)) == [
        "-starts-with-dash.py", "bad\udcff name.py", "fïlé ñ.py"]
    sarif = json.loads(_run("--format", "sarif", tmp_path).stdout)
    uris = sorted(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                  .rsplit("/", 1)[1] for result in sarif["runs"][0]["results"])
    assert uris == ["-starts-with-dash.py", "bad%FF%20name.py", "f%C3%AFl%C3%A9%20%C3%B1.py"]

    odd = nested / "fïx mé.py"
    odd.write_bytes(FIXABLE)
    fixed = _run("--fix", odd)
    assert "Fixed 1 finding." in fixed.stdout + fixed.stderr
    assert odd.read_bytes() == FIXABLE.replace(b"(3, ", b"(3, dtype=torch.float32, ")


WRONG_TYPES = [
    ("select", '"AGL001"', "select must be a list of strings"),
    ("select", "[1, 2]", "select must be a list of strings"),
    ("ignore", "3", "ignore must be a list of strings"),
    ("extend-select", "true", "extend-select must be a list of strings"),
    ("extend-select", '["AGL001", 7]', "extend-select must be a list of strings"),
    ("exclude", '"build"', "exclude must be a list of strings"),
    ("extend-exclude", "{ a = 1 }", "extend-exclude must be a list of strings"),
    ("per-file-ignores", '["tests/*"]', "per-file-ignores must be a table of glob = [codes]"),
    ("per-file-ignores", '{ "a.py" = "AGL001" }', "per-file-ignores.'a.py' must be a list"),
    ("per-file-ignores", '{ "a.py" = [1] }', "expected rule codes as strings, got 1"),
    ("max-file-size", '"10MB"', "max-file-size must be a positive integer (bytes)"),
    ("max-file-size", "true", "max-file-size must be a positive integer (bytes)"),
    ("max-file-size", "1.5", "max-file-size must be a positive integer (bytes)"),
    ("max-file-size", "-1", "max-file-size must be a positive integer (bytes)"),
    ("max-file-size", "[1]", "max-file-size must be a positive integer (bytes)"),
]


@pytest.mark.parametrize("key,value,message", WRONG_TYPES,
                         ids=[f"{k}={v}" for k, v, _ in WRONG_TYPES])
def test_wrong_type_for_every_config_key_exits_2_with_a_clear_message(tmp_path, key, value,
                                                                     message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.autograd-lint]\n{key} = {value}\n")
    (tmp_path / "a.py").write_bytes(PITFALL)
    result = CliRunner().invoke(cli.main, ["--no-cache", str(tmp_path / "a.py")])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # not an uncaught exception
    assert result.output.startswith("autograd-lint: error: ")
    assert str(tmp_path / "pyproject.toml") in result.output
    assert message in result.output


def test_every_known_key_is_attacked():
    from autograd_lint.config import KNOWN_KEYS

    assert {key for key, _, _ in WRONG_TYPES} == KNOWN_KEYS


@pytest.mark.parametrize("content,message", [
    ("[tool]\nautograd-lint = 3\n", "[tool.autograd-lint] must be a table"),
    ("[tool.autograd-lint]\nselect = [\n", "invalid TOML"),
    ("[tool.autograd-lint]\nselcet = []\n", "unknown key 'selcet'"),
])
def test_broken_section_exits_2(tmp_path, content, message):
    (tmp_path / "pyproject.toml").write_text(content)
    (tmp_path / "a.py").write_bytes(PITFALL)
    result = CliRunner().invoke(cli.main, ["--no-cache", str(tmp_path / "a.py")])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert message in result.output


def test_unreadable_pyproject_exits_2(tmp_path):
    (tmp_path / "pyproject.toml").mkdir()  # a directory named pyproject.toml: not a file
    config = tmp_path / "cfg.toml"
    os.mkfifo(config)  # --config pointing at a FIFO must not block
    (tmp_path / "a.py").write_bytes(PITFALL)
    done = _run("--config", config, tmp_path / "a.py")
    assert done.returncode == 2
    assert done.stderr.startswith("autograd-lint: error: ")
