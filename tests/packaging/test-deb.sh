#!/usr/bin/env bash
# Builds the Debian package from BUILD_DIR, checks its contents and
# dependencies, unpacks it into a scratch root (dpkg -x) and runs the
# installed programs from there.
# usage: test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: test-deb.sh BUILD_DIR}" && pwd)
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

cd "$build"
rm -f kassa_*_amd64.deb
cpack -G DEB >/dev/null || fail "cpack could not build the package"
deb=$(ls kassa_*_amd64.deb)
version=$(dpkg-deb -f "$deb" Version)
[ "$version" = "$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' CMakeCache.txt)" ] || fail "package version $version differs from the project's"
echo "test-deb: built $deb ($(du -k "$deb" | cut -f1) KiB)"

# Files a merchant's system needs from us.
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/kassa ./usr/bin/kassa-cli \
         ./usr/share/applications/org.kassa.Kassa.desktop \
         ./usr/share/metainfo/org.kassa.Kassa.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.kassa.Kassa.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.kassa.Kassa.png \
         ./usr/share/icons/hicolor/256x256/apps/org.kassa.Kassa.png \
         ./usr/share/man/man1/kassa.1.gz ./usr/share/man/man1/kassa-cli.1.gz \
         ./usr/share/doc/kassa/copyright ./usr/share/doc/kassa/LICENSE \
         ./usr/lib/systemd/system/kassa.service; do
    grep -qxF "$f" <<<"$listing" || fail "$f is missing from the package"
done
# And nothing that does not belong in a package.
if grep -E '\.(o|a|cpp|h|qm|ts)$|/tests?/|CMakeFiles|\.git' <<<"$listing"; then
    fail "build or source files leaked into the package"
fi

# Dependencies: computed from the binaries, plus the plugins Qt loads.
depends=$(dpkg-deb -f "$deb" Depends)
names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for d in libc6 libstdc++6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
    grep -qxF "$d" <<<"$names" || fail "Depends lacks $d: $depends"
done
echo "test-deb: Depends: $depends"

# Install into a scratch root and run what was installed.
root=$(mktemp -d /tmp/kassa-deb-root-XXXXXX)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
out=$("$root/usr/bin/kassa-cli" --version)
[ "$out" = "kassa-cli $version" ] || fail "installed kassa-cli --version said: $out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/kassa" --version)
grep -q "$version" <<<"$out" || fail "installed kassa --version said: $out"
status=$("$root/usr/bin/kassa-cli" --profile "$root/profile" status --json)
grep -q '"ok": true' <<<"$status" || fail "installed kassa-cli could not open a profile: $status"
desktop-file-validate "$root/usr/share/applications/org.kassa.Kassa.desktop" || fail "desktop entry invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.kassa.Kassa.metainfo.xml" >/dev/null \
    || fail "AppStream metadata invalid"
manual=$(zcat "$root/usr/share/man/man1/kassa-cli.1.gz")
grep -q '^\.TH KASSA-CLI' <<<"$manual" || fail "manual page broken"
echo "test-deb: installed programs run: $("$root/usr/bin/kassa-cli" --version); kassa $version (offscreen)"
echo "test-deb: PASS"
