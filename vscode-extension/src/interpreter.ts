// Which Python runs the server, and how to check and install autograd-lint in it.
// Pure logic (no `vscode` import) so the unit tests run under plain Node.

import { Variables, expandVariables } from './settings';

export interface InterpreterChoice {
  path: string;
  source: 'setting' | 'python-extension' | 'default';
}

/**
 * The `autograd-lint.interpreter` setting first, then the interpreter selected in the
 * Python extension for this folder, then the platform's default command.
 */
export function chooseInterpreter(
  setting: string[],
  fromPythonExtension: string | undefined,
  platform: string,
  vars: Variables,
): InterpreterChoice {
  if (setting.length > 0) {
    return { path: expandVariables(setting[0], vars), source: 'setting' };
  }
  if (fromPythonExtension) {
    return { path: fromPythonExtension, source: 'python-extension' };
  }
  return { path: platform === 'win32' ? 'python' : 'python3', source: 'default' };
}

/** Arguments that exit 0 only if the server can start in that interpreter. */
export const IMPORT_CHECK_ARGS = ['-c', 'import autograd_lint.lsp.server'];

/** Arguments that install autograd-lint with the server's dependencies. */
export const INSTALL_ARGS = ['-m', 'pip', 'install', '--upgrade', 'autograd-lint[lsp]'];

export function describe(choice: InterpreterChoice): string {
  const from = {
    setting: 'from the autograd-lint.interpreter setting',
    'python-extension': 'selected in the Python extension',
    default: 'the default on PATH',
  }[choice.source];
  return `${choice.path} (${from})`;
}
