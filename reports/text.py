"""Line breaking for Chinese text mixed with numbers and Latin words.

ReportLab's Paragraph breaks lines only at spaces, so a long Chinese sentence would run off
the page; ``wordWrap='CJK'`` breaks between any two characters, which splits ticket numbers,
phone numbers and percentages. :class:`CJKParagraph` breaks the text itself instead:

* between two Chinese characters, and at spaces;
* never inside a run of digits and Latin letters (``2026-000123``, ``83.3%``, ``12345热线``'s
  ``12345``) unless the run alone is wider than the line;
* never before closing punctuation (，。）》% …) nor after opening punctuation (（《“ …).

It then hands ReportLab one explicit line per ``<br/>``, with spaces made non-breaking, so
ReportLab keeps each line as it is.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.lib.styles import ParagraphStyle

#: A run that must stay together: digits, Latin letters and the punctuation inside numbers and codes.
_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.,:/%+\-@#&']*|\s+|.", re.S)
NO_LINE_START = set("，。、；：！？）》」』】〕”’％%,.;:!?)]}…—–·/")
NO_LINE_END = set("（《「『【〔“‘([{")
#: Slack so that rounding never makes ReportLab split a line we already fitted.
_EPSILON = 0.01


def units(text: str) -> list[str]:
    """Unbreakable pieces of ``text``; a piece that is only spaces marks a break opportunity."""
    out: list[str] = []
    opening = ""
    for tok in _TOKEN.findall(text):
        if tok.isspace():
            if opening:
                out.append(opening)
                opening = ""
            if out and not out[-1].isspace():
                out.append(" ")
            continue
        if tok[0] in NO_LINE_START and out and not out[-1].isspace() and not opening:
            out[-1] += tok  # closing punctuation stays with what it closes
            continue
        tok = opening + tok
        opening = ""
        if all(c in NO_LINE_END for c in tok):
            opening = tok  # opening punctuation goes with what follows
            continue
        out.append(tok)
    if opening:
        out.append(opening)
    return out


def break_lines(text: str, font: str, size: float, width: float, *, first_width: float | None = None) -> list[str]:
    """Greedy line breaking of one paragraph (no newlines) into lines no wider than ``width`` (the first
    line no wider than ``first_width`` when given: a first-line indent)."""
    full = max(width - _EPSILON, size)
    width = full if first_width is None else max(first_width - _EPSILON, size)
    lines: list[str] = []
    line = ""
    line_w = 0.0
    space_w = stringWidth(" ", font, size)
    pending_space = False
    for unit in units(text):
        if unit.isspace():
            pending_space = bool(line)
            continue
        w = stringWidth(unit, font, size)
        extra = (space_w if pending_space else 0.0) + w
        if line and line_w + extra <= width:
            line += (" " if pending_space else "") + unit
            line_w += extra
        elif not line and w <= width:
            line, line_w = unit, w
        elif w <= full:
            lines.append(line)
            width = full
            line, line_w = unit, w
        else:  # a piece wider than a whole line: break it between characters
            if line:
                lines.append(line)
                width = full
            line, line_w = "", 0.0
            for ch in unit:
                cw = stringWidth(ch, font, size)
                if line and line_w + cw > width:
                    lines.append(line)
                    width = full
                    line, line_w = "", 0.0
                line += ch
                line_w += cw
        pending_space = False
    if line or not lines:
        lines.append(line)
    return lines


def wrap_markup(text: str, font: str, size: float, width: float, *, indent: float = 0.0) -> str:
    """Paragraph markup for ``text`` broken into lines of ``width`` points (newlines kept); the very first
    line is ``indent`` points narrower (ReportLab indents only the paragraph's first line)."""
    out = []
    for i, para in enumerate(text.split("\n")):
        first = width - indent if i == 0 and indent else None
        for line in break_lines(para, font, size, width, first_width=first):
            out.append(escape(line).replace(" ", "\xa0"))
    return "<br/>".join(out)


class CJKParagraph(Flowable):
    """A paragraph of plain text (no markup) that wraps Chinese correctly; splits across pages."""

    def __init__(self, text: str, style: ParagraphStyle, *, charset: frozenset[int] | None = None) -> None:
        super().__init__()
        text = "" if text is None else str(text)
        if charset is not None:  # never draw an empty box: replace what the font cannot show
            text = "".join(c if ord(c) in charset or c in "\n\t " else "?" for c in text)
        self.text = text
        self.style = style
        self._para: Paragraph | None = None
        self._for_width: float | None = None
        self._wrapped: tuple[float, float] | None = None

    def __repr__(self) -> str:
        return f"CJKParagraph({self.text[:30]!r})"

    def _inner(self, avail_width: float) -> Paragraph:
        if self._para is None or self._for_width != avail_width:
            st = self.style
            usable = avail_width - st.leftIndent - st.rightIndent
            markup = wrap_markup(self.text, st.fontName, st.fontSize, usable, indent=max(0, st.firstLineIndent))
            self._para = Paragraph(markup, st)
            self._for_width = avail_width
            self._wrapped = None
        return self._para

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        # The lines depend on the width alone: a table cell is wrapped again each time its table is (to plan a
        # page, to lay it out, to split it), and breaking the same lines again cost a quarter of the slips' time.
        if self._para is None or self._for_width != availWidth or self._wrapped is None:
            self._wrapped = self._inner(availWidth).wrap(availWidth, availHeight)
        self.width, self.height = self._wrapped
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self._wrapped = None  # splitting leaves the inner paragraph to be wrapped again
        return self._inner(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter

    def minWidth(self) -> float:  # noqa: N802
        return max((stringWidth(u, self.style.fontName, self.style.fontSize) for u in units(self.text)
                    if not u.isspace()), default=0.0)
