"""年度清单 → 进度通报…: the 项目进度通报 PDF of the year shown (issue 16 §4). The figures come from
``ActingUser.project_bulletin(year)`` on the database worker, the PDF is drawn by ``reports.projects`` on the render
worker; ``whistle-desk projects bulletin`` writes the same document."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.common.ops import Op, describe_error


class BulletinPrinter(QObject):
    """Choose where to save, build the figures, draw the PDF; says what happened on :attr:`status`."""

    status = Signal(str)
    #: The file written and its number of pages.
    written = Signal(str, int)
    #: True while a bulletin is being made.
    busy = Signal(bool)

    def __init__(self, window: QWidget, user) -> None:
        super().__init__(window)
        self._window, self._user = window, user

    def run(self, year: int) -> str | None:
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        name = self.tr("项目进度通报-%1年.pdf").replace("%1", str(year))
        path, _f = QFileDialog.getSaveFileName(self._window, self.tr("保存项目进度通报"), str(start / name),
                                               self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        user = self._user
        self.busy.emit(True)
        self.status.emit(self.tr("正在生成 %1 年项目进度通报…").replace("%1", str(year)))
        Op(self, lambda: user.project_bulletin(year)).success(lambda data: self._render(data, path)) \
            .failure(self._failed).run()
        return path

    def _render(self, data, path: str) -> None:
        def draw() -> int:
            from reports.projects import render_project_bulletin_pdf

            return render_project_bulletin_pdf(data, path)

        def done(pages: int) -> None:
            self.busy.emit(False)
            self.status.emit(self.tr("已生成项目进度通报：%1（%2 页）").replace("%1", path).replace("%2", str(pages)))
            self.written.emit(path, pages)

        Op(self, draw, lane="render").success(done).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        from reports.fonts import FontNotFound

        self.busy.emit(False)
        reason = str(exc) if isinstance(exc, FontNotFound) else describe_error(exc)
        self.status.emit(self.tr("未能生成项目进度通报：%1").replace("%1", reason))
