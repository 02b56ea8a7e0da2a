#!/usr/bin/env bash
# Bootstrap used by `npm start`, `npm test` and `.ci/run`. Idempotent: it does only what is missing.
#  1. a Node.js >= 22.12 runtime (the `node@24` npm package in .tools/ when the system's is older);
#  2. nats-server (Debian/Ubuntu package, when missing and we may install it);
#  3. prometheus (promtool), docker-compose (offline config validation) and chromium (the
#     console's browser tests), Debian packages, when missing;
#  4. dependencies (`npm ci` when node_modules is missing or older than package-lock.json).
# Set SWITCHYARD_NO_INSTALL=1 to forbid system package installs (it then only reports).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '[bootstrap] %s\n' "$*" >&2; }
die() { printf '[bootstrap] ERROR: %s\n' "$*" >&2; exit 1; }

min_major=22
min_minor=12
tools_node_dir="$root/.tools/node"
tools_node_bin="$tools_node_dir/node_modules/node/bin"

node_ok() { # $1 = node binary
  "$1" -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>${min_major}||(a===${min_major}&&b>=${min_minor})?0:1)" 2>/dev/null
}

# --- 1. Node.js ------------------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || die "no 'node' on PATH: install Node.js (any version with npm) first"
command -v npm >/dev/null 2>&1 || die "no 'npm' on PATH: install npm first"
if node_ok node; then
  node_bin_dir="$(dirname "$(command -v node)")"
elif [ -x "$tools_node_bin/node" ] && node_ok "$tools_node_bin/node"; then
  node_bin_dir="$tools_node_bin"
else
  say "system Node.js is $(node --version) (< ${min_major}.${min_minor}); installing Node 24 from the npm package node@24 into .tools/node"
  mkdir -p "$tools_node_dir"
  npm install --prefix "$tools_node_dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node@24 >&2 \
    || die "could not install node@24 from the npm registry (is the registry reachable?)"
  node_ok "$tools_node_bin/node" || die "the installed node@24 package did not provide Node >= ${min_major}.${min_minor}"
  node_bin_dir="$tools_node_bin"
fi
export PATH="$node_bin_dir:$PATH"
say "Node.js $(node --version) ($node_bin_dir/node)"

# --- 2. nats-server --------------------------------------------------------------------------------
find_nats() {
  if [ -n "${NATS_SERVER_BIN:-}" ] && [ -x "$NATS_SERVER_BIN" ]; then echo "$NATS_SERVER_BIN"; return; fi
  command -v nats-server 2>/dev/null && return
  for p in /usr/sbin/nats-server /usr/local/bin/nats-server /usr/bin/nats-server; do
    [ -x "$p" ] && { echo "$p"; return; }
  done
  return 1
}
if ! nats_bin="$(find_nats)"; then
  if [ "${SWITCHYARD_NO_INSTALL:-0}" = "1" ]; then
    die "nats-server is missing and SWITCHYARD_NO_INSTALL=1: install it (Debian/Ubuntu: apt-get install nats-server) or set NATS_SERVER_BIN"
  fi
  command -v apt-get >/dev/null 2>&1 || die "nats-server is missing and this is not a Debian/Ubuntu machine: install nats-server >= 2.9 and put it on PATH (or set NATS_SERVER_BIN)"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      die "nats-server is missing and installing it needs root: run 'sudo apt-get install nats-server' (or set NATS_SERVER_BIN)"
    fi
  fi
  say "nats-server is missing; installing the Debian package (apt-get install nats-server)"
  $sudo apt-get update -qq >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nats-server >&2 || die "apt-get install nats-server failed"
  # The package enables a system service on port 4222; we start our own private servers instead.
  nats_bin="$(find_nats)" || die "nats-server was installed but cannot be found"
fi
say "nats-server $("$nats_bin" --version 2>&1 | head -n1) ($nats_bin)"

# --- 3. Prometheus (promtool checks the alert rules; the observability test scrapes with it) ----
if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus >/dev/null 2>&1; then
  if [ "${SWITCHYARD_NO_INSTALL:-0}" = "1" ] || ! command -v apt-get >/dev/null 2>&1; then
    say "prometheus/promtool are missing: the rule checks and the observability test need them (Debian/Ubuntu: apt-get install prometheus)"
  elif [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
    say "prometheus is missing; installing the Debian package (apt-get install prometheus)"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq prometheus >&2 \
      || { $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq prometheus >&2; } \
      || die "apt-get install prometheus failed"
  else
    say "prometheus/promtool are missing and installing them needs root: sudo apt-get install prometheus"
  fi
fi
command -v prometheus >/dev/null 2>&1 && say "$(prometheus --version 2>&1 | head -n1)"

# --- 3b. docker-compose (npm run check:deploy validates docker-compose.yml with `config -q`) -------
# Debian's docker-compose 1.29 validates offline; no Docker engine is needed or installed.
if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "${SWITCHYARD_NO_INSTALL:-0}" = "1" ] || ! command -v apt-get >/dev/null 2>&1; then
    say "docker-compose is missing: npm run check:deploy needs it (Debian/Ubuntu: apt-get install docker-compose)"
  elif [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
    say "docker-compose is missing; installing the Debian package (apt-get install docker-compose)"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends docker-compose >&2 \
      || { $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends docker-compose >&2; } \
      || die "apt-get install docker-compose failed"
  else
    say "docker-compose is missing and installing it needs root: sudo apt-get install docker-compose"
  fi
fi
command -v docker-compose >/dev/null 2>&1 && say "$(docker-compose version --short 2>/dev/null | sed 's/^/docker-compose /')"

# --- 3b. Chromium (the console's browser tests drive Debian's chromium; no browser download) ----
if [ ! -x /usr/lib/chromium/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "${SWITCHYARD_NO_INSTALL:-0}" = "1" ] || ! command -v apt-get >/dev/null 2>&1; then
    say "chromium is missing: the console's browser tests need it (Debian/Ubuntu: apt-get install chromium, or set CHROMIUM_PATH)"
  elif [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
    say "chromium is missing; installing the Debian package (apt-get install chromium)"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2 \
      || { $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2; } \
      || die "apt-get install chromium failed"
  else
    say "chromium is missing and installing it needs root: sudo apt-get install chromium"
  fi
fi

# --- 4. dependencies -------------------------------------------------------------------------------
stamp="node_modules/.switchyard-lock.sha256"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
if [ ! -d node_modules ] || [ "$want" != "$have" ]; then
  # `npm install` rather than `npm ci`: both install exactly what package-lock.json pins, but the
  # registry mirror on our machines lacks some other platforms' optional binaries (e.g. the macOS
  # builds of @swc/core), which npm omits from the lock file and which `npm ci` then rejects.
  say "installing dependencies from package-lock.json (npm install)"
  npm install --no-audit --no-fund --loglevel=error >&2 || die "npm install failed (is the npm registry reachable?)"
  echo "$want" > "$stamp"
else
  say "dependencies are up to date"
fi
