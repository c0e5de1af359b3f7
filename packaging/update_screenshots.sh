#!/usr/bin/env bash
# Regenerates docs/screenshots/ — the pictures the AppStream metainfo and the README show — from
# the app itself: the demo history rendered screen by screen, light and dark.
# INTERNAPP=path/to/internapp picks the program (default: the test virtualenv's).
set -euo pipefail
cd "$(dirname "$0")/.."
exe="${INTERNAPP:-.venv-test/bin/internapp}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$exe" demo --data-dir "$tmp/demo" >/dev/null
rm -f docs/screenshots/*.png
QT_QPA_PLATFORM=offscreen "$exe" screenshots docs/screenshots --data-dir "$tmp/demo" --theme both
