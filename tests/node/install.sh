#!/usr/bin/env bash
# Installs the test peers of package-lock.json (anvil, ethers, tronweb, solc)
# into tests/node/node_modules, only when they are missing or the lock file
# changed. Run by `make deps`; tests never download anything.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
stamp="$here/node_modules/.kassa-lock-sha256"
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "install.sh: npm is missing; install the Debian packages nodejs and npm" >&2
    exit 1
fi
echo "install.sh: installing test peers from npm (anvil, ethers, tronweb, solc)" >&2
# npm ci trips over the optional per-platform anvil packages missing from
# the lock; install --no-save follows the lock without rewriting it.
(cd "$here" && npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error)
echo "$want" >"$stamp"
