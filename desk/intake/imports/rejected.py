"""The rejected rows of an import as an .xlsx to fix and import again: the original columns, then 行号 and 原因."""
from __future__ import annotations

from pathlib import Path

from desk.errors import ValidationError
from desk.intake.imports.dto import ImportReport


def write_rejected_xlsx(report: ImportReport, path: Path | str) -> Path:
    import xlsxwriter

    path = Path(path)
    try:
        wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                             "strings_to_formulas": False})
        ws = wb.add_worksheet("未导入的行")
        bold = wb.add_format({"bold": True})
        ws.write_row(0, 0, [*report.headers, "行号", "原因"], bold)
        width = len(report.headers)
        for r, row in enumerate(report.rejected_rows, start=1):
            cells = list(row.values[:width]) + [""] * (width - len(row.values[:width]))
            for c, value in enumerate(cells):
                if value:
                    ws.write_string(r, c, value)
            ws.write_number(r, width, row.row)
            ws.write_string(r, width + 1, row.reason)
        ws.freeze_panes(1, 0)
        wb.close()
    except OSError as exc:
        raise ValidationError("path", "无法保存文件 {name}：{error}", name=path.name[:80], error=str(exc)[:120]) from None
    return path
