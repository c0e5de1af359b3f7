"""Cold start: wall time of whole `internapp smoke` processes (window built, every screen shown).

Prints each run and the median, for an empty store and for the demo store. Also prints how long
the bare `internapp --version` takes (the interpreter plus argument parsing), for reference.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def series(label: str, command: list[str], env: dict[str, str], runs: int) -> None:
    timed(command, env)  # warm the OS file cache once, as a user's second launch would be
    values = [timed(command, env) for _ in range(runs)]
    shown = ", ".join(f"{v:.2f}" for v in values)
    print(f"{label:<28} median {statistics.median(values):.3f} s   runs: {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--program", help="the internapp to time, e.g. the bundle's "
                        "dist/internapp/internapp (default: the one beside this Python)")
    args = parser.parse_args()
    exe = args.program or shutil.which("internapp", path=str(Path(sys.executable).parent)) or "internapp"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp, "empty"), Path(tmp, "demo")
        subprocess.run([exe, "demo", "--data-dir", str(full)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        subprocess.run([exe, "check", "--data-dir", str(empty)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        series("internapp --version", [exe, "--version"], env, args.runs)
        series("smoke, empty store", [exe, "smoke", "--data-dir", str(empty)], env, args.runs)
        series("smoke, demo store", [exe, "smoke", "--data-dir", str(full)], env, args.runs)


if __name__ == "__main__":
    main()
