"""What the printed documents share: page geometry, colours, number formats, the page machinery
(numbered pages, content pinned to the foot of a page) and writing a file atomically.

The 派单单 (:mod:`reports.slip`) uses the plain geometry (``MARGIN_X``, ``BODY_W``); the 通报 and the
部门工作单 (:mod:`reports.bulletin`) use the official document's (``DOC_*``, after GB/T 9704-2012).
"""
from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desk.stats.data import Ratio, percent, round1  # noqa: F401 - round1 is used by reports.charts

# -- geometry and colours of the plain documents (派单单) ----------------------------------------
PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
HEAD = colors.HexColor("#1f3a5f")
HEAD_BG = colors.HexColor("#e8eef5")
RULE = colors.HexColor("#b8c4d2")
RED = colors.HexColor("#c0392b")

# -- the official document (通报, 部门工作单) -----------------------------------------------------
#: GB/T 9704 asks for 37 mm / 28 mm / 35 mm / 26 mm (top, left, bottom, right) with 3号 type; with our
#: smaller type the margins are a little narrower, in the same proportions.
DOC_LEFT = 26 * mm
DOC_RIGHT = 24 * mm
DOC_TOP = 28 * mm
DOC_BOTTOM = 26 * mm
DOC_W = PAGE_W - DOC_LEFT - DOC_RIGHT
DOC_H = PAGE_H - DOC_TOP - DOC_BOTTOM
#: The masthead's and the separating rule's red (GB/T 9704: 红色).
DOC_RED = colors.HexColor("#e60012")
DOC_INK = colors.black
DOC_GRID = colors.HexColor("#444444")
DOC_SHADE = colors.HexColor("#f0f0f0")

Progress = Callable[[float], None]


# -- numbers ---------------------------------------------------------------------------------
#: One decimal, halves up; a rate as "81.3%" (desk.stats.data: the one rule for the core's texts and ours).
pct = percent


def ratio_text(r: Ratio | None, *, counts: bool = True) -> str:
    """"81.3%（13/16）", or "—" when there is nothing to divide by."""
    if r is None or not r.whole or r.value is None:
        return "—"
    if not counts:
        return pct(r.value)
    part = f"{r.part:g}" if isinstance(r.part, float) and r.part != int(r.part) else str(int(r.part))
    return f"{pct(r.value)}（{part}/{r.whole}）"


def pp_change(now: float | None, before: float | None) -> str:
    """The change of a rate in percentage points: "↑2.1 个百分点", "↓0.4 个百分点", "持平" or "—"."""
    if now is None or before is None:
        return "—"
    diff = round1((now - before) * 100)
    if Decimal(diff) == 0:
        return "持平"
    return f"↑{diff} 个百分点" if not diff.startswith("-") else f"↓{diff[1:]} 个百分点"


def count_change(now: int | None, before: int | None, unit: str = "件") -> str:
    """"增加 40 件", "减少 3 件", "持平" or "—"."""
    if now is None or before is None:
        return "—"
    if now == before:
        return "持平"
    return f"增加 {now - before} {unit}" if now > before else f"减少 {before - now} {unit}"


# -- dates in office time ------------------------------------------------------------------------
def cn_date(d) -> str:
    """2026-11-30 -> "2026年11月30日" (成文日期: Arabic numerals, GB/T 9704-2012)."""
    return f"{d.year}年{d.month}月{d.day}日"


def short_time(t: datetime | None, tz: tzinfo) -> str:
    """"11-25 12:00" in office time (list cells)."""
    return "—" if t is None else t.astimezone(tz).strftime("%m-%d %H:%M")


def deadline_text(t: datetime, tz: tzinfo) -> str:
    """A deadline as people say it: midnight is the end of the day before ("2026年12月2日"), other
    instants carry their hour ("2026年12月2日18时" / "2026年12月2日18时30分")."""
    local = t.astimezone(tz)
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        return cn_date((local - timedelta(days=1)).date())
    minute = f"{local.minute}分" if local.minute else ""
    return f"{cn_date(local.date())}{local.hour}时{minute}"


# -- flowables ------------------------------------------------------------------------------------
class AtFoot(Flowable):
    """Flowables pinned to the foot of the page they land on (the 版记, the receipt line), with ``lead``
    flowables set where the flow is (the last lines of the text before, so that the foot is never alone).

    It takes the rest of the frame when everything fits there, and moves to the next page otherwise
    (content taller than a page flows as usual).
    """

    def __init__(self, flowables: Sequence[Flowable], *, lead: Sequence[Flowable] = ()) -> None:
        super().__init__()
        self.flowables = list(flowables)
        self.lead = list(lead)
        self._sizes: list[tuple[float, float]] = []
        self._need = 0.0
        self._lead_h = 0.0
        self._moved = 0

    @staticmethod
    def _height(fs: Sequence[Flowable], sizes: Sequence[tuple[float, float]]) -> float:
        return sum(h for _, h in sizes) + sum(f.getSpaceBefore() + f.getSpaceAfter() for f in fs)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        self._sizes = [f.wrap(availWidth, availHeight) for f in self.lead + self.flowables]
        n = len(self.lead)
        self._lead_h = self._height(self.lead, self._sizes[:n])
        self._need = self._height(self.flowables, self._sizes[n:])
        total = self._lead_h + self._need
        self.width = availWidth
        self.height = availHeight if availHeight >= total else total
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        """Move to the next page once; taller than a whole page, flow as plain content (never a LayoutError)."""
        self._moved += 1
        if self._moved < 2:
            return []
        content = self.lead + self.flowables
        first = content[0]
        if first.wrap(availWidth, availHeight)[1] <= availHeight:
            return content
        parts = first.split(availWidth, availHeight)
        return parts + content[1:] if parts else []

    def draw(self) -> None:
        y = self.height
        for f, (_, h) in zip(self.lead, self._sizes):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()
        y = self._need
        for f, (_, h) in zip(self.flowables, self._sizes[len(self.lead):]):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()


class Mark(Flowable):
    """An invisible mark: starts a section of the page numbering (a department's slip) and, with a
    title, adds a PDF bookmark."""

    def __init__(self, key: str, title: str = "", *, section: bool = False, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.section, self.level = key, title, section, level
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        if self.section:
            self.canv._sections.append((self.canv.getPageNumber(), self.key, self.title))
        if self.title:
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=True)


# -- the page furniture -----------------------------------------------------------------------------
#: (canvas, page number in the document, pages in the document, section title, page in the section,
#: pages in the section) -> draws the page's foot (and a running head).
Furniture = Callable[[Canvas, int, int, str, int, int], None]


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so that each can say its number within the
    document and within its section (see :class:`Mark`)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []
            self._sections: list[tuple[int, str, str]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held.append(dict(self.__dict__))
            # Bookmarks name their page "Page<n>" by this counter: keep it moving while pages are held.
            self._doc.pageCounter += 1
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            self._doc.pageCounter -= total
            starts = sorted({p for p, _, _ in self._sections} | {1})
            titles = {p: t for p, _, t in self._sections}
            for state in self._held:
                self.__dict__.update(state)
                page = self._pageNumber
                start = max(s for s in starts if s <= page)
                following = [s for s in starts if s > start]
                end = (following[0] - 1) if following else total
                self.saveState()
                furniture(self, page, total, titles.get(start, ""), page - start + 1, end - start + 1)
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


# -- files ------------------------------------------------------------------------------------------
_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask (read from /proc where there is one: setting it to read it is not thread-safe)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def write_atomically(out: str | os.PathLike | BinaryIO, write: Callable[[Any], None], *,
                     prefix: str = ".report-") -> None:
    """Call ``write(target)`` with a binary file (``out`` itself) or a path.

    A path is written to a temporary file beside it, which replaces ``out`` only when complete: a
    failure or a cancel leaves no file behind and an older ``out`` untouched. The new file gets the
    old one's permissions, or the user's usual ones (0666 less the umask; a temporary file is 0600).
    """
    if hasattr(out, "write"):
        write(out)
        return
    target = Path(out)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".pdf", dir=str(directory))
    os.close(fd)
    try:
        write(tmp)
        try:
            mode = target.stat().st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~current_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
