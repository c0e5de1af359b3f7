"""The type check that scripts/test (and so CI) runs: mypy over src/internapp, configured in
pyproject.toml. core/ must have no error at all. Elsewhere (ui/, cli/) the errors recorded in
scripts/mypy-baseline.txt may remain until someone fixes them; any other error fails.

    .venv-test/bin/python scripts/typecheck.py            # check
    .venv-test/bin/python scripts/typecheck.py --update   # rewrite the baseline (after fixing)

Baseline lines are "path: message [code]" without line numbers, so moving code does not break it.
"""

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "scripts" / "mypy-baseline.txt"
STRICT = "src/internapp/core/"
ERROR = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?:\d+:)? error: (?P<message>.*)$")


def main() -> int:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                            text=True)
    errors = [m for line in result.stdout.splitlines() if (m := ERROR.match(line))]
    if result.returncode not in (0, 1) or (result.returncode == 1 and not errors):
        print(result.stdout + result.stderr)
        return result.returncode or 1
    keys = Counter(f"{m['path']}: {m['message']}" for m in errors)
    if "--update" in sys.argv:
        BASELINE.write_text("".join(f"{k}\n" for k in sorted(keys.elements())
                                    if not k.startswith(STRICT)), "utf-8")
        print(f"baseline: {sum(1 for k in keys.elements() if not k.startswith(STRICT))} errors")
    known = Counter(BASELINE.read_text("utf-8").splitlines()) if BASELINE.exists() else Counter()
    new = keys - known
    failing = [m.group(0) for m in errors
               if m["path"].startswith(STRICT) or f"{m['path']}: {m['message']}" in new]
    fixed = sum((known - keys).values())
    print(f"mypy: {len(errors)} errors, {sum(known.values())} in the baseline"
          + (f", {fixed} of them fixed (run with --update)" if fixed else ""))
    for line in failing:
        print(line)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
