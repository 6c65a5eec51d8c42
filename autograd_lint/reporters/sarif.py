"""SARIF 2.1.0 for code scanning: rule metadata with help text, results, notifications."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from autograd_lint import __version__
from autograd_lint.finding import LintResult
from autograd_lint.rules import ALL_RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
DOCS_URL = "https://github.com/autograd-lint/autograd-lint/blob/main/docs/rules/{code}.md"
_LEVEL = {"error": "error", "warning": "warning"}


def _uri(path: str) -> str:
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            return candidate.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return candidate.as_uri()
    return candidate.as_posix()


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.why},
            "help": {"text": rule.how_to_fix, "markdown": rule.docs()},
            "helpUri": DOCS_URL.format(code=rule.code),
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"tags": ["pytorch", "autograd", "correctness"],
                           "precision": "high"},
        }
        for rule in ALL_RULES
    ]


def render_sarif(result: LintResult) -> str:
    index = {rule.code: i for i, rule in enumerate(ALL_RULES)}
    results = []
    for f in result.findings:
        item: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(f.path), "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": f.line, "startColumn": f.column,
                               "endLine": f.end_line, "endColumn": f.end_column},
                }
            }],
            "partialFingerprints": {
                "autogradLint/v1": f"{f.code}:{_uri(f.path)}:{f.line}:{f.column}"},
        }
        properties: dict[str, Any] = {}
        if f.cell is not None:
            # Lines of a notebook finding are within its cell, not the .ipynb file's lines.
            del item["locations"][0]["physicalLocation"]["region"]
            item["message"]["text"] = f"cell {f.cell}, line {f.line}: {f.message}"
            item["partialFingerprints"]["autogradLint/v1"] += f":cell{f.cell}"
            properties["cell"] = f.cell
        if f.confirmation is not None:
            properties["confirmation"] = f.confirmation.to_dict()
        if properties:
            item["properties"] = properties
        results.append(item)
    notifications = [
        {"level": "error", "message": {"text": e.message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.path)}}}]}
        for e in result.errors
    ]
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "autograd-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://github.com/autograd-lint/autograd-lint",
                "rules": _rules(),
            }},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
            "invocations": [{
                "executionSuccessful": True,
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
