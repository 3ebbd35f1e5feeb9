#!/bin/sh
# Fails when a C++ file (*.cpp, *.h tracked by git) differs from what clang-format-14 makes of it with the
# repository's .clang-format, and names each such file. --fix reformats them in place instead.
# Outside a git checkout (a source tarball) it checks the *.cpp/*.h files under app/ models/ ui/ tests/.
# Usage: scripts/check-format.sh [--fix]      Environment: CLANG_FORMAT (default clang-format-14)
set -eu
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format-14}
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "check-format: $clang_format is not installed (Debian: apt-get install clang-format-14)" >&2
    exit 2
fi
fix=false
[ "${1:-}" = "--fix" ] && fix=true

list_files()
{
    if [ -z "${KEYDESK_FORMAT_NO_GIT:-}" ] && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -- '*.cpp' '*.h'
    else
        find app models ui tests \( -name node_modules -prune \) -o \( -name '*.cpp' -o -name '*.h' \) -type f -print \
            | sort
    fi
}

drifted=0
checked=0
# File names in this tree have no spaces or newlines.
for file in $(list_files); do
    [ -f "$file" ] || continue # deleted but not yet committed
    checked=$((checked + 1))
    if ! "$clang_format" --style=file --dry-run -Werror "$file" >/dev/null 2>&1; then
        if $fix; then
            "$clang_format" --style=file -i "$file"
            echo "reformatted $file"
        else
            echo "not clang-formatted: $file"
            drifted=$((drifted + 1))
        fi
    fi
done
if [ "$drifted" -gt 0 ]; then
    echo "check-format: $drifted of $checked files differ from .clang-format; run scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format: $checked files match .clang-format"
