#!/bin/sh
# Installs what KeyDesk needs to build and test on Debian 12 (bookworm), then the node test oracles.
# Safe to run again: apt-get skips what is installed, npm skips what is current.
set -eu

# The last line is for the install and the Debian package: help2man (man pages), rsvg-convert (PNG icons), the
# desktop-file and AppStream validators, bash-completion (completion test), man-db, dpkg-dev + file (CPack's
# shlibdeps), lintian, and libqt6svg6 (recommended by the package: the SVG window icon).
PACKAGES="build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libssl-dev libgl-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core
  clang-14 clang-format-14 libclang-rt-14-dev curl
  help2man librsvg2-bin desktop-file-utils appstream bash-completion man-db dpkg-dev file lintian libqt6svg6"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node 20 ships with the machine; Debian's nodejs is only a fallback where none is installed.
command -v node >/dev/null 2>&1 || missing="$missing nodejs npm"

if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing:$missing"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

# Test oracles (Twilio's node library, jsonwebtoken, Prism) for the contract and cross-check tests.
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -d "$here/tests/node/node_modules/@stoplight/prism-cli" ] || [ ! -d "$here/tests/node/node_modules/twilio" ]; then
    (cd "$here/tests/node" && npm install --no-audit --no-fund --loglevel=error)
fi
