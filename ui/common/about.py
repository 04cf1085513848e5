"""关于 (About): the versions, where the data and the log are, and a 复制 button for IT; the 帮助 menu."""
from __future__ import annotations

import importlib.metadata
import logging
import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, qVersion
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desk as desk_package
from desk import Desk, logs, paths, secrets
from ui.common.crash import crash_reporter, open_folder
from ui.common.notify import app_icon

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def current_log_file() -> Path:
    """The log file in use: the crash reporter's, a file handler's of the root logger, or the default path."""
    rep = crash_reporter()
    if rep is not None and rep.log_file is not None:
        return rep.log_file
    for h in logging.getLogger().handlers:
        name = getattr(h, "baseFilename", None)
        if name and Path(name).name == logs.LOG_FILE_NAME:
            return Path(name)
    return paths.log_dir() / logs.LOG_FILE_NAME


def backend_name(desk: Desk) -> str:
    if desk.backend == "sqlite":
        return translate("about", "SQLite（仅本机）")
    if desk.backend == "postgresql":
        return translate("about", "PostgreSQL（共享服务器）")
    return desk.backend


def database_location(desk: Desk) -> str:
    """The SQLite file, or the server URL without a password."""
    location = desk.location
    if desk.backend == "sqlite" and location.startswith("sqlite:///"):
        return location[len("sqlite:///"):]
    return secrets.redact(location)


def search_index(desk: Desk) -> str:
    """Whether search has its substring index; without it, why (every search then reads all tickets)."""
    missing = desk.search_index_missing()
    if missing is None:
        return translate("about", "已建立")
    return translate("about", "未建立，搜索会逐条查找、较慢（%1）").replace("%1", missing)


def about_rows(desk: Desk | None, log_file: Path | None = None) -> list[tuple[str, str]]:
    """(label, value) pairs the dialog shows and 复制 copies. Never a password."""
    rows = [
        (translate("about", "版本"), desk_package.__version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()}, "
                                       f"{'64' if sys.maxsize > 2**32 else '32'}-bit)"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLAlchemy", _dist_version("SQLAlchemy")),
        (translate("about", "操作系统"), platform.platform()),
    ]
    if getattr(sys, "frozen", False):
        rows.append((translate("about", "安装方式"), translate("about", "安装包")))
    if desk is not None:
        rows.append((translate("about", "数据库"), backend_name(desk)))
        rows.append((translate("about", "数据库位置"), database_location(desk)))
        rows.append((translate("about", "搜索索引"), search_index(desk)))
    rows.append((translate("about", "日志文件"), str(log_file or current_log_file())))
    rows.append((translate("about", "数据文件夹"), str(paths.data_dir())))
    settings_file = QSettings().fileName()
    if settings_file:
        rows.append((translate("about", "设置"), settings_file))
    return rows


class AboutDialog(QDialog):
    """Name, icon, versions, database location and backend, log file and data folder; 复制 copies it all."""

    def __init__(self, parent: QWidget | None, desk: Desk | None, *, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("关于吹哨报到工作台"))
        self.setMinimumWidth(560)
        self.log_file = log_file or current_log_file()
        self.rows = about_rows(desk, self.log_file)
        lay = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(icon)
        names = QVBoxLayout()
        title = QLabel(self.tr("吹哨报到工作台"), self)
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        names.addWidget(title)
        names.addWidget(QLabel(self.tr("Whistle Desk %1 · 街道“吹哨报到”工单办理").replace("%1", desk_package.__version__),
                               self))
        names.addStretch(1)
        head.addLayout(names, 1)
        lay.addLayout(head)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.value_labels: dict[str, QLabel] = {}
        for label, value in self.rows:
            v = QLabel(value, self)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            v.setMinimumWidth(380)
            form.addRow(label, v)
            self.value_labels[label] = v
        lay.addLayout(form)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("复制"), self)
        self.copy_button.setToolTip(self.tr("把以上信息复制到剪贴板，便于发给管理员"))
        self.copy_button.clicked.connect(lambda _c=False: self.copy())
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("打开日志文件夹"), self)
        self.folder_button.clicked.connect(lambda _c=False: open_folder(self.log_file.parent))
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def text(self) -> str:
        """Everything shown, as plain text (what 复制 copies)."""
        lines = [self.tr("吹哨报到工作台 / Whistle Desk")]
        lines += [f"{label}: {value}" for label, value in self.rows]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("已复制"))


def show_about(parent: QWidget | None, desk: Desk | None) -> AboutDialog:
    """Open the About dialog (non-blocking, deleted when closed) and return it."""
    dlg = AboutDialog(parent, desk)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


def help_menu(parent: QWidget, desk: Desk | None) -> QMenu:
    """帮助(&H): 关于吹哨报到工作台… and 打开日志文件夹. The main window adds it to its menu bar."""
    menu = QMenu(translate("about", "帮助(&H)"), parent)
    menu.setObjectName("help_menu")
    about = QAction(translate("about", "关于吹哨报到工作台…"), menu)
    about.setObjectName("action_about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda _c=False: show_about(parent, desk))
    menu.addAction(about)
    folder = QAction(translate("about", "打开日志文件夹"), menu)
    folder.setObjectName("action_log_folder")
    folder.setStatusTip(translate("about", "出现问题时，可把其中的 whistle-desk.log 发给管理员"))
    folder.triggered.connect(lambda _c=False: open_folder(current_log_file().parent))
    menu.addAction(folder)
    return menu


__all__ = ["AboutDialog", "about_rows", "current_log_file", "help_menu", "show_about"]
