// Settings -> the server's command line and initialization options.
// Pure logic (no `vscode` import) so the unit tests run under plain Node.

export type Notifications = 'off' | 'onError' | 'always';

export interface ExtensionSettings {
  enable: boolean;
  select: string[];
  ignore: string[];
  interpreter: string[];
  path: string[];
  args: string[];
  confirmEnabled: boolean;
  showNotifications: Notifications;
}

/** Reads one `autograd-lint.<key>` value; VS Code's WorkspaceConfiguration.get fits. */
export type SettingGetter = <T>(key: string, fallback: T) => T;

function stringList(value: unknown): string[] {
  if (typeof value === 'string') {
    return value.trim() ? [value.trim()] : [];
  }
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

export function readSettings(get: SettingGetter): ExtensionSettings {
  const notifications = get<string>('showNotifications', 'onError');
  return {
    enable: get<boolean>('enable', true) !== false,
    select: stringList(get<unknown>('select', [])),
    ignore: stringList(get<unknown>('ignore', [])),
    interpreter: stringList(get<unknown>('interpreter', [])),
    path: stringList(get<unknown>('path', [])),
    args: stringList(get<unknown>('args', [])),
    confirmEnabled: get<boolean>('confirm.enabled', false) === true,
    showNotifications: notifications === 'off' || notifications === 'always' ? notifications : 'onError',
  };
}

export interface Variables {
  workspaceFolder?: string;
  userHome: string;
}

/** Expands `${workspaceFolder}`, `${userHome}` and a leading `~`, as VS Code users expect. */
export function expandVariables(value: string, vars: Variables): string {
  let result = value.replace(/\$\{userHome\}/g, vars.userHome);
  if (vars.workspaceFolder !== undefined) {
    result = result.replace(/\$\{workspaceFolder\}/g, vars.workspaceFolder);
  }
  if (result === '~' || result.startsWith('~/')) {
    result = vars.userHome + result.slice(1);
  }
  return result;
}

export interface ServerCommand {
  command: string;
  args: string[];
  /** `path`: an autograd-lint executable; `interpreter`: `python -m autograd_lint`. */
  kind: 'path' | 'interpreter';
}

/** `autograd-lint.path` wins; otherwise the interpreter runs the module. */
export function serverCommand(settings: ExtensionSettings, interpreter: string, vars: Variables): ServerCommand {
  const extra = settings.args.map((arg) => expandVariables(arg, vars));
  if (settings.path.length > 0) {
    return { command: expandVariables(settings.path[0], vars), args: ['lsp', ...extra], kind: 'path' };
  }
  return { command: interpreter, args: ['-m', 'autograd_lint', 'lsp', ...extra], kind: 'interpreter' };
}

/** What the server reads at `initialize`: the settings and whether it may run code. */
export function initializationOptions(settings: ExtensionSettings, trusted: boolean): Record<string, unknown> {
  return {
    settings: {
      enable: settings.enable,
      select: settings.select,
      ignore: settings.ignore,
      confirm: { enabled: trusted && settings.confirmEnabled },
    },
    workspaceTrusted: trusted,
  };
}

/** The settings whose change needs a new server process (the rest are sent live). */
export const RESTART_SETTINGS = ['interpreter', 'path', 'args', 'trace.server'];
