"""Refresh the translation sources from ui/*.py and the core's messages, and compile them.

    python tools/update_translations.py            # lupdate -> .ts (keeps existing translations), lrelease -> .qm
    python tools/update_translations.py --check    # the same, then exit 1 if English has unfinished messages
                                                   # (or desk/ has a message it cannot extract)
    python tools/update_translations.py --no-release   # only refresh the .ts files
    python tools/update_translations.py --apply new.json   # fill English from {"source": "English", ...}

What it does:

1. ``pyside6-lupdate`` scans every ``ui/**/*.py`` (source language ``zh_CN``: the strings in the code are
   Chinese), together with the core's messages under the context ``desk`` (see below), into
   ``resources/translations/whistle_desk_en.ts`` and ``whistle_desk_zh_CN.ts``. Existing
   translations are kept; new strings arrive as ``type="unfinished"``; strings no longer in the code are
   kept as ``type="vanished"`` (``--drop-obsolete`` removes them).
2. In ``whistle_desk_zh_CN.ts`` every unfinished message gets its source text as the translation (Chinese
   is the source language; a wording can still be changed there without touching the code).
3. ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` next to it (the app loads those; the bundle
   ships them). The ``.qm`` files are build outputs: never edit them, run this script.
4. It lists the English messages that still need a translation. Translate them in
   ``whistle_desk_en.ts`` (Qt Linguist, or any editor: fill ``<translation>`` and remove
   ``type="unfinished"``), then run the script again. ``tests/ui/test_languages.py`` fails while any
   message is unfinished.

The core's messages (``desk/errors.py``): :func:`desk_messages` reads every ``desk/**/*.py`` with
``ast`` and collects the literal template of each ``Message`` and ``DeskError`` construction (the classes
of ``desk/errors.py`` and their subclasses in ``desk/``) and the text of each ``Term`` parameter (a
literal, or every value of the dict literal it is picked from). They are written to a temporary ``.py``
file of ``QT_TRANSLATE_NOOP("desk", "…")`` lines that lupdate reads along with ``ui/*.py``. A construction
whose template is not a literal (nor forwarded from another error or message) is reported by
:func:`desk_problems`; ``tests/core/test_error_templates.py`` fails on it. Keep the ``{name}`` fields in a
translation.
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
DESK = ROOT / "desk"
#: The lupdate context of the core's messages (ui/common/i18n.py translates Message and DeskError templates in it).
DESK_CONTEXT = "desk"
#: The classes of desk/errors.py built from a template; ``True`` when the template is the second argument
#: (after ``field``).
TEMPLATE_CLASSES = {"Message": False, "DeskError": False, "ValidationError": True, "PermissionDenied": False,
                    "ConflictError": False, "NotFound": False, "AuthError": False, "DatabaseUnavailable": False,
                    "SchemaTooNew": False}
TERM = "Term"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("en", "zh_CN")
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(lang: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"whistle_desk_{lang}.ts"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: next to this Python first (a venv), then on PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials) in this environment")
    return found


def sources(ui: Path = UI) -> list[Path]:
    return sorted(p for p in ui.rglob("*.py") if p.is_file())  # ui/ and its area folders


# -- the core's messages ----------------------------------------------------------------------------------
class DeskMessages:
    """What :func:`scan_desk` found: {text: first "path:line"} of templates and Terms, and the problems."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.problems: list[str] = []


def _called_name(node: ast.Call) -> str | None:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _template_classes(trees: dict[Path, ast.Module]) -> dict[str, bool]:
    """TEMPLATE_CLASSES plus their subclasses defined in desk/ (by base-class name, to a fixed point)."""
    classes = dict(TEMPLATE_CLASSES)
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in classes:
                    bases = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else None
                             for b in node.bases]
                    known = [b for b in bases if b in classes]
                    if known:
                        classes[node.name] = classes[known[0]]
                        changed = True
    return classes


def template_fields(template: str) -> list[str] | None:
    """The ``{name}`` fields of a template, or None when it has anything else (``{0}``, ``{x!r}``, ``{x:>3}``,
    ``{a.b}``, an unmatched brace)."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    names = []
    for _text, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            return None
        names.append(name)
    return names


def _module_dicts(tree: ast.Module) -> dict[str, ast.Dict]:
    out = {}
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        value = getattr(node, "value", None)
        if isinstance(value, ast.Dict):
            for t in targets:
                if isinstance(t, ast.Name):
                    out[t.id] = value
    return out


def _labels_imports(tree: ast.Module) -> dict[str, str]:
    """{local name: name in desk.labels} of ``from desk.labels import …``."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "desk.labels":
            for a in node.names:
                out[a.asname or a.name] = a.name
    return out


def scan_desk(desk: Path = DESK) -> DeskMessages:
    """Every message and error template and Term text of ``desk/**/*.py``, and every construction that hides
    one."""
    root = desk.parent
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(desk.rglob("*.py"))}
    classes = _template_classes(trees)
    labels_file = desk / "labels.py"
    labels = _module_dicts(trees[labels_file]) if labels_file in trees else {}
    found = DeskMessages()

    def add(text: str, where: str) -> None:
        found.texts.setdefault(text, where)

    for path, tree in trees.items():
        if path in (desk / "errors.py", desk / "notes.py"):
            # the classes themselves (a DeskError builds its Message from its own arguments), and the stored
            # program notes read back (each was written with a literal template, found where it was written)
            continue
        rel = path.relative_to(root).as_posix()
        dicts = _module_dicts(tree)
        imported = _labels_imports(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            where = f"{rel}:{node.lineno}"
            if name == TERM:
                _scan_term(node, where, dicts, {k: labels[v] for k, v in imported.items() if v in labels},
                           add, found.problems)
            elif name in classes:
                _scan_template(node, name, classes[name], where, add, found.problems)
    return found


def _scan_template(node: ast.Call, name: str, has_field: bool, where: str, add, problems: list[str]) -> None:
    index = 1 if has_field else 0
    if len(node.args) != index + 1 or any(isinstance(a, ast.Starred) for a in node.args):
        problems.append(f"{where}: {name}(...) needs {'a field and ' if has_field else ''}one template argument")
        return
    arg = node.args[index]
    keywords = node.keywords
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        fields = template_fields(arg.value)
        passed = {k.arg for k in keywords}
        if fields is None:
            problems.append(f"{where}: {name} template may only use plain {{name}} fields: {arg.value!r}")
        elif None in passed:
            problems.append(f"{where}: {name} with a literal template takes named parameters, not **mapping")
        elif set(fields) != passed:
            problems.append(f"{where}: {name} template fields {sorted(set(fields))} differ from the parameters "
                            f"{sorted(passed)}")
        else:
            add(arg.value, where)
        return
    forwarded = (isinstance(arg, ast.Attribute) and arg.attr == "template" and len(keywords) == 1
                 and keywords[0].arg is None and isinstance(keywords[0].value, ast.Attribute)
                 and keywords[0].value.attr == "params"
                 and ast.dump(keywords[0].value.value) == ast.dump(arg.value))
    if not forwarded:
        problems.append(f"{where}: {name} message is not a literal template (nor X.template, **X.params "
                        f"of another error or message): {ast.unparse(arg)}")


def _scan_term(node: ast.Call, where: str, dicts: dict[str, ast.Dict], labels: dict[str, ast.Dict], add,
               problems: list[str]) -> None:
    arg = node.args[0] if len(node.args) == 1 and not node.keywords else None
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        add(arg.value, where)
        return
    table = None
    if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
        table = arg.value.id
    elif (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "get"
          and isinstance(arg.func.value, ast.Name)):
        table = arg.func.value.id
    d = dicts.get(table) or labels.get(table) if table else None
    values = d.values if d is not None else []
    if d is None or not all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values):
        problems.append(f"{where}: Term(...) takes a literal, or TABLE[key] / TABLE.get(...) of a dict literal of "
                        f"strings in this module or desk.labels: {ast.unparse(node)}")
        return
    for v in values:
        add(v.value, where)  # type: ignore[union-attr]


def desk_messages(desk: Path = DESK) -> list[str]:
    """The texts lupdate gets under the context ``desk`` (templates and Terms), in first-seen order."""
    return list(scan_desk(desk).texts)


def desk_problems(desk: Path = DESK) -> list[str]:
    """Message and error constructions in desk/ whose template the extraction cannot see (should be none)."""
    return scan_desk(desk).problems


@contextlib.contextmanager
def desk_messages_file(desk: Path = DESK) -> Iterator[Path]:
    """A temporary .py of ``QT_TRANSLATE_NOOP("desk", "…")`` lines for lupdate; deleted afterwards."""
    with tempfile.TemporaryDirectory(prefix="whistle-desk-messages-") as tmp:
        path = Path(tmp) / "desk_messages.py"
        lines = [f"QT_TRANSLATE_NOOP({json.dumps(DESK_CONTEXT)}, {json.dumps(t, ensure_ascii=False)})\n"
                 for t in desk_messages(desk)]
        path.write_text("# generated by tools/update_translations.py\n" + "".join(lines), encoding="utf-8")
        yield path


# -- lupdate / lrelease ----------------------------------------------------------------------------------------
def lupdate(ts: Path, lang: str, files: list[Path] | None = None, *, drop_obsolete: bool = False,
            quiet: bool = False) -> subprocess.CompletedProcess:
    """Run lupdate over ``files`` (default: ui/*.py and the core's messages) into ``ts``; returns the process."""
    if files is None:
        with desk_messages_file() as generated:
            return lupdate(ts, lang, [*sources(), generated], drop_obsolete=drop_obsolete, quiet=quiet)
    cmd = [tool("pyside6-lupdate"), *map(str, files), "-source-language", SOURCE_LANGUAGE,
           "-target-language", lang, "-locations", "none", "-ts", str(ts)]
    if drop_obsolete:
        cmd.insert(-2, "-no-obsolete")
    if quiet:
        cmd.insert(1, "-silent")
    return subprocess.run(cmd, check=True, capture_output=True, text=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def is_live(message: ET.Element) -> bool:
    """A message still in the code (not vanished or obsolete)."""
    t = message.find("translation")
    return t is None or t.get("type") not in ("vanished", "obsolete")


def is_finished(message: ET.Element) -> bool:
    t = message.find("translation")
    if t is None or t.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":
        forms = t.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((t.text or "").strip())


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every live message of ``ts`` without a finished translation."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for m in ctx.iter("message"):
            if is_live(m) and not is_finished(m):
                out.append((name, m.findtext("source", "")))
    return out


def fill_with_source(ts: Path) -> int:
    """Give every unfinished message its source text as the translation (the source language's own .ts)."""
    tree = ET.parse(ts)
    n = 0
    for m in tree.getroot().iter("message"):
        t = m.find("translation")
        if t is None or not is_live(m) or is_finished(m):
            continue
        source = m.findtext("source", "")
        if m.get("numerus") == "yes":
            forms = t.findall("numerusform") or [ET.SubElement(t, "numerusform")]
            for f in forms:
                f.text = source
        else:
            t.text = source
        t.attrib.pop("type", None)
        n += 1
    if n:
        write_ts(tree, ts)
    return n


def apply_translations(ts: Path, translations: dict[str, str], *, overwrite: bool = False) -> int:
    """Fill unfinished messages of ``ts`` from ``translations`` ({"Context|source" or "source": text}; the
    context-qualified key wins). Returns how many messages were filled. Finished ones are kept unless
    ``overwrite``."""
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or not is_live(m) or (is_finished(m) and not overwrite):
                continue
            source = m.findtext("source", "")
            text = translations.get(f"{name}|{source}", translations.get(source))
            if not text:
                continue
            if m.get("numerus") == "yes":
                forms = t.findall("numerusform") or [ET.SubElement(t, "numerusform")]
                for f in forms:
                    f.text = text
            else:
                t.text = text
            t.attrib.pop("type", None)
            n += 1
    if n:
        write_ts(tree, ts)
    return n


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(TS_HEADER + body + "\n", encoding="utf-8")


def update(*, release: bool = True, drop_obsolete: bool = False, verbose: bool = True) -> dict[str, list]:
    """Refresh both .ts files (and the .qm files); returns {language: unfinished messages}."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    result = {}
    for lang in LANGUAGES:
        ts = ts_path(lang)
        proc = lupdate(ts, lang, drop_obsolete=drop_obsolete)
        if verbose:
            print(f"{ts.relative_to(ROOT)}: " + " ".join(proc.stdout.split()))
        if lang == SOURCE_LANGUAGE and fill_with_source(ts):
            lupdate(ts, lang, drop_obsolete=drop_obsolete, quiet=True)  # back to lupdate's own layout
        result[lang] = unfinished(ts)
        if release:
            qm = lrelease(ts)
            if verbose:
                print(f"  -> {qm.relative_to(ROOT)} ({qm.stat().st_size} bytes)")
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="exit 1 when English has unfinished messages")
    p.add_argument("--no-release", action="store_true", help="do not compile the .qm files")
    p.add_argument("--drop-obsolete", action="store_true", help="remove messages that are no longer in the code")
    p.add_argument("--apply", metavar="FILE.json", type=Path,
                   help='first fill unfinished English messages from a JSON object {"source": "English", '
                        '"Context|source": "English", ...}')
    args = p.parse_args(argv)
    if args.apply:
        mapping = json.loads(args.apply.read_text(encoding="utf-8"))
        lupdate(ts_path("en"), "en", drop_obsolete=args.drop_obsolete, quiet=True)
        print(f"{apply_translations(ts_path('en'), mapping)} English message(s) filled from {args.apply}")
    result = update(release=not args.no_release, drop_obsolete=args.drop_obsolete)
    missing = result["en"]
    if missing:
        print(f"\n{len(missing)} English message(s) still need a translation in "
              f"{ts_path('en').relative_to(ROOT)}:")
        for ctx, source in missing:
            print(f"  [{ctx}] {source}")
    else:
        print("\nEnglish: every message is translated.")
    problems = desk_problems()
    if problems:
        print(f"\n{len(problems)} message(s) in desk/ cannot be extracted (use a literal template):")
        for problem in problems:
            print(f"  {problem}")
    return 1 if args.check and (missing or problems) else 0


if __name__ == "__main__":
    sys.exit(main())
