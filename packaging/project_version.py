"""This checkout's version: internapp.__version__ as written in src/internapp/__init__.py.

pyproject.toml takes the version from there (`dynamic = ["version"]`), so the packaging scripts
read the same line without importing the package. Run as a script, it prints the version.
"""

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "internapp" / "__init__.py"


def project_version() -> str:
    for node in ast.parse(SOURCE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit(f"no __version__ in {SOURCE}")


if __name__ == "__main__":
    print(project_version())
