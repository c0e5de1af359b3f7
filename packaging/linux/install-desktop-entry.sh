#!/usr/bin/env bash
# Adds internapp to your desktop's application menu (or removes it with --remove), for the
# installs that do not do it themselves: `pipx install` and the unpacked Linux bundle. The
# Flatpak does it by itself. Writes only the .desktop file and the icons under
# ${XDG_DATA_HOME:-~/.local/share}; your internapp data is never touched.
#
#   internapp/install-desktop-entry.sh            # from the unpacked bundle (next to `internapp`)
#   packaging/linux/install-desktop-entry.sh      # from a checkout, after `pipx install .`
#   ... --remove                                  # take the menu entry and icons away again
set -euo pipefail
id=io.github.internapp.InternApp
here="$(cd "$(dirname "$0")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$share/applications/$id.desktop" "$share/icons/hicolor/scalable/apps/$id.svg"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/$id.png"; done
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
    echo "removed the internapp menu entry and icons from $share"
    exit 0
fi

if [ -x "$here/internapp" ] && [ -d "$here/_internal/internapp/resources" ]; then
    resources="$here/_internal/internapp/resources"    # the bundle: run it by its full path
    try_exec="$here/internapp"
    exec_line="\"$here/internapp\""                     # quoted: the folder may have spaces
else
    resources="$(cd "$here/../.." && pwd)/resources"   # a checkout: the command on PATH
    try_exec="internapp"
    exec_line="internapp"
    command -v internapp >/dev/null || echo "note: 'internapp' is not on PATH yet (pipx ensurepath)" >&2
fi

mkdir -p "$share/applications"
sed -e "s|^Exec=.*|Exec=$exec_line|" -e "s|^TryExec=.*|TryExec=$try_exec|" \
    "$resources/desktop/$id.desktop" > "$share/applications/$id.desktop"
install -Dm644 "$resources/icons/internapp.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for size in $sizes; do
    install -Dm644 "$resources/icons/hicolor/${size}x${size}/apps/$id.png" \
        "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
echo "added internapp to the application menu ($share/applications/$id.desktop)"
