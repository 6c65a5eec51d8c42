"""Reporters turn a LintResult into text for one audience each."""

from __future__ import annotations

from collections.abc import Callable

from autograd_lint.finding import LintResult
from autograd_lint.reporters.github import render_github
from autograd_lint.reporters.json import render_json
from autograd_lint.reporters.sarif import render_sarif
from autograd_lint.reporters.text import TextOptions, render_errors, render_text

Renderer = Callable[[LintResult], str]
FORMATS = ("text", "json", "sarif", "github")

__all__ = ["FORMATS", "TextOptions", "render_github", "render_json", "render_sarif",
           "render_errors", "render_text"]
