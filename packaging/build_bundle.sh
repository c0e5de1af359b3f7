#!/usr/bin/env bash
# Builds the one-folder bundle dist/internapp/ (and dist/internapp.app on macOS) with PyInstaller,
# in its own virtualenv (.venv-bundle) holding a regular (not editable) install of this checkout.
# Linux and macOS; on Windows run the same steps by hand (packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh

# PyInstaller reads the libraries' dependencies with objdump (binutils) and ldd
install_system_packages binutils $QT_OFFSCREEN_PACKAGES
python="${PYTHON:-python3}"
venv=.venv-bundle
if [ ! -x "$venv/bin/python" ]; then
    echo "==> creating virtualenv $venv"
    "$python" -m venv "$venv"
fi
echo "==> installing internapp[bundle] into $venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet ".[bundle]"
# the same version number would not be reinstalled: take this checkout's files as they are now
"$venv/bin/python" -m pip install --quiet --no-deps --force-reinstall .

echo "==> pyinstaller packaging/internapp.spec"
SECONDS=0
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/internapp.spec
if [ "$(uname)" = "Linux" ]; then
    # the unpacked bundle adds itself to the application menu with this script
    install -m755 packaging/linux/install-desktop-entry.sh dist/internapp/
fi
echo "==> built dist/internapp in ${SECONDS} s, $(du -sh dist/internapp | cut -f1)"
