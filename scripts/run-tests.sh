#!/bin/sh
# Runs every test headless: under Xvfb (screenshot tests) inside a private D-Bus session with an unlocked,
# throw-away gnome-keyring (the QtKeychain tests use a real secret store, never the user's own).
# Usage: scripts/run-tests.sh [BUILD_DIR] [extra ctest args…]
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
exec xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c '
    # A fresh login keyring, unlocked with a throw-away password, serving org.freedesktop.secrets.
    eval "$(printf "keydesk-test" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    ctest --test-dir "$0" --output-on-failure "$@"
' "$build" "$@"
