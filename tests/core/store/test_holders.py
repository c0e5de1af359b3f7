import os
import subprocess
import sys
import textwrap

import pytest

from internapp.core.store.holders import describe, lock_holders

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/locks"),
                                reason="reads the Linux lock table (/proc/locks)")


def test_a_process_writing_to_the_store_is_named(store):
    store.close()
    code = textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(store.path)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        sys.stdin.readline()
        """)
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        found = lock_holders(store.path, include_self=False)
        assert [h.pid for h in found] == [child.pid]
        assert found[0].writing
        assert describe(found) == f"python{sys.version_info.major}.{sys.version_info.minor} " \
                                  f"(process {child.pid})" or "process" in describe(found)
    finally:
        child.communicate("\n", timeout=10)
    assert lock_holders(store.path, include_self=False) == []


def test_this_process_is_seen_too(store):
    with store.read() as session:
        session.connection()
        found = lock_holders(store.path)
    assert os.getpid() in [h.pid for h in found]
