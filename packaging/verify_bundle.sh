#!/usr/bin/env bash
# Runs the built bundle (dist/internapp/, from packaging/build_bundle.sh) from another folder:
# --version against src/internapp/__init__.py, smoke, a demo store (the migrations run from the bundle's files)
# and its integrity check, the check that it writes only to its own folders, then its size and
# the start time of `smoke` (median of several runs).
set -euo pipefail
cd "$(dirname "$0")/.."
program="$PWD/dist/internapp/internapp"
python="${PYTHON:-python3}"
version="$("$python" packaging/project_version.py)"
checker="$PWD/packaging/check_writes.py"
platformdirs_python="$PWD/.venv-bundle/bin/python"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
printed="$("$program" --version)"
echo "$printed"
[ "$printed" = "internapp $version" ] || { echo "expected: internapp $version" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen HOME="$tmp/home"
"$program" smoke --data-dir "$tmp/empty"
"$program" demo --data-dir "$tmp/demo"
"$program" check --data-dir "$tmp/demo"
"$program" smoke --data-dir "$tmp/demo"
"$program" --lang de smoke --data-dir "$tmp/demo"   # the German translation and Qt's load from the bundle
[ -f "$OLDPWD/dist/internapp/_internal/PySide6/Qt/translations/qtbase_de.qm" ] \
    || { echo "Qt's German translation is missing from the bundle" >&2; exit 1; }
"$platformdirs_python" "$checker" "$program"
echo "==> bundle size: $(du -sh "$OLDPWD/dist/internapp" | cut -f1)"
"$platformdirs_python" "$OLDPWD/benchmarks/startup.py" --program "$program" --runs "${RUNS:-5}"
