#!/usr/bin/env bash
# Installs the VS Code server (code-server from npm) and headless Chromium used by the integration tests and by
# `npm start` on machines without desktop VS Code. Idempotent: a marker file records the finished version.
# See shared docs "vscode-tests.md" for why each post-install step is done by hand.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${EXLOG_TOOLS_DIR:-$ROOT/.tools/code-server}"
MARKER="$TOOLS/.installed"
DEB_PACKAGES=(libkrb5-dev ripgrep chromium)

log() { printf '[setup-vscode-server] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_packages() {
  local missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_code_server() {
  local vscode="$TOOLS/node_modules/code-server/lib/vscode"
  # code-server's own install script refuses root and downloads ripgrep: install without scripts, then do its
  # steps here.
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || printf '{ "name": "exlog-tools", "private": true }\n' >"$TOOLS/package.json"
  log "npm install code-server@$CODE_SERVER_VERSION"
  (cd "$TOOLS" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts \
    "code-server@$CODE_SERVER_VERSION")
  log "npm rebuild argon2"
  (cd "$TOOLS" && npm rebuild --loglevel=error argon2 >/dev/null)
  log "lib/vscode: npm install --omit=dev"
  (cd "$vscode" && npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts)
  log "lib/vscode: rebuild native modules"
  (cd "$vscode" && npm_config_yes=true npm rebuild --loglevel=error \
    kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid >/dev/null)
  ln -sfn node_modules "$vscode/node_modules.asar"
  mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
  ln -sfn /usr/bin/rg "$vscode/node_modules/@vscode/ripgrep/bin/rg"
  log "lib/vscode/extensions: npm install --omit=dev"
  (cd "$vscode/extensions" && npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts)
  printf '%s\n' "$CODE_SERVER_VERSION" >"$MARKER"
}

install_debian_packages
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION already set up in ${TOOLS#"$ROOT"/}"
  exit 0
fi
started=$SECONDS
install_code_server
log "code-server $CODE_SERVER_VERSION ready in ${TOOLS#"$ROOT"/} ($((SECONDS - started))s)"
