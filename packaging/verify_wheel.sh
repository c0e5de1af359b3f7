#!/usr/bin/env bash
# Builds the wheel, checks its file list, installs it into a fresh virtualenv outside the checkout
# and runs the installed `internapp` from another folder: --version, smoke, and the check that it
# writes only to its own folders. What `pip install .` and `pipx install .` give a user.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh

install_system_packages $QT_OFFSCREEN_PACKAGES
python="${PYTHON:-python3}"
version="$("$python" packaging/project_version.py)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$python" -m venv "$tmp/venv"   # a fresh virtualenv: builds the wheel, then gets it installed

rm -rf dist/wheel
echo "==> building the wheel"
"$tmp/venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir dist/wheel .
wheel="$(ls dist/wheel/internapp-"$version"-*.whl)"
"$python" packaging/check_wheel.py "$wheel"

echo "==> installing $(basename "$wheel") into the fresh virtualenv"
"$tmp/venv/bin/python" -m pip install --quiet "$wheel"
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"   # not the checkout: nothing can come from the source tree
printed="$("$tmp/venv/bin/internapp" --version)"
echo "$printed"
[ "$printed" = "internapp $version" ] || { echo "expected: internapp $version" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen HOME="$tmp/home" "$tmp/venv/bin/internapp" smoke
"$tmp/venv/bin/python" "$OLDPWD/packaging/check_writes.py" "$tmp/venv/bin/internapp"
