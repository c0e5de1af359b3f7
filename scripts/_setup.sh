# Shared by scripts/run and scripts/test: system libraries and a virtualenv that is created or updated.
# Sourced, not executed.

# What Qt needs to draw offscreen; a real X11 window adds the xcb libraries below.
QT_OFFSCREEN_PACKAGES="libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
QT_X11_PACKAGES="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1"
PYTHON_PACKAGES="python3 python3-venv python3-pip"
# What the tests start or use besides Qt: a private D-Bus session bus with GNOME Keyring's Secret
# Service and a notification server; an X server whose idle time is read through the
# screen-saver extension (libxss1), with xdotool to move its pointer; poppler-utils (pdftotext,
# pdftoppm, pdfinfo) reads the PDFs we write; gdb prints the native stacks of a crash.
TEST_PACKAGES="dbus gnome-keyring xvfb xdotool libxss1 poppler-utils gdb"
# The sync tests start a real PostgreSQL server (and one with TLS: openssl makes its certificate).
SYNC_TEST_PACKAGES="postgresql openssl"

# install_system_packages PKG... — installs what is missing with apt-get when run as root on
# Debian/Ubuntu; otherwise prints the command to run and carries on.
install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "==> installing system packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "==> missing system packages (run as root to install): sudo apt-get install ${missing[*]}" >&2
    fi
}

# ensure_venv DIR EXTRAS — creates DIR with an editable install of the project (with EXTRAS,
# e.g. "[test]"), and reinstalls only when pyproject.toml or setup.py changed since the last run.
ensure_venv() {
    local venv="$1" extras="$2" python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        install_system_packages $PYTHON_PACKAGES
    fi
    if [ ! -x "$venv/bin/python" ]; then
        echo "==> creating virtualenv $venv"
        "$python" -m venv "$venv"
    fi
    local stamp="$venv/.internapp-installed" want
    want="$(cat pyproject.toml setup.py; echo "$extras")"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        echo "==> installing internapp$extras into $venv"
        "$venv/bin/python" -m pip install --quiet --upgrade pip
        "$venv/bin/python" -m pip install --quiet -e ".$extras"
        printf '%s' "$want" > "$stamp"
    fi
}
