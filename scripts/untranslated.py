"""Lists the user-visible strings in src/internapp/ui that do not go through Qt's translation yet:
literal or f-string arguments of the calls that put text on screen (setText, QLabel, addRow,
QMessageBox.question, …). For the tr() sweep; prints file:line and the text, and how many.

    .venv-test/bin/python scripts/untranslated.py [PATH ...]
"""

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOWN = {"setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "addRow", "QLabel",
         "QPushButton", "addAction", "addMenu", "QAction", "QCheckBox", "QGroupBox", "addTab",
         "addItem", "addItems", "question", "warning", "information", "critical", "setTitle",
         "getOpenFileName", "getSaveFileName", "getExistingDirectory", "showMessage", "Section",
         "EmptyState", "ItemRow", "Column", "QMenu", "setStatusTip", "emit", "show_message",
         "setHorizontalHeaderLabels", "chip", "setSpecialValueText", "setSuffix", "group",
         "form_group", "QListWidgetItem", "QTableWidgetItem", "QInputDialog", "getText"}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _name(node: ast.AST) -> str:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{…}" for v in node.values)
    if isinstance(node, ast.IfExp):
        return _text(node.body) or _text(node.orelse)
    if isinstance(node, ast.BinOp):
        return _text(node.left) or _text(node.right)
    return None


def found(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"))
    wrapped = {id(arg) for call in ast.walk(tree) if isinstance(call, ast.Call)
               and _name(call.func) in WRAPPERS for arg in ast.walk(call)}
    hits = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _name(call.func) not in SHOWN:
            continue
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            text = _text(arg)
            if (text and id(arg) not in wrapped and WORDS.search(text) and " " in text.strip()) \
                    or (text and id(arg) not in wrapped and text[:1].isupper() and WORDS.search(text)):
                hits.append((arg.lineno, text))
    return hits


def main(paths: list[str]) -> int:
    files = [Path(p) for p in paths] or sorted((ROOT / "src" / "internapp" / "ui").rglob("*.py"))
    total = 0
    for path in files:
        for line, text in found(path):
            total += 1
            print(f"{path.relative_to(ROOT) if path.is_absolute() else path}:{line}: {text[:70]!r}")
    print(f"{total} string(s) on screen without tr()")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
