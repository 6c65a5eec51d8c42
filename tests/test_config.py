"""pyproject.toml configuration: discovery, keys, overrides and clear errors (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from autograd_lint.cli import main
from autograd_lint.config import Config, ConfigError, load_config

BAD = "import torch\nx = torch.randn(3, requires_grad=True)\n(x * 2).backward()\n"


def write(root: Path, body: str) -> None:
    (root / "pyproject.toml").write_text(body, encoding="utf-8")


def test_found_by_walking_up_and_applied(tmp_path):
    write(tmp_path, '[tool.autograd-lint]\nignore = ["AGL002"]\n')
    package = tmp_path / "src" / "pkg"
    package.mkdir(parents=True)
    (package / "train.py").write_text(BAD, encoding="utf-8")
    config = load_config(package)
    assert config.source == tmp_path / "pyproject.toml"
    assert "AGL002" not in config.enabled_codes
    assert CliRunner().invoke(main, [str(package)]).exit_code == 0
    assert CliRunner().invoke(main, [str(package), "--select", "AGL002"]).exit_code == 0
    # CLI --select replaces the configured selection but ignore still applies, like ruff.
    assert CliRunner().invoke(main, [str(package), "--ignore", "AGL001"]).exit_code == 1


def test_pyproject_without_section_is_skipped(tmp_path):
    write(tmp_path, '[project]\nname = "x"\n')
    assert load_config(tmp_path) == Config()


def test_per_file_ignores_and_exclude(tmp_path):
    write(tmp_path, '[tool.autograd-lint]\nextend-exclude = ["generated"]\n'
                    '[tool.autograd-lint.per-file-ignores]\n"tests/*" = ["AGL002"]\n')
    for folder in ("tests", "generated", "src"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "m.py").write_text(BAD, encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path), "--quiet"])
    assert result.exit_code == 1
    assert "src/m.py" in result.output
    assert "tests/m.py" not in result.output
    assert "generated/m.py" not in result.output


def test_default_excludes_skip_virtualenvs_and_git(tmp_path):
    for folder in (".venv/lib", ".git", "node_modules/x", "build"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "m.py").write_text(BAD, encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path)])
    assert result.exit_code == 0
    assert "Found 0 findings in 0 files." in result.output


@pytest.mark.parametrize("body, words", [
    ('[tool.autograd-lint]\nselct = ["AGL001"]\n', "unknown key 'selct'"),
    ('[tool.autograd-lint]\nselect = "AGL001"\n', "select must be a list of strings"),
    ('[tool.autograd-lint]\nignore = ["AGL404"]\n', "unknown rule code 'AGL404'"),
    ('[tool.autograd-lint]\nmax-file-size = "big"\n', "max-file-size must be a positive"),
    ('[tool.autograd-lint]\nper-file-ignores = ["x"]\n', "per-file-ignores must be a table"),
    ('[tool.autograd-lint\nselect = [\n', "invalid TOML"),
])
def test_broken_config_is_exit_2_naming_file_and_key(tmp_path, body, words):
    write(tmp_path, body)
    (tmp_path / "m.py").write_text(BAD, encoding="utf-8")
    with pytest.raises(ConfigError, match="pyproject.toml"):
        load_config(tmp_path)
    result = CliRunner().invoke(main, [str(tmp_path)])
    assert result.exit_code == 2
    assert words in result.output
    assert str(tmp_path / "pyproject.toml") in result.output
    assert "Traceback" not in result.output


def test_an_explicitly_given_directory_inside_an_excluded_one_is_linted(tmp_path):
    package = tmp_path / ".venv" / "lib" / "site-packages" / "pkg"
    (package / "build").mkdir(parents=True)
    (package / "m.py").write_text(BAD, encoding="utf-8")
    (package / "build" / "m.py").write_text(BAD, encoding="utf-8")
    result = CliRunner().invoke(main, [str(package), "--quiet"])
    assert result.exit_code == 1
    assert f"{package / 'm.py'}:3:1: AGL002" in result.output
    assert "build" not in result.output
