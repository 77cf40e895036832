#!/usr/bin/env bash
# Builds the AppDir (and its squashfs payload) from BUILD_DIR and runs the
# bundled programs with an empty environment, as on a foreign desktop.
# usage: test-appdir.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: test-appdir.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "test-appdir: FAIL: $*" >&2; exit 1; }
out=$(mktemp -d /tmp/kassa-appdir-XXXXXX)
trap 'rm -rf "$out"' EXIT

bash "$here/../../packaging/appimage/build-appdir.sh" "$build" "$out"
app="$out/Kassa.AppDir"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

[ "$(env -i "$app/AppRun" cli --version)" = "kassa-cli $version" ] || fail "AppRun cli --version"
gui=$(env -i QT_QPA_PLATFORM=offscreen "$app/AppRun" --version 2>/dev/null)
grep -q "$version" <<<"$gui" || fail "AppRun --version said: $gui"
status=$(env -i HOME="$out" "$app/AppRun" cli --profile "$out/profile" status --json)
grep -q '"ok": true' <<<"$status" || fail "bundled kassa-cli could not open a profile (SQLite plugin missing?): $status"
# Qt itself must come from the AppDir, not from the host.
qtcore=$(env LD_LIBRARY_PATH="$app/usr/lib" ldd "$app/usr/bin/kassa" | awk '/libQt6Core/{print $3}')
[[ $qtcore == "$app/usr/lib/"* ]] || fail "libQt6Core resolves to $qtcore, not the bundled copy"
for f in AppRun org.kassa.Kassa.desktop org.kassa.Kassa.png usr/bin/qt.conf usr/plugins/platforms/libqxcb.so \
         usr/plugins/sqldrivers/libqsqlite.so usr/plugins/iconengines/libqsvgicon.so; do
    [ -e "$app/$f" ] || fail "$f missing from the AppDir"
done
if command -v unsquashfs >/dev/null; then
    listing=$(unsquashfs -l "$out/kassa.squashfs")
    grep -qx 'squashfs-root/AppRun' <<<"$listing" || fail "AppRun missing from the squashfs image"
fi
echo "test-appdir: PASS"
