"""打印派单单: one ticket's dispatch slip, rendered to PDF in the background, shown in Qt's print preview.

The preview (QPrintPreviewDialog, window-modal, opened with ``open()``) paints the PDF's page through QtPdf,
so what is previewed is exactly what is printed; its own buttons print or change the printer. The reporter's
phone is masked unless the user ticks 显示完整电话 (personal data leaves the app only when asked); a
confidential (保密) reporter never shows.
"""
from __future__ import annotations

import shutil
import tempfile
import weakref
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSize, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QMessageBox, QToolBar, QWidget

from desk.dto import TicketDetail
from ui.common.ops import Op, describe_error

#: Printing renders the page as an image at most this fine.
PRINT_DPI = 300


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` onto ``printer``, each scaled into the printable area; returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    count = document.pageCount()
    try:
        for page in range(count):
            if page:
                printer.newPage()
            pts = document.pagePointSize(page)
            image = document.render(page, QSize(round(pts.width() / 72 * dpi), round(pts.height() / 72 * dpi)))
            scale = min(area.width() / pts.width(), area.height() / pts.height())
            w, h = pts.width() * scale, pts.height() * scale
            painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)
    finally:
        painter.end()
    return count


class SlipPrinter(QObject):
    """Renders a ticket's 派单单 and opens the print preview (one at a time per window)."""

    #: A message for the status bar.
    status = Signal(str)
    #: The preview is open (tests look at it).
    preview_opened = Signal(object)

    def __init__(self, parent: QWidget, *, tz: tzinfo, font_path: Any = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tz = tz
        self._font_path = font_path  # a callable giving the configured font file, or None
        self.document = QPdfDocument(self)
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.busy = False
        self._tmp = Path(tempfile.mkdtemp(prefix="whistle-slip-"))
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self._tmp), True)
        self._count = 0

    def print_ticket(self, ticket: TicketDetail, *, office_name: str, printed_by: str, now: datetime,
                     full_phone: bool = False) -> bool:
        """Render ``ticket`` and show the preview; False while another one is being rendered."""
        if self.busy:
            return False
        self.busy = True
        self._count += 1
        out = self._tmp / f"slip-{ticket.number}-{self._count}.pdf"
        font = self._font_path() if callable(self._font_path) else self._font_path
        tz = self._tz

        def render() -> Path:
            from reports.slip import render_dispatch_slip  # ReportLab loads with the first slip, not at start

            render_dispatch_slip(ticket, out, office_name=office_name, tz=tz, printed_at=now, printed_by=printed_by,
                                 mask_phone=not full_phone, font_path=font or None)
            return out

        Op(self, render, lane="render").success(lambda path: self._rendered(ticket, path, office_name, printed_by,
                                                                            now, full_phone)) \
            .failure(self._failed).run()
        return True

    def _failed(self, exc: BaseException) -> None:
        from reports.fonts import FontNotFound

        self.busy = False
        title = self.tr("找不到中文字体") if isinstance(exc, FontNotFound) else self.tr("无法生成派单单")
        message = exc.message if isinstance(exc, FontNotFound) else describe_error(exc)
        self.status.emit(message)
        QMessageBox.warning(self._parent, title, message)

    def _rendered(self, ticket: TicketDetail, path: Path, office_name: str, printed_by: str, now: datetime,
                  full_phone: bool) -> None:
        self.busy = False
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self._failed(RuntimeError(self.tr("派单单已生成，但无法预览。")))
            return
        if self.preview is not None:  # the same preview, with the phone shown or masked now
            self.preview.findChild(QPrintPreviewWidget).updatePreview()
            return
        # kept while the preview is open: the dialog does not own its printer (a collected one crashes it)
        printer = self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("派单单 %1").replace("%1", ticket.number))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dlg = QPrintPreviewDialog(printer, self._parent)
        dlg.setWindowTitle(self.tr("打印派单单 — %1").replace("%1", ticket.number))
        dlg.resize(980, 900)  # room for the preview's toolbar and the 显示完整电话 choice
        dlg.paintRequested.connect(lambda p: paint_pdf(self.document, p))
        phone = QCheckBox(self.tr("显示完整电话"), dlg)
        phone.setObjectName("fullPhone")
        phone.setToolTip(self.tr("派单单默认隐去反映人电话的中间四位；保密工单的反映人始终不显示"))
        phone.setChecked(full_phone)
        phone.setEnabled(not ticket.confidential)
        phone.toggled.connect(lambda on: self.print_ticket(ticket, office_name=office_name, printed_by=printed_by,
                                                          now=now, full_phone=on))
        toolbar = dlg.findChild(QToolBar)  # the preview's own toolbar: the choice sits with its buttons
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(phone)
        dlg.finished.connect(self._closed)
        self.preview = dlg
        dlg.open()
        self.status.emit(self.tr("工单 %1 的派单单已生成，请在预览中打印").replace("%1", ticket.number))
        self.preview_opened.emit(dlg)

    def _closed(self, _result: int) -> None:
        dlg, self.preview = self.preview, None
        if dlg is not None:
            dlg.deleteLater()  # (the printer goes with the next preview, after the dialog is gone)

    def cleanup(self) -> None:
        self.document.close()
        self._finalizer()


__all__ = ["SlipPrinter", "paint_pdf"]
