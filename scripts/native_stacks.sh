#!/usr/bin/env bash
# native_stacks.sh STAMP PYTHON — prints the native stacks of every thread of each crashed
# process that left a core file (core_pattern "core": in its working folder) after STAMP was
# made, then removes the core. Used by scripts/test when the run fails.
set -uo pipefail
stamp="$1" python="$2"
command -v gdb >/dev/null 2>&1 || { echo "(gdb is not installed: no native stacks)" >&2; exit 0; }
pattern="$(cat /proc/sys/kernel/core_pattern 2>/dev/null || echo core)"
case "$pattern" in
    "|"*) echo "(core files go to $pattern: no native stacks here)" >&2; exit 0 ;;
esac
find . /tmp -xdev \( -name core -o -name 'core.[0-9]*' \) -type f -newer "$stamp" 2>/dev/null |
while read -r core; do
    echo "==> native stacks of $core"
    gdb -q -batch -iex "set auto-load safe-path /" -ex "info threads" -ex "thread apply all bt 30" \
        "$(readlink -f "$python")" "$core" 2>&1 | grep -v -e '^\[New LWP' -e '^warning: '
    rm -f "$core"
done
