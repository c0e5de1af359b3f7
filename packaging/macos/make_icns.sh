#!/usr/bin/env bash
# macOS only, optional: remakes packaging/macos/internapp.icns with Apple's iconutil from the
# committed PNGs. (packaging/render_icons.py already writes an .icns with Pillow on any OS; use
# this when you prefer Apple's own tool.)
set -euo pipefail
cd "$(dirname "$0")/../.."
png() { echo "resources/icons/hicolor/${1}x${1}/apps/io.github.internapp.InternApp.png"; }
iconset="$(mktemp -d)/internapp.iconset"
mkdir "$iconset"
cp "$(png 16)"  "$iconset/icon_16x16.png"
cp "$(png 32)"  "$iconset/icon_16x16@2x.png"
cp "$(png 32)"  "$iconset/icon_32x32.png"
cp "$(png 64)"  "$iconset/icon_32x32@2x.png"
cp "$(png 128)" "$iconset/icon_128x128.png"
cp "$(png 256)" "$iconset/icon_128x128@2x.png"
cp "$(png 256)" "$iconset/icon_256x256.png"
cp "$(png 512)" "$iconset/icon_256x256@2x.png"
cp "$(png 512)" "$iconset/icon_512x512.png"
# icon_512x512@2x.png (1024 px) would need a 1024 px render: sips can draw one from the 512 one,
# but a sharper one comes from the SVG — render_icons.py's .icns carries it.
iconutil --convert icns --output packaging/macos/internapp.icns "$iconset"
echo "==> packaging/macos/internapp.icns"
