#!/usr/bin/env bash
# macOS only: builds dist/internapp.app with PyInstaller (the spec's BUNDLE section: bundle id
# io.github.internapp.InternApp, icon packaging/macos/internapp.icns) and packs it into
# dist/internapp-VERSION.dmg with a link to /Applications, using hdiutil.
#
#   packaging/macos/build_dmg.sh                 # ad-hoc signature (runs on this Mac)
#   SIGN_IDENTITY="Developer ID Application: …" packaging/macos/build_dmg.sh   # for others' Macs
#
# A .dmg for other people's Macs must be signed with a Developer ID and notarised (see
# packaging/README.md); without that Gatekeeper refuses to open it.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname)" = "Darwin" ] || { echo "build_dmg.sh runs on macOS (it needs hdiutil and codesign)" >&2; exit 1; }
version="$(python3 packaging/project_version.py)"

packaging/build_bundle.sh
app=dist/internapp.app
# a quick check of the program inside the .app before shipping it
"$app/Contents/MacOS/internapp" --version
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/internapp" smoke --data-dir "$(mktemp -d)"

if [ -n "${SIGN_IDENTITY:-}" ]; then
    # hardened runtime (needed for notarisation); the entitlements let Python's ctypes/cffi work
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$app"
fi   # otherwise PyInstaller's ad-hoc signature stays: enough to run on the Mac that built it
codesign --verify --deep --strict "$app"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/internapp-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "internapp $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
hdiutil verify "$dmg"
echo "==> $dmg"
