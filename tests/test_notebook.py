"""Notebooks: code cells linted as one program, findings per cell, fixes per cell."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from autograd_lint.config import Config
from autograd_lint.engine import lint_file, lint_paths
from autograd_lint.fix import fix_bytes, fix_file
from autograd_lint.notebook import lint_notebook, sanitize


def _code(source: str | list[str]) -> dict[str, Any]:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
            "source": source}


def _notebook(*cells: dict[str, Any], language: str = "python") -> dict[str, Any]:
    return {"cells": list(cells),
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": language,
                                        "name": "python3"}},
            "nbformat": 4, "nbformat_minor": 5}


def _write(path: Path, notebook: dict[str, Any]) -> Path:
    # The layout Jupyter itself writes: indent 1, non-ASCII kept, final newline.
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path


TUTORIAL = _notebook(
    {"cell_type": "markdown", "metadata": {}, "source": ["# Gradients — a tour\n"]},
    _code(["%matplotlib inline\n", "import torch\n", "!pip install tqdm\n",
           "files = !ls\n", "torch.randn?"]),
    _code(["x = torch.randn(3, requires_grad=True)\n", "y = x * 2"]),
    _code(["%%time\n", "labels = torch.tensor([1, 2, 3], requires_grad=True)\n",
           "y.sum().backward()\n", "print(y.grad)\n"]),
    _code("%%bash\nfor f in *; do echo $f; done\n"),
    {"cell_type": "markdown", "metadata": {}, "source": "Done."},
)


def test_findings_point_at_cell_and_line(tmp_path: Path) -> None:
    result = lint_file(_write(tmp_path / "nb.ipynb", TUTORIAL), Config())
    assert result.errors == ()
    assert [(f.code, f.cell, f.line, f.column) for f in result.findings] == [
        ("AGL005", 4, 2, 34), ("AGL001", 4, 4, 7)]
    assert result.findings[0].to_dict()["cell"] == 4


def test_text_and_json_reports_name_the_cell(tmp_path: Path) -> None:
    _write(tmp_path / "nb.ipynb", TUTORIAL)
    run = subprocess.run([sys.executable, "-m", "autograd_lint", "nb.ipynb"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "nb.ipynb:cell 4:2:34: AGL005" in run.stdout
    run = subprocess.run([sys.executable, "-m", "autograd_lint", "--format", "json", "."],
                         cwd=tmp_path, capture_output=True, text=True, timeout=60)
    cells = [f["cell"] for f in json.loads(run.stdout)["findings"]]
    assert cells == [4, 4]


def test_ipython_syntax_becomes_neutral_lines_of_the_same_count() -> None:
    lines, neutral = sanitize("%time f()\n  !ls\nout = !ls\nx?\nprint(1)\n")
    assert lines == ["pass", "  pass", "out = None", "pass", "print(1)"]
    assert neutral == {0, 1, 2, 3}
    lines, neutral = sanitize("%%writefile a.py\nimport os\n")
    assert lines == ["pass", ""] and neutral == {0, 1}
    lines, neutral = sanitize("%%timeit\nx = 1\n")
    assert lines == ["pass", "x = 1"] and neutral == {0}


def test_fix_touches_only_the_changed_cells(tmp_path: Path) -> None:
    path = _write(tmp_path / "nb.ipynb", TUTORIAL)
    before = path.read_text(encoding="utf-8")
    outcome = fix_file(path, Config(), unsafe=True, write=True)
    assert outcome.applied == 2
    assert outcome.result.findings == ()
    after = path.read_text(encoding="utf-8")
    notebook = json.loads(after)
    # AGL001's fix lands in cell 3, where y was made; AGL005's in cell 4.
    assert notebook["cells"][2]["source"] == [
        "x = torch.randn(3, requires_grad=True)\n", "y = x * 2\n", "y.retain_grad()"]
    assert notebook["cells"][3]["source"][1] == \
        "labels = torch.tensor([1., 2., 3.], requires_grad=True)\n"
    changed = [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                     lineterm="", n=0)
               if line[:1] in "+-" and line[:3] not in ("---", "+++")]
    assert changed == [
        '-    "y = x * 2"',
        '+    "y = x * 2\\n",',
        '+    "y.retain_grad()"',
        '-    "labels = torch.tensor([1, 2, 3], requires_grad=True)\\n",',
        '+    "labels = torch.tensor([1., 2., 3.], requires_grad=True)\\n",']
    assert after.endswith("}\n") and "Gradients — a tour" in after
    # A second run changes nothing, not even a byte.
    assert fix_file(path, Config(), unsafe=True, write=True).applied == 0
    assert path.read_text(encoding="utf-8") == after


def test_string_sources_stay_strings(tmp_path: Path) -> None:
    path = _write(tmp_path / "nb.ipynb", _notebook(
        _code("import torch\na = torch.arange(3, requires_grad=True)\n")))
    fix_file(path, Config(), unsafe=False, write=True)
    assert json.loads(path.read_text())["cells"][0]["source"] == \
        "import torch\na = torch.arange(3, dtype=torch.float32, requires_grad=True)\n"


def test_syntax_error_names_the_cell(tmp_path: Path) -> None:
    path = _write(tmp_path / "nb.ipynb", _notebook(
        _code("import torch\n"), _code("x = torch.randn(3, requires_grad=True)\n"
                                       "def broken(:\n")))
    result = lint_file(path, Config())
    assert len(result.errors) == 1
    assert "in cell 2 at line 2" in result.errors[0].message


def test_broken_and_foreign_notebooks(tmp_path: Path) -> None:
    (tmp_path / "bad.ipynb").write_text("{not json")
    (tmp_path / "list.ipynb").write_text("[]")
    _write(tmp_path / "r.ipynb", _notebook(
        _code("a <- torch_tensor(c(1, 2), requires_grad = TRUE)\n"), language="R"))
    result = lint_paths([tmp_path], Config())
    assert result.files == 3
    assert result.findings == ()
    assert sorted(Path(e.path).name for e in result.errors) == ["bad.ipynb", "list.ipynb"]
    assert all("notebook" in e.message for e in result.errors)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["cells", "cell_type", "source", "metadata", "code"]) | st.text(
            max_size=5), children, max_size=4),
    max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=200), _JSON.map(lambda v: json.dumps(v).encode()),
                 st.lists(st.fixed_dictionaries({"cell_type": st.just("code"),
                                                 "source": _JSON}), max_size=3).map(
                     lambda cells: json.dumps({"cells": cells}).encode())))
def test_any_bytes_give_findings_or_errors_never_a_crash(data: bytes) -> None:
    result = lint_notebook(data, "nb.ipynb", Config())
    assert all(e.path == "nb.ipynb" for e in result.errors)
    outcome = fix_bytes(data, "nb.ipynb", Config(), unsafe=True)
    assert outcome.applied == 0 or outcome.fixed != data


def test_github_and_sarif_name_the_cell_instead_of_a_file_line(tmp_path: Path) -> None:
    from autograd_lint.reporters import render_github, render_sarif

    result = lint_paths([_write(tmp_path / "nb.ipynb", TUTORIAL)], Config())
    github = render_github(result).splitlines()
    assert github[0].startswith("::error file=")
    assert "line=" not in github[0].split("::")[1]
    assert github[0].endswith("::cell 4, line 2: AGL005 " + result.findings[0].message)
    first = json.loads(render_sarif(result))["runs"][0]["results"][0]
    assert first["message"]["text"].startswith("cell 4, line 2: ")
    assert "region" not in first["locations"][0]["physicalLocation"]
    assert first["properties"] == {"cell": 4}
