#!/usr/bin/env bash
# Real screenshots of the console: starts `kassa` on a virtual X display in
# each shipped language, opens each main page, and saves PNGs to OUT_DIR as
# <language>-<page>.png. Look at them: clipped or untranslated text is a bug.
# usage: screenshots.sh BUILD_DIR OUT_DIR [LANGUAGES…]
# Environment: KASSA_SHOTS_PROFILE=DIR starts every run from a copy of that
# profile (to show pages with data); KASSA_SHOTS_PAGES="audit orders" limits
# the pages.
set -euo pipefail
build=$(cd "${1:?usage: screenshots.sh BUILD_DIR OUT_DIR}" && pwd)
out=${2:?usage: screenshots.sh BUILD_DIR OUT_DIR}
shift 2
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(en zh_CN ja nl)
read -r -a pages <<<"${KASSA_SHOTS_PAGES:-dashboard orders payouts wallets settings audit}"
mkdir -p "$out"

for tool in Xvfb import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (make deps installs it)" >&2; exit 1; }
done

n=120
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d /tmp/kassa-shots-XXXXXX)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
export DISPLAY=":$n"
unset QT_QPA_PLATFORM

for language in "${languages[@]}"; do
    profile="$work/$language"
    if [ -n "${KASSA_SHOTS_PROFILE:-}" ]; then
        cp -a "$KASSA_SHOTS_PROFILE" "$profile"
        rm -f "$profile/kassa.lock" "$profile/ui-state.ini"
    fi
    for page in "${pages[@]}"; do
        "$build/app/kassa" --profile "$profile" --language "$language" --page "$page" --no-setup >"$work/log" 2>&1 &
        pid=$!
        sleep 2.5
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "screenshots.sh: kassa exited early ($language, $page):" >&2
            cat "$work/log" >&2
            exit 1
        fi
        import -window root -crop 1100x720+0+0 +repage "$out/$language-$page.png"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        rm -f "$profile/ui-state.ini" # every shot at the default size
    done
    echo "screenshots.sh: $language done" >&2
done
echo "screenshots.sh: wrote $(ls "$out"/*.png | wc -l) PNGs to $out" >&2
