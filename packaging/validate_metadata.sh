#!/usr/bin/env bash
# Validates the freedesktop .desktop file and the AppStream metainfo with the reference tools
# (Debian packages desktop-file-utils and appstream). `--no-net`: the screenshot URLs point at the
# published repository, which this machine may not reach; everything else is checked.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh

install_system_packages desktop-file-utils appstream
folder=resources/desktop
echo "==> desktop-file-validate $folder/io.github.internapp.InternApp.desktop"
desktop-file-validate "$folder/io.github.internapp.InternApp.desktop"
echo "    valid"
echo "==> appstreamcli validate --no-net $folder/io.github.internapp.InternApp.metainfo.xml"
appstreamcli validate --no-net "$folder/io.github.internapp.InternApp.metainfo.xml"
