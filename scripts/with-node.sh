#!/usr/bin/env bash
# Runs a command with the Node.js runtime chosen by scripts/bootstrap.sh first on PATH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -x "$root/.tools/node/node_modules/node/bin/node" ]; then
  export PATH="$root/.tools/node/node_modules/node/bin:$PATH"
fi
for p in /usr/sbin /usr/local/sbin; do
  case ":$PATH:" in *":$p:"*) ;; *) [ -d "$p" ] && PATH="$PATH:$p" ;; esac
done
export PATH
exec "$@"
