#!/usr/bin/env bash
# Starts the console. With no display (a server, a container, CI) it starts
# a virtual X display (Xvfb) for it instead of failing, and says how to look.
set -euo pipefail
binary=${1:?usage: run-gui.sh PATH-TO-kassa [ARGS…]}
shift
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$binary" "$@"
fi

n=99
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X$n" ] && break
    sleep 0.1
done
export DISPLAY=":$n"
echo "run-gui: no display was set, so Kassa runs on the virtual display :$n." >&2
echo "run-gui: to see it: DISPLAY=:$n import -window root kassa.png" >&2
"$binary" "$@"
