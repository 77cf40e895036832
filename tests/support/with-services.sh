#!/usr/bin/env bash
# Runs a command with the peers Kassa's tests need:
#   - a private D-Bus session with gnome-keyring's Secret Service, unlocked,
#     so QtKeychain works headless;
#   - a private PostgreSQL server (KASSA_TEST_PG_URL), stopped afterwards.
# usage: with-services.sh COMMAND [ARG…]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${KASSA_SERVICES_SESSION:-}" ]; then
    exec dbus-run-session -- env KASSA_SERVICES_SESSION=1 bash "$0" "$@"
fi

work=$(mktemp -d /tmp/kassa-services-XXXXXX)
chmod 755 "$work"
cleanup() {
    bash "$here/pg-server.sh" stop "$work/pg" || true
    if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
# A throwaway keyring whose password is known to the tests, never the user's.
export KASSA_TEST_KEYRING_PASSWORD=kassa-test-keyring
eval "$(printf '%s' "$KASSA_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID 2>/dev/null || true

# (a failed start stops here: set -e sees the assignment's status)
pgline=$(bash "$here/pg-server.sh" start "$work/pg")
export "$pgline"
echo "with-services: D-Bus session + gnome-keyring; PostgreSQL at ${KASSA_TEST_PG_URL}" >&2

"$@"
