#!/usr/bin/env bash
# The layout check in a real X11 window (Xvfb, no window manager), as a person would see it:
# every screen, state and dialog at 900x600, 1280x800 and 1920x1080, light and dark, English and
# German, on the demo history. The tests run the same check offscreen; this one uses the xcb
# platform, real fonts and a real window. DISPLAY_NUMBER picks the display (default 99).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_setup.sh

install_system_packages xvfb gdb $QT_OFFSCREEN_PACKAGES $QT_X11_PACKAGES
program="${INTERNAPP:-.venv-test/bin/internapp}"
display=":${DISPLAY_NUMBER:-99}"
tmp="$(mktemp -d)"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
sleep 0.5
kill -0 "$xvfb" 2>/dev/null || { echo "Xvfb could not start on $display:" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
"$program" demo --data-dir "$tmp/demo" >/dev/null
"$program" backup now --data-dir "$tmp/demo" >/dev/null  # the restore dialog opens on it

# smoke ARGS... — the program under gdb when it is a Python script and gdb is there: a crash
# prints the native stack of every thread, then Python's (faulthandler), and fails the check.
smoke() {
    local interpreter status
    interpreter="$(head -n1 "$program" | sed -n 's/^#!//p')"
    if [ -z "$interpreter" ] || ! command -v gdb >/dev/null 2>&1 \
            || ! gdb -q -batch -return-child-result -ex run --args /bin/true >/dev/null 2>&1; then
        # no gdb, or it may not run a program here (no ptrace): the program alone
        PYTHONFAULTHANDLER=1 "$program" "$@"
        return
    fi
    cat >"$tmp/crash.gdb" <<'GDB'
set pagination off
set print thread-events off
set print inferior-events off
handle SIGPIPE SIGUSR1 SIGUSR2 nostop noprint pass
run
if $_isvoid($_exitcode)
  thread apply all bt 30
  signal SIGSEGV
end
GDB
    PYTHONFAULTHANDLER=1 gdb -q -batch -return-child-result -iex "set auto-load safe-path /" \
        -x "$tmp/crash.gdb" --args "$interpreter" "$program" "$@" >"$tmp/gdb.log" 2>&1 \
        && status=0 || status=$?
    grep -v -e '^\[Thread debugging' -e '^Using host libthread_db' "$tmp/gdb.log" || true
    if grep -q "received signal" "$tmp/gdb.log"; then
        echo "the program crashed: its stacks are above" >&2
        return 1
    fi
    return "$status"
}
for language in en de; do
    echo "==> layout check, real window, $language"
    DISPLAY="$display" QT_QPA_PLATFORM=xcb HOME="$tmp/home" smoke --lang "$language" smoke \
        --data-dir "$tmp/demo" --sizes 900x600,1280x800,1920x1080 --check-layout --theme both
done
