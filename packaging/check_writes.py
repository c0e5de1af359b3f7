"""Runs internapp as a user would and lists every file it created outside its own folders.

The program runs with HOME pointed at an empty temporary folder (and the XDG variables cleared, so
every default location is under it), from an empty working folder, with TMPDIR in the same place.
internapp may write only to its platformdirs locations — the user data, config, cache and log
folders of `internapp` — so every other file that appears is reported, and the exit code is 1.
The installation itself (the virtualenv or the bundle folder around PROGRAM) is watched too: a
program that wrote there (e.g. Python byte-code caches) would fail in a read-only install.

    python packaging/check_writes.py PROGRAM    # e.g. /tmp/venv/bin/internapp, dist/internapp/internapp

It runs `demo`, `smoke`, `check` and `screenshots` (the last writes its PNGs to the folder given,
which is allowed). Linux and macOS: run it there; the locations come from platformdirs for the
temporary HOME.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


def allowed_dirs(home: Path) -> list[Path]:
    """internapp's platformdirs folders for this HOME, computed as the app computes them."""
    code = ("import platformdirs as p, json;"
            "print(json.dumps([f('internapp', appauthor=False) for f in "
            "(p.user_data_dir, p.user_config_dir, p.user_cache_dir, p.user_log_dir)]))")
    env = {k: v for k, v in os.environ.items() if k not in XDG} | {"HOME": str(home)}
    import json

    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout
    return [Path(p) for p in json.loads(out)]


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def snapshot(root: Path) -> dict[Path, int]:
    return {p: p.lstat().st_mtime_ns for p in files_under(root)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", help="the internapp executable to run")
    args = parser.parse_args()
    program = os.path.abspath(args.program)  # it runs from another folder
    with tempfile.TemporaryDirectory(prefix="internapp-writes-") as tmp:
        root = Path(tmp)
        home, work, temp, shots = root / "home", root / "work", root / "tmp", root / "shots"
        for folder in (home, work, temp):
            folder.mkdir()
        env = {k: v for k, v in os.environ.items()
               if k not in XDG and k not in ("INTERNAPP_DATA_DIR", "MPLCONFIGDIR")}
        env |= {"HOME": str(home), "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
        installation = Path(program).parent.parent  # venv/bin/.. or dist/internapp/..
        before = snapshot(installation)
        for command in (["demo"], ["smoke"], ["check"], ["screenshots", str(shots)]):
            result = subprocess.run([program, *command], cwd=work, env=env,
                                    capture_output=True, text=True, timeout=300)
            print(f"$ internapp {' '.join(command)}  -> exit {result.returncode}")
            if result.returncode != 0:
                print(result.stdout + result.stderr)
                return 1
        after = snapshot(installation)
        touched = sorted(p for p, mtime in after.items() if before.get(p) != mtime)
        allowed = allowed_dirs(home)
        created = files_under(root)
        inside = sorted(p for p in created if any(p.is_relative_to(d) for d in allowed)
                        or p.is_relative_to(shots))
        outside = sorted(set(created) - set(inside))
        print("internapp's folders:")
        for folder in allowed:
            print(f"  {folder.relative_to(root)}")
        print(f"{len(inside)} file(s) written inside them (or to the screenshots folder asked for)")
        for path in inside:
            print(f"  {path.relative_to(root)}")
        if touched:
            print(f"{len(touched)} file(s) written in the installation {installation}:")
            for path in touched:
                print(f"  {path.relative_to(installation)}")
        if outside:
            print(f"{len(outside)} file(s) written elsewhere:")
            for path in outside:
                print(f"  {path.relative_to(root)}")
        if touched or outside:
            return 1
        print(f"no file written anywhere else (nor in the installation {installation})")
        return 0


if __name__ == "__main__":
    sys.exit(main())
