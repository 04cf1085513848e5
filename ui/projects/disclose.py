"""文件 → 发布阳光工程网站…: the static public site of the year's projects and the office's 三率 (issue 16 §4),
written by ``reports.disclosure`` from what ``ActingUser.disclosure()`` returns; ``whistle-desk disclose`` on the
command line writes the same site."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.permissions import role_may
from ui.common.ops import Op, show_error
from ui.common.widgets import make_action


def site_folder(chosen: Path, default_name: str) -> Path:
    """The chosen folder when it is empty or an earlier site; otherwise a new folder ``default_name`` inside it (a
    clerk picks the desktop, not an empty folder)."""
    from desk.disclosure import MARKER

    if not chosen.is_dir() or not any(chosen.iterdir()) or (chosen / MARKER).exists():
        return chosen
    return chosen / default_name


class Disclose(QObject):
    """The action and its run: choose a folder, build the data on the database worker, write the site."""

    status = Signal(str)
    #: The folder written and its number of pages.
    written = Signal(str, int)

    def __init__(self, window: QWidget, user) -> None:
        super().__init__(window)
        self._window, self._user = window, user
        self.action = make_action(window, self.tr("发布阳光工程网站…"), self.run, name="action_disclose",
                                  tip=self.tr("生成可公开的静态网站：年度重点民生工程清单、项目详情和近十二个月的三率，不含居民个人信息"))
        self.action.setVisible(role_may("disclosure", user.role))

    def run(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(self._window, self.tr("选择保存阳光工程网站的文件夹"), start)
        if not chosen:
            return
        target = site_folder(Path(chosen), self.tr("阳光工程网站"))
        user = self._user
        self.action.setEnabled(False)
        self.status.emit(self.tr("正在生成阳光工程网站…"))

        def work() -> int:
            from reports.disclosure import write_site

            return write_site(user.disclosure(), target)

        def done(pages: int) -> None:
            self.status.emit(self.tr("已生成阳光工程网站：%1（%2 个网页），用浏览器打开其中的 index.html 查看。")
                             .replace("%1", str(target)).replace("%2", str(pages)))
            self.written.emit(str(target), pages)

        def failed(exc: BaseException) -> None:
            self.status.emit(self.tr("未能生成阳光工程网站。"))
            show_error(self._window, exc)

        Op(self, work).success(done).failure(failed).finally_(lambda: self.action.setEnabled(True)).run()
