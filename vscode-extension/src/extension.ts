// The VS Code side: pick the interpreter, start `python -m autograd_lint lsp`, and wire
// the commands. Everything the server can do (diagnostics, fixes, hover) comes over LSP.

import { execFile } from 'child_process';
import * as os from 'os';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { IMPORT_CHECK_ARGS, INSTALL_ARGS, InterpreterChoice, chooseInterpreter, describe } from './interpreter';
import {
  ExtensionSettings,
  RESTART_SETTINGS,
  Variables,
  initializationOptions,
  readSettings,
  serverCommand,
} from './settings';

const SECTION = 'autograd-lint';
const SERVER_CONFIRM_COMMAND = 'autograd-lint.confirmFile';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let restarting: Promise<void> = Promise.resolve();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('autograd-lint');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('autograd-lint.restart', () => restart()),
    vscode.commands.registerCommand('autograd-lint.showLogs', () => output.show(true)),
    vscode.commands.registerCommand('autograd-lint.confirmCurrentFile', () => confirmCurrentFile()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(`${SECTION}.${key}`))) {
        void restart();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart()),
  );
  await watchPythonExtension(context);
  await restart();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

function settingsFor(resource?: vscode.Uri): ExtensionSettings {
  const config = vscode.workspace.getConfiguration(SECTION, resource);
  return readSettings(<T>(key: string, fallback: T) => config.get<T>(key, fallback));
}

function firstFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

function variables(): Variables {
  return { workspaceFolder: firstFolder()?.uri.fsPath, userHome: os.homedir() };
}

/** Restarts are queued so two quick setting changes never start two servers. */
function restart(): Promise<void> {
  restarting = restarting.then(startClient, startClient);
  return restarting;
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (error) {
      output.appendLine(`Stopping the server failed: ${String(error)}`);
    }
  }
}

async function startClient(): Promise<void> {
  await stopClient();
  const folder = firstFolder();
  const settings = settingsFor(folder?.uri);
  const vars = variables();
  const interpreter = chooseInterpreter(settings.interpreter, await pythonExtensionInterpreter(folder?.uri), process.platform, vars);
  const command = serverCommand(settings, interpreter.path, vars);
  output.appendLine(`Starting: ${command.command} ${command.args.join(' ')}`);
  if (command.kind === 'interpreter' && !(await importable(interpreter))) {
    void offerInstall(interpreter, settings);
    return;
  }
  const serverOptions: ServerOptions = {
    command: command.command,
    args: command.args,
    options: { cwd: folder?.uri.fsPath },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ],
    outputChannel: output,
    initializationOptions: initializationOptions(settings, vscode.workspace.isTrusted),
    synchronize: { configurationSection: SECTION },
  };
  client = new LanguageClient(SECTION, 'autograd-lint', serverOptions, clientOptions);
  try {
    await client.start();
    notify(settings, 'detail', `autograd-lint: server started: ${command.command} ${command.args.join(" ")}`);
  } catch (error) {
    notify(settings, 'problem', `autograd-lint: the language server did not start: ${String(error)}`);
  }
}

async function pythonExtensionInterpreter(resource?: vscode.Uri): Promise<string | undefined> {
  if (!vscode.extensions.getExtension('ms-python.python')) {
    return undefined;
  }
  try {
    const { PythonExtension } = await import('@vscode/python-extension');
    const api = await PythonExtension.api();
    const active = api.environments.getActiveEnvironmentPath(resource);
    const resolved = await api.environments.resolveEnvironment(active);
    return resolved?.executable.uri?.fsPath;
  } catch (error) {
    output.appendLine(`Could not ask the Python extension for the interpreter: ${String(error)}`);
    return undefined;
  }
}

async function watchPythonExtension(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.extensions.getExtension('ms-python.python')) {
    return;
  }
  try {
    const { PythonExtension } = await import('@vscode/python-extension');
    const api = await PythonExtension.api();
    context.subscriptions.push(api.environments.onDidChangeActiveEnvironmentPath(() => restart()));
  } catch (error) {
    output.appendLine(`Not following interpreter changes: ${String(error)}`);
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ ok: boolean; text: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ ok: !error, text: `${stdout}${stderr}${error && !stderr ? String(error) : ''}`.trim() });
    });
  });
}

async function importable(interpreter: InterpreterChoice): Promise<boolean> {
  const result = await run(interpreter.path, IMPORT_CHECK_ARGS, 30_000);
  if (!result.ok) {
    output.appendLine(`autograd-lint is not importable in ${describe(interpreter)}:\n${result.text}`);
  }
  return result.ok;
}

async function offerInstall(interpreter: InterpreterChoice, settings: ExtensionSettings): Promise<void> {
  if (settings.showNotifications === 'off') {
    return;
  }
  const install = 'Install autograd-lint';
  const logs = 'Show Logs';
  const choice = await vscode.window.showWarningMessage(
    `autograd-lint is not installed in ${describe(interpreter)}. Install it there (pip install "autograd-lint[lsp]"), ` +
      'or pick another interpreter with the Python extension or the autograd-lint.interpreter setting.',
    install,
    logs,
  );
  if (choice === logs) {
    output.show(true);
  } else if (choice === install) {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('autograd-lint: trust this workspace before installing packages into its interpreter.');
      return;
    }
    output.appendLine(`Running: ${interpreter.path} ${INSTALL_ARGS.join(' ')}`);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Installing autograd-lint…' },
      () => run(interpreter.path, INSTALL_ARGS, 300_000),
    );
    output.appendLine(result.text);
    if (result.ok) {
      await restart();
    } else {
      notify(settings, 'problem', 'autograd-lint: the installation failed; see the log.');
      output.show(true);
    }
  }
}

/**
 * problem: an error the user must act on; result: the outcome of a command they ran
 * (both shown unless showNotifications is off); detail: shown only with `always`.
 */
function notify(settings: ExtensionSettings, kind: 'problem' | 'result' | 'detail', message: string): void {
  output.appendLine(message);
  if (settings.showNotifications === 'off' || (kind === 'detail' && settings.showNotifications !== 'always')) {
    return;
  }
  if (kind === 'problem') {
    void vscode.window.showErrorMessage(message);
  } else {
    void vscode.window.showInformationMessage(message);
  }
}

interface ConfirmReply {
  confirmed: boolean;
  message?: string;
  counts?: Record<string, number>;
}

async function confirmCurrentFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const settings = settingsFor(editor?.document.uri);
  if (!vscode.workspace.isTrusted) {
    notify(settings, 'problem', 'autograd-lint: the dynamic check runs your code, so it is disabled in Restricted Mode.');
    return;
  }
  if (!editor || editor.document.languageId !== 'python') {
    notify(settings, 'problem', 'autograd-lint: open a Python file to confirm its findings.');
    return;
  }
  if (!client) {
    notify(settings, 'problem', 'autograd-lint: the language server is not running; see the log.');
    return;
  }
  const reply: ConfirmReply = await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_CONFIRM_COMMAND,
    arguments: [editor.document.uri.toString()],
  });
  if (reply?.confirmed) {
    const counts = Object.entries(reply.counts ?? {})
      .map(([status, count]) => `${count} ${status}`)
      .join(', ');
    notify(settings, 'result', `autograd-lint: dynamic check done (${counts || 'no findings'}).`);
  }
}
