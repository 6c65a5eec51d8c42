"""The `autograd-lint` command: arguments -> Config -> engine -> reporter -> exit code.

`autograd-lint src/` is short for `autograd-lint check src/`; other subcommands list the
rules (`rules`), print a rule's docs page (`explain AGL002`) and start the language
server (`lsp`). Exit codes: 0 no findings, 1 findings (or files that could not be checked),
2 the tool could not do its job.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from autograd_lint import __version__
from autograd_lint.cache import ResultCache, default_directory
from autograd_lint.config import Config, ConfigError, load_config
from autograd_lint.engine import lint_bytes, lint_paths
from autograd_lint.finding import Finding, LintResult
from autograd_lint.fix import fix_paths, unified_diff
from autograd_lint.reporters import (
    FORMATS,
    TextOptions,
    render_errors,
    render_github,
    render_json,
    render_sarif,
    render_text,
)
from autograd_lint.rules import ALL_RULES, rule_for

EXIT_CLEAN, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2


class _DefaultToCheck(click.Group):
    """Treat `autograd-lint <paths>` as `autograd-lint check <paths>`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h",
                                                                          "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="autograd-lint")
def main() -> None:
    """Find PyTorch autograd mistakes. `autograd-lint src/` lints a tree."""


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c for c in (p.strip() for p in value.split(",")) if c)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--select", help="Comma-separated codes or prefixes to enable (replaces config).")
@click.option("--extend-select", help="Codes to enable in addition to the selection.")
@click.option("--ignore", help="Comma-separated codes or prefixes to disable.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to a file instead of stdout.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Only the finding lines, no source, no "
                                                  "summary.")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this pyproject.toml instead of searching for one.")
@click.option("--stdin-filename", help="The path to report for source read from `-`.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Worker processes (0 = one per CPU).")
@click.option("--no-cache", is_flag=True,
              help="Do not read or write the result cache (.autograd_lint_cache/).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Cache directory (default: .autograd_lint_cache/ next to pyproject.toml, "
                   "else in the current directory).")
@click.option("--fix", "apply_fixes", is_flag=True,
              help="Apply the safe fixes in place, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True,
              help="With --fix or --diff, also apply the unsafe fixes (review them).")
@click.option("--diff", "show_diff", is_flag=True,
              help="Print the fixes as a unified diff and write nothing; exit 1 if any.")
@click.option("--confirm", is_flag=True,
              help="Run the flagged code under torch in a sandboxed child process and mark "
                   "each finding confirmed / refuted / inconclusive. Executes your code.")
@click.option("--confirm-timeout", type=click.FloatRange(min=0.1), default=20.0,
              show_default=True, help="Seconds per runnable unit under --confirm.")
@click.option("--python", "python", type=click.Path(dir_okay=False),
              help="Interpreter with torch for --confirm (default: this one).")
@click.option("--confirm-from", type=click.Path(dir_okay=False, path_type=Path),
              help="Merge verdicts recorded by `pytest --autograd-confirm=FILE`.")
def check(paths: tuple[Path, ...], select: str | None, extend_select: str | None,
          ignore: str | None, output_format: str, output: Path | None, exit_zero: bool,
          statistics: bool, quiet: bool, no_color: bool, config_path: Path | None,
          stdin_filename: str | None, jobs: int, apply_fixes: bool, unsafe_fixes: bool,
          show_diff: bool, confirm: bool, confirm_timeout: float, python: str | None,
          confirm_from: Path | None, no_cache: bool, cache_dir: Path | None) -> None:
    """Lint PATHS (files or directories; `-` reads stdin). Default: the current directory."""
    paths = paths or (Path("."),)
    reading_stdin = any(str(p) == "-" for p in paths)
    if reading_stdin and (apply_fixes or show_diff):
        _fail("--fix and --diff work on files, not on stdin")
    if reading_stdin and len(paths) > 1:
        _fail("`-` (stdin) cannot be combined with other paths")
    start = Path(stdin_filename) if reading_stdin and stdin_filename else paths[0]
    try:
        config = load_config(start if str(start) != "-" else Path.cwd(), config_path)
        config = config.with_overrides(select=_codes(select),
                                       extend_select=_codes(extend_select),
                                       ignore=_codes(ignore))
    except ConfigError as exc:
        _fail(str(exc))
    sources: dict[str, str] = {}
    fixed = 0
    if reading_stdin:
        name = stdin_filename or "<stdin>"
        data = sys.stdin.buffer.read()
        file_result = lint_bytes(data, name, config)
        sources[name] = data.decode("utf-8", errors="replace")
        result = LintResult(file_result.findings, file_result.errors, files=1)
    elif apply_fixes or show_diff:
        result, fixed = _fix(list(paths), config, unsafe_fixes, show_diff, jobs or None)
        if show_diff:
            sys.exit(EXIT_FINDINGS if fixed else EXIT_CLEAN)
    else:
        cache = None if no_cache else ResultCache(cache_dir or default_directory(config), config)
        result = lint_paths(list(paths), config, jobs or None, cache)
        if result.files == 0 and result.errors and all(
                e.message == "no such file or directory" for e in result.errors):
            _fail("; ".join(f"{e.path}: {e.message}" for e in result.errors))
    if confirm or confirm_from is not None:
        result = _confirm(result, sources, confirm, confirm_from, python, confirm_timeout,
                          jobs or None)
    _emit(result, output_format, output, statistics, quiet, no_color, sources)
    if apply_fixes:
        click.echo(f"Fixed {fixed} finding{'s' if fixed != 1 else ''}.",
                   err=output_format != "text" or output is not None)
    if exit_zero:
        sys.exit(EXIT_CLEAN)
    sys.exit(EXIT_FINDINGS if result.findings or result.errors else EXIT_CLEAN)


def _confirm(result: LintResult, sources: dict[str, str], run: bool, verdicts_file: Path | None,
             python: str | None, timeout: float, jobs: int | None) -> LintResult:
    """--confirm-from merges recorded verdicts; --confirm runs the rest (dynamic mode)."""
    from autograd_lint.dynamic.merge import (
        VerdictFileError,
        confirm_result,
        load_verdicts,
        merge_verdicts,
    )

    if verdicts_file is not None:
        try:
            result = merge_verdicts(result, load_verdicts(verdicts_file))
        except VerdictFileError as exc:
            _fail(str(exc))
    if run:
        result = confirm_result(result, sources, python=python, timeout=timeout, jobs=jobs)
    return result


def _fix(paths: list[Path], config: Config, unsafe: bool, show_diff: bool,
         jobs: int | None) -> tuple[LintResult, int]:
    """Fix (or, with --diff, print what would change); the findings left and the count."""
    run = fix_paths(paths, config, unsafe, write=not show_diff, jobs=jobs)
    if not run.outcomes and run.errors and all(
            e.message == "no such file or directory" for e in run.errors):
        _fail("; ".join(f"{e.path}: {e.message}" for e in run.errors))
    findings: list[Finding] = []
    errors = list(run.errors)
    for outcome in run.outcomes:
        findings.extend(outcome.result.findings)
        errors.extend(outcome.result.errors)
        errors.extend(outcome.problems)
        if show_diff and outcome.changed:
            sys.stdout.write(unified_diff(outcome))
    if show_diff:
        would = sum(o.applied for o in run.outcomes)
        click.echo(f"Would fix {would} finding{'s' if would != 1 else ''}.", err=True)
        for error in errors:
            click.echo(f"{error.path}: error: {error.message}", err=True)
    findings.sort(key=Finding.sort_key)
    result = LintResult(tuple(findings), tuple(errors), files=len(run.outcomes))
    return result, run.applied


def _emit(result: LintResult, output_format: str, output: Path | None, statistics: bool,
          quiet: bool, no_color: bool, sources: dict[str, str]) -> None:
    color = output is None and not no_color and sys.stdout.isatty()
    if output_format == "json":
        text = render_json(result)
    elif output_format == "sarif":
        text = render_sarif(result)
    elif output_format == "github":
        text = render_github(result)
    else:
        options = TextOptions(color=color, show_source=not quiet, statistics=statistics,
                              summary=not quiet)
        text = render_text(result, options, sources)
        errors = render_errors(result, color=not no_color and sys.stderr.isatty())
        if errors:
            sys.stderr.write(errors)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        sys.stdout.write(text)


def _fail(message: str) -> None:
    click.echo(f"autograd-lint: error: {message}", err=True)
    sys.exit(EXIT_FAILURE)


@main.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True)
def rules(output_format: str) -> None:
    """List every rule with its code, name, severity and summary."""
    if output_format == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "severity": r.severity,
                                "summary": r.summary} for r in ALL_RULES], indent=2))
        return
    for rule in ALL_RULES:
        click.echo(f"{rule.code}  {rule.name:<26} {rule.severity:<8} {rule.summary}")


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Print the docs page of a rule (by code, e.g. AGL002, or name)."""
    rule = rule_for(code)
    if rule is None:
        _fail(f"unknown rule {code!r}; `autograd-lint rules` lists them")
        return
    click.echo(rule.docs(), nl=False)


@main.command()
@click.option("--tcp", is_flag=True, help="Serve over TCP instead of stdio (for debugging).")
@click.option("--host", default="127.0.0.1", show_default=True, help="TCP host.")
@click.option("--port", type=click.IntRange(1, 65535), default=2087, show_default=True,
              help="TCP port.")
def lsp(tcp: bool, host: str, port: int) -> None:
    """Start the language server (stdio unless --tcp); editors run this."""
    try:
        from autograd_lint.lsp.server import start
    except ImportError as exc:
        _fail(f"the language server needs the `lsp` extra "
              f"(pip install 'autograd-lint[lsp]'): {exc}")
        return
    start(tcp=tcp, host=host, port=port)
