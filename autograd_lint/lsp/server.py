"""The pygls server: protocol handlers wired to the linter, actions, hover and confirm.

Diagnostics: a client that can pull them (`textDocument/diagnostic`) pulls; any other
client gets them pushed on open, change and save. Pushing never waits: each change starts
a lint on a worker thread right away; while one runs, further changes only mark the
document dirty, and when the run ends the newest text is linted next. A result is
published only if it is for the version the client has now, so stale results never
overwrite new ones. After `initialized` and after each request the garbage collector is
settled (collector.py), so a keystroke does not pay for rescanning what the server holds.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO, cast
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from autograd_lint import __version__
from autograd_lint.lsp import actions, confirm, diagnostics, hover
from autograd_lint.lsp.collector import Collector
from autograd_lint.lsp.linter import (
    ConfigCache,
    LintedDocument,
    MemoStore,
    Snapshot,
    lint_snapshot,
)
from autograd_lint.lsp.positions import from_client_position
from autograd_lint.lsp.protocol import AnsweringProtocol, JsonResult
from autograd_lint.lsp.settings import SECTION, Settings, parse_settings
from autograd_lint.lsp.warmup import warm_up

log = logging.getLogger("autograd_lint.lsp")
PYTHON_SUFFIXES = (".py", ".pyi")


class AutogradLintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("autograd-lint", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=AnsweringProtocol)
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autograd-lint")
        self.collector = Collector()
        self.configs = ConfigCache()
        self.memos = MemoStore()
        self.linted: dict[str, LintedDocument] = {}
        self.dirty: set[str] = set()
        self.running: dict[str, asyncio.Task[None]] = {}
        self.folder_settings: dict[str | None, Settings] = {}
        self.client_settings: Any = None
        """Settings sent in initializationOptions / didChangeConfiguration."""
        self.trusted = True
        self.pull_mode = False

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Log errors outside a request (bad JSON, a failing notification handler).

        pygls would pop up "Error in server" for each; the log is where they help.
        """
        log.error("%s: %s", getattr(source, "__name__", source), error)
        self.window_log_message(types.LogMessageParams(
            type=types.MessageType.Error, message=f"autograd-lint server error: {error}"))

    # ----------------------------------------------------------------- documents
    def open_document(self, uri: str) -> TextDocument | None:
        """The client's open document, or None (pygls would read a closed one from disk)."""
        if unquote(uri) not in self.workspace.text_documents:
            return None
        return self.workspace.get_text_document(uri)

    def snapshot(self, document: TextDocument) -> Snapshot:
        path = Path(document.path) if document.uri.startswith("file:") else None
        return Snapshot(document.uri, document.version, document.source,
                        tuple(document.lines), path)

    def is_python(self, document: TextDocument) -> bool:
        return document.language_id == "python" or document.uri.endswith(PYTHON_SUFFIXES)

    # ----------------------------------------------------------------- settings
    def folder_of(self, uri: str) -> str | None:
        """The innermost workspace folder holding `uri` (multi-root), or None."""
        best: str | None = None
        for folder in self.workspace.folders.values():
            prefix = folder.uri.rstrip("/") + "/"
            if uri.startswith(prefix) and (best is None or len(folder.uri) > len(best)):
                best = folder.uri
        return best

    async def settings_for(self, uri: str) -> Settings:
        folder = self.folder_of(uri)
        if folder in self.folder_settings:
            return self.folder_settings[folder]
        raw = self.client_settings
        if _client_has(self.client_capabilities, "workspace", "configuration"):
            try:
                reply = await self.workspace_configuration_async(types.ConfigurationParams(
                    items=[types.ConfigurationItem(scope_uri=folder or uri, section=SECTION)]))
                if reply and reply[0] is not None:
                    raw = reply[0]
            except Exception as exc:  # noqa: BLE001 - a client that cannot answer
                log.warning("workspace/configuration failed, using initial settings: %s", exc)
        settings = parse_settings(raw)
        for problem in settings.problems:
            self.log_to_client(types.MessageType.Warning, problem)
        self.folder_settings[folder] = settings
        return settings

    def settings_changed(self) -> None:
        self.folder_settings.clear()
        self.configs.clear()
        self.relint_all()

    # ----------------------------------------------------------------- linting
    async def lint(self, uri: str) -> LintedDocument | None:
        """Lint the document's current version on the worker thread (None if closed)."""
        document = self.open_document(uri)
        if document is None or not self.is_python(document):
            return None
        snapshot = self.snapshot(document)
        settings = await self.settings_for(uri)
        loop = asyncio.get_running_loop()
        linted = await loop.run_in_executor(self.executor, lint_snapshot, snapshot, settings,
                                            self.configs, self.memos)
        for error in linted.result.errors:
            if diagnostics.is_internal(error):
                self.log_to_client(types.MessageType.Warning, f"{uri}: {error.message}")
        return linted

    def request_lint(self, uri: str) -> None:
        """Push mode: lint now, or right after the run in progress for this document."""
        if self.pull_mode:
            return
        self.dirty.add(uri)
        if uri not in self.running:
            self.running[uri] = asyncio.ensure_future(self._drain(uri))

    async def _drain(self, uri: str) -> None:
        try:
            while uri in self.dirty:
                self.dirty.discard(uri)
                linted = await self.lint(uri)
                document = self.open_document(uri)
                if linted is None or document is None:
                    return
                if uri in self.dirty or document.version != linted.version:
                    continue  # superseded while it ran: the newer text is linted next
                self.linted[uri] = linted
                self.publish(linted)
                self.collector.settle()
        except Exception:  # noqa: BLE001 - one document's failure must not stop the server
            log.exception("linting %s failed", uri)
        finally:
            self.running.pop(uri, None)

    def relint_all(self) -> None:
        if self.pull_mode:
            self.linted.clear()
            self.ask_client_to_pull()
            return
        for uri in list(self.workspace.text_documents):
            document = self.open_document(uri)
            if document is not None and self.is_python(document):
                self.request_lint(document.uri)

    def ask_client_to_pull(self) -> None:
        """Pull mode: the client re-pulls every open document (if it supports refresh)."""
        if _client_has(self.client_capabilities, "workspace", "diagnostics",
                       "refresh_support"):
            self.workspace_diagnostic_refresh(None)

    def diagnostics_of(self, linted: LintedDocument) -> list[diagnostics.Json]:
        """The document's diagnostics as protocol JSON (see lsp/diagnostics.py)."""
        if linted.config_error is not None:
            return [diagnostics.config_error_diagnostic(linted.config_error)]
        converted = diagnostics.convert(linted.result, linted.snapshot.lines,
                                        self.workspace.position_codec)
        return [diagnostics.with_version(item, linted.version)
                for item in converted.diagnostics]

    def publish(self, linted: LintedDocument) -> None:
        params: diagnostics.Json = {"uri": linted.snapshot.uri,
                                    "diagnostics": self.diagnostics_of(linted)}
        if linted.version is not None:
            params["version"] = linted.version
        cast(AnsweringProtocol, self.protocol).notify_json(
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, params)

    def current(self, uri: str) -> LintedDocument | None:
        """The last lint result, only if it is for the document's current version."""
        document = self.open_document(uri)
        linted = self.linted.get(uri)
        if document is None or linted is None or linted.version != document.version:
            return None
        return linted

    def log_to_client(self, kind: types.MessageType, message: str) -> None:
        log.log(logging.WARNING if kind <= types.MessageType.Warning else logging.INFO,
                "%s", message)
        self.window_log_message(types.LogMessageParams(type=kind, message=message))


def _client_has(capabilities: types.ClientCapabilities | None, *path: str) -> bool:
    node: Any = capabilities
    for name in path:
        node = getattr(node, name, None)
        if node is None:
            return False
    return bool(node)


server = AutogradLintServer()


# --------------------------------------------------------------------- lifecycle
@server.feature(types.INITIALIZE)
def on_initialize(ls: AutogradLintServer, params: types.InitializeParams) -> None:
    options = params.initialization_options if isinstance(params.initialization_options,
                                                          dict) else {}
    ls.client_settings = options.get("settings")
    ls.trusted = options.get("workspaceTrusted", True) is not False
    ls.pull_mode = _client_has(params.capabilities, "text_document", "diagnostic")
    log.info("client %s; diagnostics by %s; workspace %s",
             params.client_info.name if params.client_info else "unknown",
             "pull" if ls.pull_mode else "push", "trusted" if ls.trusted else "untrusted")


@server.feature(types.INITIALIZED)
async def on_initialized(ls: AutogradLintServer, params: types.InitializedParams) -> None:
    """Settle the collector (the imported modules are never garbage), and watch
    pyproject.toml files, where the client lets servers register watchers.

    No warm-up lint: the first lint's one-time costs are ~20 ms, and VS Code sends the
    first didOpen right after `initialized`, so it would wait for the warm-up instead."""
    ls.collector.settle()
    if not _client_has(ls.client_capabilities, "workspace", "did_change_watched_files",
                       "dynamic_registration"):
        return
    watch = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern="**/pyproject.toml")])
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[
            types.Registration(id="autograd-lint-pyproject",
                               method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                               register_options=watch)]))
    except Exception as exc:  # noqa: BLE001 - linting works without the watcher
        log.warning("could not register the pyproject.toml watcher: %s", exc)


# --------------------------------------------------------------------- documents
@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: AutogradLintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.request_lint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: AutogradLintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.request_lint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: AutogradLintServer, params: types.DidSaveTextDocumentParams) -> None:
    if params.text_document.uri.endswith("/pyproject.toml"):
        ls.settings_changed()
        return
    ls.request_lint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: AutogradLintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.dirty.discard(uri)
    ls.linted.pop(uri, None)
    ls.memos.forget(uri)
    if not ls.pull_mode:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri,
                                                                            diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: AutogradLintServer,
                             params: types.DidChangeConfigurationParams) -> None:
    if isinstance(params.settings, dict) and SECTION in params.settings:
        ls.client_settings = params.settings[SECTION]
    ls.settings_changed()


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: AutogradLintServer,
                             params: types.DidChangeWatchedFilesParams) -> None:
    if any(change.uri.endswith("pyproject.toml") for change in params.changes):
        ls.settings_changed()


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def did_change_folders(ls: AutogradLintServer,
                       params: types.DidChangeWorkspaceFoldersParams) -> None:
    ls.settings_changed()


@server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
                types.DiagnosticOptions(identifier="autograd-lint",
                                        inter_file_dependencies=False,
                                        workspace_diagnostics=False))
async def pull_diagnostics(ls: AutogradLintServer, params: types.DocumentDiagnosticParams
                           ) -> JsonResult:
    """A full report (`RelatedFullDocumentDiagnosticReport`), as JSON like pushed ones."""
    uri = params.text_document.uri
    linted = ls.current(uri) or await ls.lint(uri)
    if linted is None:
        return JsonResult(kind=types.DocumentDiagnosticReportKind.Full.value, items=[])
    ls.linted[uri] = linted
    report = JsonResult(kind=types.DocumentDiagnosticReportKind.Full.value,
                        items=ls.diagnostics_of(linted))
    ls.collector.settle()
    return report


# --------------------------------------------------------------------- actions and hover
@server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
    code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL_KIND],
    resolve_provider=False))
def code_actions(ls: AutogradLintServer, params: types.CodeActionParams
                 ) -> list[types.CodeAction]:
    uri = params.text_document.uri
    document = ls.open_document(uri)
    if document is None:
        return []
    only = params.context.only
    codec = ls.workspace.position_codec
    versioned = _client_has(ls.client_capabilities, "workspace", "workspace_edit",
                            "document_changes")
    linted = ls.linted.get(uri)
    result: list[types.CodeAction] = []
    if _wanted(types.CodeActionKind.QuickFix, only):
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != diagnostics.SOURCE or not diagnostic.code:
                continue
            version = diagnostic.data.get("version") if isinstance(diagnostic.data,
                                                                   dict) else None
            lines = linted.snapshot.lines if linted and linted.version == version else \
                tuple(document.lines)
            if version is None:
                version = document.version
            fix = actions.fix_from_data(diagnostic.data)
            if fix is not None:
                edit = actions.workspace_edit(uri, version,
                                              actions.text_edits(fix.edits, lines, codec),
                                              versioned)
                result.append(actions.fix_action(diagnostic, fix, edit))
            line, _ = from_client_position(lines, diagnostic.range.start, codec)
            noqa = actions.noqa_edit(lines, line, str(diagnostic.code), codec)
            if noqa is not None:
                edit = actions.workspace_edit(uri, version, [noqa], versioned)
                result.append(actions.noqa_action(diagnostic, edit))
    current = ls.current(uri)
    if current is not None and _wanted(actions.FIX_ALL_KIND, only):
        edits = actions.safe_fix_edits(current.result.findings)
        if edits:
            edit = actions.workspace_edit(uri, current.version, actions.text_edits(
                edits, current.snapshot.lines, codec), versioned)
            result.append(types.CodeAction(title="Apply all safe autograd-lint fixes",
                                           kind=actions.FIX_ALL_KIND, edit=edit))
    return result


def _wanted(kind: str, only: list[str] | None) -> bool:
    """LSP kinds are hierarchical: asking for `source.fixAll` includes ours."""
    return only is None or any(kind == o or kind.startswith(o + ".") for o in only)


@server.feature(types.TEXT_DOCUMENT_HOVER)
def on_hover(ls: AutogradLintServer, params: types.HoverParams) -> types.Hover | None:
    document = ls.open_document(params.text_document.uri)
    if document is None:
        return None
    lines = tuple(document.lines)
    line, column = from_client_position(lines, params.position, ls.workspace.position_codec)
    current = ls.current(params.text_document.uri)
    findings = current.result.findings if current is not None else ()
    text = hover.hover_markdown(hover.codes_at(findings, lines, line, column))
    if text is None:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                    value=text))


# --------------------------------------------------------------------- confirm
@server.command(confirm.COMMAND)
async def confirm_file(ls: AutogradLintServer, *args: Any) -> dict[str, Any]:
    """Arguments: the document URI (VS Code passes the active editor's)."""
    uri = args[0] if args and isinstance(args[0], str) else None
    try:
        if uri is None or ls.open_document(uri) is None:
            raise confirm.ConfirmRefused("autograd-lint: open the Python file to confirm "
                                         "and run the command from its editor.")
        confirm.check_allowed(ls.trusted, await ls.settings_for(uri))
        linted = await ls.lint(uri)
        if linted is None:
            raise confirm.ConfirmRefused("autograd-lint: only Python files can be confirmed.")
        loop = asyncio.get_running_loop()
        findings = await loop.run_in_executor(None, confirm.confirm_findings, linted)
    except confirm.ConfirmRefused as refusal:
        ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning,
                                                       message=str(refusal)))
        return {"confirmed": False, "message": str(refusal)}
    except Exception as exc:  # noqa: BLE001 - the dynamic mode failing is reported
        message = f"autograd-lint: the dynamic check failed: {type(exc).__name__}: {exc}"
        log.exception("confirm %s failed", uri)
        ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                       message=message))
        return {"confirmed": False, "message": message}
    confirmed = linted.with_findings(findings)
    document = ls.open_document(uri)
    if document is not None and document.version == confirmed.version:
        ls.linted[uri] = confirmed
        if ls.pull_mode:
            ls.ask_client_to_pull()
        else:
            ls.publish(confirmed)
    counts: dict[str, int] = {}
    for finding in findings:
        status = finding.confirmation.status if finding.confirmation else "unchecked"
        counts[status] = counts.get(status, 0) + 1
    return {"confirmed": True, "version": confirmed.version, "counts": counts,
            "findings": [f.to_dict() for f in findings]}


def start(tcp: bool = False, host: str = "127.0.0.1", port: int = 2087) -> None:
    """Serve over stdio (what editors use) or TCP (for debugging). Logs go to stderr."""
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("pygls").setLevel(logging.WARNING)
    warm_up()
    if tcp:
        server.start_tcp(host, port)
    else:
        server.start_io(stdin=cast(BinaryIO, _ResyncingStdin(sys.stdin.buffer)),
                        stdout=_protocol_stdout())
        # The client is gone (exit, or stdin closed). A lint still running on a worker
        # thread would hold the interpreter's exit until it finishes (minutes for a large
        # file on a busy machine), so leave now; there is nothing left to write to.
        sys.stderr.flush()
        os._exit(0 if getattr(server.protocol, "_shutdown", False) else 1)


class _ResyncingStdin:
    """stdin for pygls that finds the next message after a broken frame.

    pygls accepts a header line only if it is exactly `Content-Length: N\r\n`. After a body
    shorter than its Content-Length (or junk after a body), the next header follows the
    leftover bytes on the same line, and every later message would be dropped. A header
    line is cut to start at its last `Content-Length:`: the broken message is lost (logged
    as a parse error), the ones after it are served. Bodies are read with `read`, untouched.
    """

    HEADER = b"Content-Length:"

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def readline(self) -> bytes:
        line = self.stream.readline()
        start = line.rfind(self.HEADER)
        return line[start:] if start > 0 else line

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size)


def _protocol_stdout() -> BinaryIO:
    """Reserve the real stdout for the protocol; send every other write to stderr.

    A print in a rule, a C extension or a child process of the dynamic check writing to
    file descriptor 1 would corrupt the message stream, so fd 1 itself becomes stderr and
    the protocol gets a private duplicate of the original.
    """
    sys.stdout.flush()
    protocol = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return protocol
