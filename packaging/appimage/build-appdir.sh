#!/usr/bin/env bash
# Builds Kassa's AppDir from an existing build, bundling Qt and the libraries
# it needs from this machine's Debian packages (nothing is downloaded), then
# packs it into a squashfs image with fixed times and owners.
#
#   build-appdir.sh BUILD_DIR OUT_DIR
#     OUT_DIR/Kassa.AppDir       runnable as is: Kassa.AppDir/AppRun [cli ARGS…]
#     OUT_DIR/kassa.squashfs     the AppImage payload (reproducible)
#
# The last step of a real AppImage — prepending the AppImage type-2 runtime
# (`cat runtime-x86_64 kassa.squashfs > Kassa-x86_64.AppImage`, or
# `appimagetool Kassa.AppDir`) — needs a binary that neither Debian nor npm
# ships, so it is not done here; see packaging/appimage/README.md.
set -euo pipefail
build=$(cd "${1:?usage: build-appdir.sh BUILD_DIR OUT_DIR}" && pwd)
out=${2:?usage: build-appdir.sh BUILD_DIR OUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
appdir="$out/Kassa.AppDir"
rm -rf "$appdir" "$out/kassa.squashfs"

# Reproducible: every time stamp is the last commit's (or a fixed date).
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$build/.." log -1 --format=%ct 2>/dev/null || echo 1767225600)}

cmake --install "$build" --prefix "$appdir/usr" >/dev/null

qtlibdir=$(dirname "$(find /usr/lib -name 'libQt6Core.so.6' -print -quit)")
plugins="$qtlibdir/qt6/plugins"
mkdir -p "$appdir/usr/lib" "$appdir/usr/plugins" "$appdir/usr/translations"
for p in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so \
         xcbglintegrations/libqxcb-glx-integration.so \
         iconengines/libqsvgicon.so imageformats/libqsvg.so \
         sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so; do
    if [ -e "$plugins/$p" ]; then
        mkdir -p "$appdir/usr/plugins/$(dirname "$p")"
        cp "$plugins/$p" "$appdir/usr/plugins/$p"
    fi
done
cp /usr/share/qt6/translations/qtbase_{zh_CN,ja,nl}.qm "$appdir/usr/translations/" 2>/dev/null || true

# Bundle every shared library the programs and plugins need, except the ones
# every desktop Linux has and that must come from the host (glibc, the GPU
# and X11/xcb client libraries, fontconfig/freetype) — the AppImage
# "excludelist" idea.
exclude='^(linux-vdso|ld-linux|libc|libm|libdl|librt|libpthread|libresolv|libutil|libgcc_s|libstdc\+\+|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libdrm|libgbm|libX11|libX11-xcb|libxcb|libXau|libXdmcp|libXext|libXrender|libxkbcommon|libfontconfig|libfreetype|libexpat|libz|libdbus-1|libsystemd|libudev|libglib-2\.0|libgthread|libgobject)[.-]'
collect() {
    ldd "$1" 2>/dev/null | awk '/=> \//{print $3}' | while read -r lib; do
        name=$(basename "$lib")
        if ! [[ $name =~ $exclude ]] && [ ! -e "$appdir/usr/lib/$name" ]; then
            cp -L "$lib" "$appdir/usr/lib/$name"
            collect "$lib"
        fi
    done
}
for f in "$appdir"/usr/bin/* $(find "$appdir/usr/plugins" -name '*.so'); do
    collect "$f"
done

cat >"$appdir/usr/bin/qt.conf" <<'QTCONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
QTCONF

cat >"$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# Kassa AppImage entry: `AppRun [ARGS…]` starts the console,
# `AppRun cli [ARGS…]` runs kassa-cli.
here=$(dirname "$(readlink -f "$0")")
export LD_LIBRARY_PATH="$here/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$here/usr/plugins"
if [ "${1:-}" = "cli" ]; then
    shift
    exec "$here/usr/bin/kassa-cli" "$@"
fi
exec "$here/usr/bin/kassa" "$@"
APPRUN
chmod 755 "$appdir/AppRun"
cp "$appdir/usr/share/applications/org.kassa.Kassa.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/org.kassa.Kassa.png" "$appdir/org.kassa.Kassa.png"
ln -sf org.kassa.Kassa.png "$appdir/.DirIcon"

find "$appdir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
if command -v mksquashfs >/dev/null; then
    # mksquashfs takes its time stamps from SOURCE_DATE_EPOCH itself.
    mksquashfs "$appdir" "$out/kassa.squashfs" -noappend -all-root -no-xattrs -comp xz -quiet -no-progress >/dev/null
    echo "build-appdir: $out/kassa.squashfs ($(du -k "$out/kassa.squashfs" | cut -f1) KiB, sha256 $(sha256sum "$out/kassa.squashfs" | cut -c1-16)…)"
else
    echo "build-appdir: mksquashfs not found (squashfs-tools); AppDir only" >&2
fi
echo "build-appdir: $appdir ($(du -sk "$appdir" | cut -f1) KiB, $(ls "$appdir/usr/lib" | wc -l) bundled libraries)"
