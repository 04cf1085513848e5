"""Finding a CJK font that ReportLab can embed, and registering it.

ReportLab embeds only TrueType-outline fonts (``.ttf``, ``.ttc``): OpenType/CFF fonts such as
Noto Sans CJK ``.otf`` cannot be embedded, and ``UnicodeCIDFont('STSong-Light')`` embeds
nothing (the reader must supply the glyphs). So we look for a TrueType font that really
has Chinese glyphs, in this order:

1. the configured path (a setting or ``--font``);
2. a font shipped with the app: ``resources/fonts/*.tt[fc]`` in the repository root or
   the bundle (PyInstaller), or ``fonts/`` next to this package;
3. the system's: Windows ``%WINDIR%\\Fonts\\msyh.ttc`` / ``simsun.ttc``; Linux WenQuanYi
   (``wqy-microhei.ttc``, ``wqy-zenhei.ttc``) or AR PL (``uming.ttc``, ``ukai.ttc``).

When none is usable, :class:`FontNotFound` says what was tried and why each was rejected.

An official document (通报) sets its body in 仿宋, its headings in 黑体 and its masthead in 小标宋.
:func:`find_font_set` looks for such faces among the shipped and system fonts (TrueType only, with
Chinese glyphs) and falls back, role by role, to the font found above.
"""
from __future__ import annotations

import glob
import hashlib
import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFile

#: Characters a usable font must have (Chinese of the report, digits, Latin).
PROBE = "报告周部门率第页共0123456789%ABCW"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
#: How many faces of a collection (.ttc) to try.
MAX_SUBFONTS = 8

_PACKAGE_DIR = Path(__file__).resolve().parent
WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf")
LINUX_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
LINUX_NAMES = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "uming.ttc", "ukai.ttc", "uming.ttf", "ukai.ttf")


class FontNotFound(Exception):
    """No TrueType font with Chinese glyphs could be found or used."""

    def __init__(self, tried: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        self.tried = tuple(tried)
        lines = "; ".join(f"{path}: {why}" for path, why in self.tried) or "（无候选 / no candidates）"
        message = (
            "找不到可嵌入 PDF 的中文 TrueType 字体，无法生成 PDF 文件。请在设置中指定 .ttf 或 .ttc 字体文件"
            "（例如 Windows 的 msyh.ttc 或 simsun.ttc，Linux 的文泉驿微米黑 wqy-microhei.ttc）；"
            "OpenType/CFF 字体（.otf，如 Noto Sans CJK）无法嵌入。"
            " / No CJK TrueType font usable for the PDF was found. Configure the path of a .ttf or .ttc"
            " font (e.g. msyh.ttc, simsun.ttc, wqy-microhei.ttc); OpenType/CFF fonts (.otf) cannot be"
            f" embedded. 已尝试 / tried: {lines}"
        )
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FontChoice:
    """A usable font: the file, the face inside a collection, and where it was found."""

    path: str
    subfont_index: int
    #: The font's own name, e.g. "WenQuanYiMicroHei".
    family: str
    #: "configured", "shipped" or "system".
    source: str
    #: Earlier candidates that were not usable, and why (for a note to the user).
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def font_name(self) -> str:
        """The name it is registered under with ReportLab (stable per file and face)."""
        digest = hashlib.sha1(f"{self.path}#{self.subfont_index}".encode()).hexdigest()[:10]
        return f"WD-CJK-{digest}"


# -- candidates -----------------------------------------------------------------------------
def shipped_dirs() -> list[Path]:
    dirs = [_PACKAGE_DIR.parent / "resources" / "fonts", _PACKAGE_DIR / "fonts"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.insert(0, Path(bundle) / "resources" / "fonts")
    return dirs


def _font_files(directory: Path) -> list[str]:
    if not directory.is_dir():
        return []
    return sorted(str(p) for p in directory.iterdir() if p.suffix.lower() in FONT_SUFFIXES and p.is_file())


def system_candidates() -> list[str]:
    out: list[str] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if sys.platform == "win32" or windir:
        base = Path(windir or r"C:\Windows") / "Fonts"
        out += [str(base / name) for name in WINDOWS_FONTS]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            out += [str(Path(local) / "Microsoft" / "Windows" / "Fonts" / n) for n in WINDOWS_FONTS]
    out.append("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    out.append("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    out.append("/usr/share/fonts/truetype/arphic/uming.ttc")
    out.append("/usr/share/fonts/truetype/arphic/ukai.ttc")
    for root in LINUX_DIRS:
        root = os.path.expanduser(root)
        if os.path.isdir(root):
            for name in LINUX_NAMES:
                out += sorted(glob.glob(os.path.join(root, "**", name), recursive=True))
    return list(dict.fromkeys(out))


def candidates(configured: str | None, *, shipped: bool = True, system: bool = True) -> list[tuple[str, str]]:
    """(path, source) in search order."""
    out: list[tuple[str, str]] = []
    if configured:
        out.append((str(Path(configured).expanduser()), "configured"))
    if shipped:
        for d in shipped_dirs():
            out += [(p, "shipped") for p in _font_files(d)]
    if system:
        out += [(p, "system") for p in system_candidates()]
    seen: set[str] = set()
    unique = []
    for path, source in out:
        if path not in seen:
            seen.add(path)
            unique.append((path, source))
    return unique


# -- checking one file ------------------------------------------------------------------------
_lock = threading.Lock()
_checked: dict[tuple[str, float], tuple[int, str] | str] = {}


def check_font(path: str) -> tuple[int, str]:
    """(face index, font name) of the first face of ``path`` that ReportLab can embed and that has
    Chinese glyphs; raises ValueError with the reason otherwise."""
    p = Path(path)
    if not p.is_file():
        raise ValueError("文件不存在 / no such file")
    key = (str(p), p.stat().st_mtime)
    with _lock:
        hit = _checked.get(key)
    if hit is None:
        hit = _check_uncached(p)
        with _lock:
            _checked[key] = hit
    if isinstance(hit, str):
        raise ValueError(hit)
    return hit


def _check_uncached(p: Path) -> tuple[int, str] | str:
    is_collection = False
    try:
        with open(p, "rb") as fh:
            is_collection = fh.read(4) == b"ttcf"
    except OSError as exc:
        return f"无法读取 / unreadable: {exc}"
    reasons = []
    for index in range(MAX_SUBFONTS if is_collection else 1):
        try:
            face = TTFontFile(str(p), subfontIndex=index, validate=0)
        except TTFError as exc:
            text = str(exc)
            if "bad subfontIndex" in text:
                break  # no more faces in the collection
            if "postscript outlines" in text:
                return "OpenType/CFF 轮廓，ReportLab 无法嵌入 / CFF (PostScript) outlines cannot be embedded"
            reasons.append(f"不是可用的 TrueType 字体 / not a usable TrueType font ({text})")
            break
        except Exception as exc:  # noqa: BLE001 - a damaged or foreign file
            reasons.append(f"不是字体文件 / not a font file ({type(exc).__name__})")
            break
        missing = [c for c in PROBE if ord(c) not in face.charToGlyph]
        if not missing:
            name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
            return index, name
        reasons.append(f"第 {index} 个字体缺少中文字形 / face {index} lacks glyphs: {''.join(missing[:8])}")
    return "; ".join(reasons) or "无法读取 / unreadable"


def find_cjk_font(configured: str | None = None, *, shipped: bool = True, system: bool = True) -> FontChoice:
    """The first usable CJK TrueType font in search order; FontNotFound if there is none.

    ``shipped=False`` / ``system=False`` leave out the app's own and the system's fonts (tests).
    """
    tried: list[tuple[str, str]] = []
    for path, source in candidates(configured, shipped=shipped, system=system):
        try:
            index, family = check_font(path)
        except ValueError as exc:
            if source != "system" or Path(path).exists():
                tried.append((path, str(exc)))
            continue
        return FontChoice(path=path, subfont_index=index, family=family, source=source, skipped=tuple(tried))
    if not tried and system:
        tried.append(("system", "未找到 msyh/simsun/文泉驿/AR PL 字体 / none of msyh, simsun, WenQuanYi, AR PL found"))
    raise FontNotFound(tried)


_registered: dict[str, frozenset[int]] = {}


def register(choice: FontChoice) -> str:
    """Register ``choice`` with ReportLab (once) and return its font name."""
    name = choice.font_name
    with _lock:
        if name not in _registered:
            font = TTFont(name, choice.path, subfontIndex=choice.subfont_index)
            pdfmetrics.registerFont(font)
            _registered[name] = frozenset(font.face.charToGlyph)
    return name


def charset(choice: FontChoice) -> frozenset[int]:
    """The code points the registered font has glyphs for."""
    register(choice)
    return _registered[choice.font_name]


# -- typefaces for an official document ----------------------------------------------------------
#: File names (lower case) per role, best first: 仿宋 for the body, 黑体 for headings, 小标宋 for the masthead
#: and the title. Windows ships simfang/simhei; 方正 and 华文 (STxxx) faces come with Office or WPS.
ROLE_FILES: dict[str, tuple[str, ...]] = {
    "body": ("simfang.ttf", "stfangso.ttf", "fzfsjw.ttf", "fzfsk.ttf", "fangsong.ttf", "fangsong_gb2312.ttf",
             "仿宋_gb2312.ttf", "仿宋.ttf"),
    "heading": ("simhei.ttf", "fzhtjw.ttf", "fzhtk.ttf", "stheiti.ttf", "黑体.ttf"),
    "title": ("fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋简体.ttf", "方正小标宋_gbk.ttf", "stzhongs.ttf", "simhei.ttf",
              "fzhtjw.ttf"),
}
#: Looser patterns, tried after the exact names.
ROLE_PATTERNS: dict[str, str] = {
    "body": r"fang.?song|simfang|stfangso|仿宋",
    "heading": r"simhei|heiti|黑体",
    "title": r"xiaobiaosong|fzxbs|小标宋|zhongsong|stzhongs",
}
ROLES = tuple(ROLE_FILES)


@dataclass(frozen=True)
class FontSet:
    """The registered font names of the document's roles; ``base`` is the one every role falls back to."""

    base: str
    body: str
    heading: str
    title: str
    #: The faces found for the roles (None: the role uses ``base``).
    choices: tuple[tuple[str, FontChoice | None], ...] = ()

    def charset(self, name: str) -> frozenset[int]:
        return _registered[name]


def _font_dirs() -> list[Path]:
    dirs = list(shipped_dirs())
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if sys.platform == "win32" or windir:
        dirs.append(Path(windir or r"C:\Windows") / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    dirs += [Path(os.path.expanduser(d)) for d in LINUX_DIRS]
    return dirs


_files_cache: list[str] | None = None


def _all_font_files() -> list[str]:
    """Every font file under the shipped and system font folders (walked once per process)."""
    global _files_cache
    with _lock:
        if _files_cache is not None:
            return _files_cache
    found: list[str] = []
    for d in _font_dirs():
        if not d.is_dir():
            continue
        for root, _dirs, files in os.walk(d):
            found += [os.path.join(root, f) for f in sorted(files) if f.lower().endswith(FONT_SUFFIXES)]
    with _lock:
        _files_cache = list(dict.fromkeys(found))
        return _files_cache


def role_candidates(role: str) -> list[str]:
    """Font files that look like the role's typeface, best first."""
    files = _all_font_files()
    by_name: dict[str, list[str]] = {}
    for f in files:
        by_name.setdefault(os.path.basename(f).lower(), []).append(f)
    out = [f for name in ROLE_FILES[role] for f in by_name.get(name, [])]
    pattern = re.compile(ROLE_PATTERNS[role], re.I)
    out += [f for f in files if pattern.search(os.path.basename(f))]
    return list(dict.fromkeys(out))


def find_role_font(role: str) -> FontChoice | None:
    """The first usable TrueType face for ``role`` ("body", "heading", "title"), or None."""
    for path in role_candidates(role):
        try:
            index, family = check_font(path)
        except ValueError:
            continue
        return FontChoice(path=path, subfont_index=index, family=family, source="system")
    return None


def find_font_set(configured: str | None = None, *, search: bool = True) -> FontSet:
    """The base font (:func:`find_cjk_font`) and, when ``search``, a 仿宋, a 黑体 and a 小标宋 face if the
    system has them. Raises :class:`FontNotFound` when not even the base font is usable."""
    base_choice = find_cjk_font(configured, shipped=search, system=search)
    base = register(base_choice)
    names: dict[str, str] = {}
    choices = []
    for role in ROLES:
        choice = find_role_font(role) if search else None
        choices.append((role, choice))
        names[role] = register(choice) if choice is not None else base
    return FontSet(base=base, body=names["body"], heading=names["heading"], title=names["title"],
                   choices=tuple(choices))
