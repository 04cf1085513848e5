"""PDF rendering from plain data built by desk.stats (no SQL, no Qt).

    from reports import render_weekly_pdf
    render_weekly_pdf(report, "report.pdf", font_path=None, progress=None)

Raises :class:`reports.fonts.FontNotFound` when no embeddable Chinese TrueType font is found.
"""
from reports.fonts import FontChoice, FontNotFound, find_cjk_font
from reports.weekly import render_weekly_pdf

__all__ = ["FontChoice", "FontNotFound", "find_cjk_font", "render_weekly_pdf"]
