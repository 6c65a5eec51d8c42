-- Headless Neovim as an LSP client: open $AGL_FILE, attach the autograd-lint server
-- ($AGL_PYTHON -m autograd_lint lsp), wait for its diagnostics and write them as JSON
-- to $AGL_OUT. Written for Neovim 0.7 (Debian's), which has no vim.lsp.start yet.
local file, python, out = os.getenv('AGL_FILE'), os.getenv('AGL_PYTHON'), os.getenv('AGL_OUT')

local function finish(result)
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'python'
local client_id = vim.lsp.start_client({
  name = 'autograd-lint',
  cmd = { python, '-m', 'autograd_lint', 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then
  finish({ error = 'the server did not start' })
end
vim.lsp.buf_attach_client(0, client_id)

local arrived = vim.wait(60000, function()
  return #vim.diagnostic.get(0) > 0
end, 50)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    message = d.message, source = d.source, severity = d.severity,
    code = d.code or lsp.code,
  })
end
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish({ arrived = arrived, diagnostics = diagnostics })
