"""Every user-visible Chinese string in ui/ goes through tr() / translate() so that lupdate finds it."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _translated_literals(tree: ast.AST) -> set[int]:
    ok: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
                ok.update(id(a) for a in node.args if isinstance(a, ast.Constant))
    return ok


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: p.relative_to(UI).as_posix())
def test_no_untranslated_chinese_literals(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = _translated_literals(tree) | _docstrings(tree)
    bad = [(n.lineno, n.value) for n in ast.walk(tree)
           if isinstance(n, ast.Constant) and isinstance(n.value, str) and CJK.search(n.value) and id(n) not in allowed]
    assert bad == []
