"""The `autograd-lint.confirmFile` command: run the dynamic mode on one open document.

The dynamic mode executes the user's code, so it is refused unless the client says the
workspace is trusted and the user turned `confirm.enabled` on. Refusals are messages for
the user, not errors of the server.
"""

from __future__ import annotations

from autograd_lint.finding import Finding
from autograd_lint.lsp.linter import LintedDocument
from autograd_lint.lsp.settings import Settings

COMMAND = "autograd-lint.confirmFile"


class ConfirmRefused(Exception):
    """The command cannot run; the message says why and what to change."""


def check_allowed(trusted: bool, settings: Settings) -> None:
    if not trusted:
        raise ConfirmRefused("autograd-lint: the dynamic check runs your code, so it is "
                             "disabled in an untrusted (restricted mode) workspace. Trust "
                             "the workspace to use it.")
    if not settings.confirm_enabled:
        raise ConfirmRefused("autograd-lint: the dynamic check is off. Set "
                             "`autograd-lint.confirm.enabled` to true to run it.")


def confirm_findings(linted: LintedDocument) -> list[Finding]:
    """The document's findings with `confirmation` set by the dynamic mode.

    Runs the code in a subprocess (that is the dynamic mode's job); call it off the loop.
    """
    try:
        from autograd_lint.dynamic import confirm
    except ImportError as exc:
        raise ConfirmRefused(f"autograd-lint: the dynamic mode is not available in this "
                             f"installation ({exc}).") from None
    snapshot = linted.snapshot
    path = str(snapshot.path) if snapshot.path is not None else "untitled.py"
    return list(confirm(path, snapshot.source, linted.result.findings))
