#!/usr/bin/env bash
# Installs code-server and puppeteer-core from package-lock.json for the workbench test.
# code-server's postinstall builds native modules (needs libkrb5-dev and a C++ toolchain)
# and downloads a ripgrep binary from outside the package registries, which cannot work
# here: Debian's ripgrep is put where that download would be cached, so none is needed.
set -euo pipefail
cd "$(dirname "$0")"
if [ -x node_modules/.bin/code-server ] && [ -d node_modules/puppeteer-core ]; then
  exit 0
fi
rg_asset=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
staging=$(mktemp -d)
cp "$(command -v rg)" "$staging/rg"
tar czf "$staging/$rg_asset" -C "$staging" rg
for minor in $(seq 0 30); do  # @vscode/ripgrep 1.15.x keys its cache by its own version
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.$minor"
  mkdir -p "$cache"
  cp "$staging/$rg_asset" "$cache/$rg_asset"
done
rm -rf "$staging"
npm_config_yes=true npm_config_unsafe_perm=true npm ci --no-audit --no-fund --loglevel=error
