#!/usr/bin/env bash
# Installs the Debian 12 packages Kassa needs to build, test and run, and
# only those that are missing. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-charts-dev libgl1-mesa-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n qt6-qpa-plugins libqt6svg6
    qtkeychain-qt6-dev libsecp256k1-dev libssl-dev libqrencode-dev libprotobuf-dev protobuf-compiler
    libargon2-dev liboath-dev libsqlite3-dev
    # test peers and tools
    xvfb xauth x11-apps imagemagick fonts-noto-cjk gnome-keyring dbus-x11 dbus postgresql
    libbenchmark-dev libgtest-dev clang-format clang libfuzzer-14-dev libclang-rt-14-dev
    desktop-file-utils appstream-util appstream librsvg2-bin squashfs-tools dpkg-dev file zbar-tools
)

# Node.js runs the independent implementations (ethers, tronweb) and anvil
# that the tests use; any Node >= 18 does, Debian's included.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
    [ "${status:0:2}" = "ii" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Installing postgresql starts a system cluster we never use (tests run a
# private server); stop it again, but only when we were the ones who
# installed it.
if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v pg_ctlcluster >/dev/null; then
    $sudo pg_ctlcluster 15 main stop 2>/dev/null || true
fi
