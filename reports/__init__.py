"""Printed and exported documents from plain data built by desk.stats (no SQL, no Qt).

    from reports import render_bulletin_pdf, render_department_slips_pdf, write_workbook
    render_bulletin_pdf(report, "通报.pdf", comment="……", font_path=None, progress=None)
    render_department_slips_pdf(report, "部门工作单.pdf", departments=None)
    write_workbook(report, "附表.xlsx")

The PDF renderers raise :class:`reports.fonts.FontNotFound` when no embeddable Chinese TrueType font is found.
"""
from reports.bulletin import BULLETIN_MAX_PAGES, render_bulletin_pdf, render_department_slips_pdf
from reports.fonts import FontChoice, FontNotFound, find_cjk_font
from reports.workbook import write_workbook

__all__ = ["BULLETIN_MAX_PAGES", "FontChoice", "FontNotFound", "find_cjk_font", "render_bulletin_pdf",
           "render_department_slips_pdf", "write_workbook"]
