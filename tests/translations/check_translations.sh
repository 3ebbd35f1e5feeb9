#!/bin/sh
# Fails when lupdate finds a user-visible string without a finished German translation.
# Usage: check_translations.sh LUPDATE SOURCE_DIR TS_FILE
set -eu
lupdate=$1 src=$2 ts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui \
    "$src/app" "$src/models" "$src/ui" -ts "$work/check.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
total=$(grep -c '<message' "$work/check.ts" || true)
echo "German: $total messages, $unfinished unfinished"
if [ "$unfinished" -ne 0 ]; then
    # Show the first few sources that need a translation.
    awk '/<source>/{s=$0} /type="unfinished"/{print s}' "$work/check.ts" | head -20
    echo "Run the update_translations target and translate translations/keydesk_de.ts (Qt Linguist)." >&2
    exit 1
fi
