import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { expandVariables, initializationOptions, readSettings, serverCommand } from '../settings';

const vars = { workspaceFolder: '/ws', userHome: '/home/me' };

function getter(values: Record<string, unknown>) {
  return <T>(key: string, fallback: T): T => (key in values ? (values[key] as T) : fallback);
}

test('defaults: module run by the interpreter, nothing selected', () => {
  const settings = readSettings(getter({}));
  assert.equal(settings.enable, true);
  assert.equal(settings.confirmEnabled, false);
  assert.equal(settings.showNotifications, 'onError');
  assert.deepEqual(serverCommand(settings, '/usr/bin/python3', vars), {
    command: '/usr/bin/python3',
    args: ['-m', 'autograd_lint', 'lsp'],
    kind: 'interpreter',
  });
});

test('path setting runs the executable with lsp and the extra args, variables expanded', () => {
  const settings = readSettings(getter({ path: ['${workspaceFolder}/.venv/bin/autograd-lint'], args: ['--tcp', '${userHome}/x'] }));
  assert.deepEqual(serverCommand(settings, 'python3', vars), {
    command: '/ws/.venv/bin/autograd-lint',
    args: ['lsp', '--tcp', '/home/me/x'],
    kind: 'path',
  });
});

test('args are appended after the module for the interpreter form', () => {
  const settings = readSettings(getter({ args: ['--port', '9000'] }));
  assert.deepEqual(serverCommand(settings, 'py', vars).args, ['-m', 'autograd_lint', 'lsp', '--port', '9000']);
});

test('bad values fall back instead of breaking the command line', () => {
  const settings = readSettings(getter({ select: [1, 'AGL002', ''], path: 42, showNotifications: 'loud', enable: 'no' }));
  assert.deepEqual(settings.select, ['AGL002']);
  assert.deepEqual(settings.path, []);
  assert.equal(settings.showNotifications, 'onError');
  assert.equal(settings.enable, true);
});

test('a single string is accepted where a list is expected', () => {
  assert.deepEqual(readSettings(getter({ interpreter: '/opt/py' })).interpreter, ['/opt/py']);
});

test('initialization options never enable the dynamic check in an untrusted workspace', () => {
  const settings = readSettings(getter({ 'confirm.enabled': true, select: ['AGL00'] }));
  assert.deepEqual(initializationOptions(settings, false), {
    settings: { enable: true, select: ['AGL00'], ignore: [], confirm: { enabled: false } },
    workspaceTrusted: false,
  });
  assert.equal((initializationOptions(settings, true).settings as { confirm: { enabled: boolean } }).confirm.enabled, true);
});

test('tilde and variables', () => {
  assert.equal(expandVariables('~/venv/bin/python', vars), '/home/me/venv/bin/python');
  assert.equal(expandVariables('${workspaceFolder}', { userHome: '/h' }), '${workspaceFolder}');
});
