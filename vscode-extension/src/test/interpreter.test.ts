import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { IMPORT_CHECK_ARGS, INSTALL_ARGS, chooseInterpreter, describe } from '../interpreter';

const vars = { workspaceFolder: '/ws', userHome: '/home/me' };

test('the setting overrides the Python extension', () => {
  const choice = chooseInterpreter(['${workspaceFolder}/.venv/bin/python'], '/env/bin/python', 'linux', vars);
  assert.deepEqual(choice, { path: '/ws/.venv/bin/python', source: 'setting' });
});

test('the Python extension selection is used when there is no setting', () => {
  assert.deepEqual(chooseInterpreter([], '/env/bin/python', 'linux', vars), { path: '/env/bin/python', source: 'python-extension' });
});

test('without either, the platform default command', () => {
  assert.deepEqual(chooseInterpreter([], undefined, 'linux', vars), { path: 'python3', source: 'default' });
  assert.deepEqual(chooseInterpreter([], undefined, 'win32', vars), { path: 'python', source: 'default' });
});

test('the import check imports the server module and install asks for the lsp extra', () => {
  assert.deepEqual(IMPORT_CHECK_ARGS, ['-c', 'import autograd_lint.lsp.server']);
  assert.ok(INSTALL_ARGS.includes('autograd-lint[lsp]'));
  assert.match(describe({ path: 'python3', source: 'default' }), /python3 \(the default on PATH\)/);
});
