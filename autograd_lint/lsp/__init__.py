"""The language server: open documents -> the same engine as the CLI -> diagnostics,
code actions, hover and the confirm command.

pygls is an optional dependency (the `lsp` extra), so nothing here is imported by the CLI
until `autograd-lint lsp` runs.
"""
