"""The viewer of a ticket's photos and documents (issue 15 §3): one at a time, zoomed to fit the window, with
上一张/下一张 (and the arrow keys), its file name, step, who added it and when. The stored file is read by an op;
meanwhile the thumbnail stands in. A PDF shows an icon: 用系统程序打开 writes it to a temporary file and opens it
with the system's viewer; 另存为… saves any attachment. 删除 (only the uploader's, while allowed) asks first."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.intake.attachments.dto import AttachmentFile, AttachmentInfo
from ui.common import labels
from ui.common.ops import Op, describe_error
from ui.intake.attachments import place_text


class PhotoViewer(QDialog):
    """Shows ``items[index]``; ← → move through ``items``."""

    #: An attachment was removed (its id).
    removed = Signal(int)

    def __init__(self, parent: QWidget | None, user: Any, items: Sequence[AttachmentInfo], index: int,
                 tz: tzinfo) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(self.tr("查看附件"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(900, 680)
        self.user = user
        self.items = list(items)
        self.index = index
        self._tz = tz
        #: attachment id -> its stored file (read once per viewer)
        self.files: dict[int, AttachmentFile] = {}
        self._pixmap: QPixmap | None = None
        self._gen = 0
        lay = QVBoxLayout(self)
        self.title = QLabel(self)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title)
        self.caption = QLabel(self)
        self.caption.setStyleSheet("color: #555;")
        lay.addWidget(self.caption)
        self.image = QLabel(self)
        self.image.setObjectName("photo")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(QSize(320, 240))
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # the window sizes it
        self.image.setStyleSheet("background: #1f2937; color: #e5e7eb;")
        lay.addWidget(self.image, 1)
        row = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ 上一张"), self)
        self.next_button = QPushButton(self.tr("下一张 ▶"), self)
        self.position = QLabel(self)
        self.open_button = QPushButton(self.tr("用系统程序打开"), self)
        self.save_button = QPushButton(self.tr("另存为…"), self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        for w in (self.prev_button, self.next_button, self.position):
            row.addWidget(w)
        row.addStretch(1)
        for w in (self.open_button, self.save_button, self.remove_button, self.close_button):
            row.addWidget(w)
        lay.addLayout(row)
        self.prev_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))
        self.open_button.clicked.connect(self.open_external)
        self.save_button.clicked.connect(self.save_as)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.accept)
        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1), (Qt.Key.Key_PageUp, -1),
                          (Qt.Key.Key_PageDown, 1)):
            sc = QShortcut(QKeySequence(key), self)
            sc.activated.connect(lambda s=step: self.show_index(self.index + s))
        self.show_index(index)

    @property
    def current(self) -> AttachmentInfo:
        return self.items[self.index]

    def show_index(self, index: int) -> None:
        if not self.items or not 0 <= index < len(self.items):
            return
        self.index = index
        a = self.current
        self.title.setText(a.file_name)
        size = f"{a.width}×{a.height}" if a.width else ""
        self.caption.setText(self.tr("%1 · %2 添加于 %3%4").replace("%1", place_text(a))
                             .replace("%2", a.created_by).replace("%3", labels.fmt_time(a.created_at, self._tz))
                             .replace("%4", f" · {size}" if size else ""))
        self.position.setText(f"{index + 1} / {len(self.items)}")
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.items) - 1)
        self.remove_button.setVisible(a.removable)
        self.open_button.setVisible(not a.is_image)
        self._pixmap = None
        if a.is_image and a.thumbnail:  # the thumbnail stands in until the file arrives
            self._pixmap = QPixmap.fromImage(QImage.fromData(QByteArray(a.thumbnail)))
        self._paint()
        if a.id in self.files:
            self._file_arrived(self._gen, self.files[a.id])
            return
        self._gen += 1
        gen, user, aid = self._gen, self.user, a.id
        Op(self, lambda: user.attachment_file(aid)).success(lambda f: self._file_arrived(gen, f)) \
            .failure(lambda exc: self._failed(gen, exc)).run()

    def _file_arrived(self, gen: int, f: AttachmentFile) -> None:
        self.files[f.id] = f
        if gen != self._gen or f.id != self.current.id:
            return
        if f.mime.startswith("image/"):
            image = QImage.fromData(QByteArray(f.data))
            if not image.isNull():
                self._pixmap = QPixmap.fromImage(image)
        self._paint()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            self.image.setPixmap(QPixmap())
            self.image.setText(describe_error(exc))

    def _paint(self) -> None:
        a = self.current
        if not a.is_image:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            self.image.setPixmap(icon.pixmap(96, 96))
            return
        if self._pixmap is None or self._pixmap.isNull():
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("正在读取…"))
            return
        room = self.image.contentsRect().size()
        pm = self._pixmap
        if pm.width() > room.width() or pm.height() > room.height():  # zoom to fit, never beyond 100 %
            pm = pm.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pm)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._paint()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._paint()

    # -- files ------------------------------------------------------------------------------------------------
    def _with_file(self, then) -> None:
        a = self.current
        if a.id in self.files:
            then(self.files[a.id])
            return
        user, aid = self.user, a.id
        Op(self, lambda: user.attachment_file(aid)).success(lambda f: (self.files.__setitem__(f.id, f), then(f))) \
            .failure(lambda exc: self.image.setText(describe_error(exc))).run()

    def open_external(self) -> None:
        """A PDF (or any attachment) in the system's viewer, from a temporary copy."""
        def go(f: AttachmentFile) -> None:
            folder = tempfile.mkdtemp(prefix="whistle-desk-")
            path = os.path.join(folder, os.path.basename(f.file_name) or f"attachment-{f.id}")
            with open(path, "wb") as out:
                out.write(f.data)
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        self._with_file(go)

    def save_as(self) -> None:
        a = self.current
        name, _f = QFileDialog.getSaveFileName(self, self.tr("附件另存为"), a.file_name)
        if not name:
            return

        def go(f: AttachmentFile) -> None:
            try:
                with open(name, "wb") as out:
                    out.write(f.data)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("无法保存"), exc.strerror or str(exc))

        self._with_file(go)

    def remove(self) -> None:
        a = self.current
        answer = QMessageBox.question(self, self.tr("删除附件"),
                                      self.tr("删除附件“%1”？删除会记入处理记录。").replace("%1", a.file_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        user, aid = self.user, a.id

        def done(_r: object) -> None:
            self.items = [x for x in self.items if x.id != aid]
            self.removed.emit(aid)
            if not self.items:
                self.accept()
                return
            self.show_index(min(self.index, len(self.items) - 1))

        Op(self, lambda: user.remove_attachment(aid)).success(done) \
            .failure(lambda exc: QMessageBox.warning(self, self.tr("无法删除"), describe_error(exc))).run()
