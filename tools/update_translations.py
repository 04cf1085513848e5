"""Refresh the translation sources from ui/*.py and compile them.

    python tools/update_translations.py            # lupdate -> .ts (keeps existing translations), lrelease -> .qm
    python tools/update_translations.py --check    # the same, then exit 1 if English has unfinished messages
    python tools/update_translations.py --no-release   # only refresh the .ts files
    python tools/update_translations.py --apply new.json   # fill English from {"source": "English", ...}

What it does:

1. ``pyside6-lupdate`` scans every ``ui/*.py`` (source language ``zh_CN``: the strings in the code are
   Chinese) into ``resources/translations/whistle_desk_en.ts`` and ``whistle_desk_zh_CN.ts``. Existing
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
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
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
    return sorted(p for p in ui.glob("*.py") if p.is_file())


def lupdate(ts: Path, lang: str, files: list[Path] | None = None, *, drop_obsolete: bool = False,
            quiet: bool = False) -> subprocess.CompletedProcess:
    """Run lupdate over ``files`` (default: ui/*.py) into ``ts``; returns the finished process."""
    files = sources() if files is None else files
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
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
