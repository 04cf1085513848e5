"""The detail pane's strip of photos and documents (issue 15 §3).

* Lazy: the ticket shows first; the list (metadata and thumbnails, never the files) is read by an op off the GUI
  thread afterwards, and again only when the ticket's timeline grew (an attachment added elsewhere is an event).
  A ticket with 20 photos opens as fast as one without.
* Attach by the 添加附件… button (a file dialog), by dropping files on the strip, or by pasting (Ctrl+V) a file or
  an image from the clipboard. Where to (the ticket's 受理, or a dispatch's 响应 / 办结 before / after) is chosen in
  the strip's list of places this user may attach to (a responder: their department's dispatch only).
* Double-click (or Enter on) a thumbnail: the viewer (ui/intake/photoviewer.py).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.dto import DispatchInfo, TicketDetail
from desk.intake.attachments.dto import AttachmentInfo
from ui.common import labels
from ui.common.ops import Op, describe_error

translate = QCoreApplication.translate
#: Thumbnails are drawn at this size in the strip (the stored ones are up to 256 px: sharp on HiDPI too).
ICON = 88
FILE_FILTER = "*.jpg *.jpeg *.png *.heic *.heif *.pdf"
SUFFIXES = (".jpg", ".jpeg", ".jpe", ".png", ".heic", ".heif", ".pdf")
#: The dispatch states in which a responder may still attach (the core's rule; the menu only reflects it).
_WORKING = ("pending", "acknowledged", "responded", "return_requested")
_GONE = ("withdrawn", "returned")


def step_names() -> dict[str | None, str]:
    return {None: translate("attachments", "工单"), "intake": translate("attachments", "受理"),
            "respond": translate("attachments", "响应"), "resolve": translate("attachments", "办结")}


def kind_names() -> dict[str, str]:
    return {"before": translate("attachments", "处置前"), "after": translate("attachments", "处置后"),
            "other": translate("attachments", "其他")}


def place_text(a: AttachmentInfo) -> str:
    """受理 · 张伟 / 城管执法队 · 办结 · 处置后 …"""
    parts = [a.department] if a.department else []
    parts.append(step_names().get(a.step, a.step or ""))
    if a.kind != "other":
        parts.append(kind_names().get(a.kind, a.kind))
    return " · ".join(p for p in parts if p)


def short_place(a: AttachmentInfo) -> str:
    """受理 / 办结·处置后 (under a thumbnail: the department is in its tooltip and the viewer)."""
    step = step_names().get(a.step, a.step or "")
    return step if a.kind == "other" else f"{step}·{kind_names().get(a.kind, a.kind)}"


#: A place to attach to: (label, dispatch id or None, step, kind).
Place = tuple[str, "int | None", "str | None", str]


def places_for(user: Any, detail: TicketDetail, selected: DispatchInfo | None = None) -> list[Place]:
    """Where ``user`` may attach on ``detail``, the most likely first (a responder: their dispatch's next step)."""
    if detail.state in ("closed", "cancelled"):
        return []
    responder = user.info.role == "responder"
    out: list[Place] = []
    if not responder:
        out.append((translate("attachments", "工单 · 受理（反映人提供的照片）"), None, "intake", "other"))
    dispatches = sorted(detail.dispatches, key=lambda d: (d is not selected, -d.round, d.id))
    for d in dispatches:
        if d.state in _GONE or (responder and (d.department != user.info.department or d.state not in _WORKING)):
            continue
        resolve = [(translate("attachments", "%1 · 办结 · 处置后").replace("%1", d.department), d.id, "resolve", "after"),
                   (translate("attachments", "%1 · 办结 · 处置前").replace("%1", d.department), d.id, "resolve", "before")]
        respond = [(translate("attachments", "%1 · 响应（现场）").replace("%1", d.department), d.id, "respond", "other")]
        out.extend(resolve + respond if d.state == "responded" else respond + resolve)
    return out


class AttachmentStrip(QWidget):
    """Thumbnails of one ticket's attachments, with 添加附件…, drop and paste."""

    #: An attachment was added or removed (the ticket id): the window reloads the ticket (its timeline).
    changed = Signal(int)
    #: Something to say in the status bar.
    status = Signal(str)
    #: The list for the ticket shown has arrived (for tests and measurements).
    loaded = Signal()

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self._tz = tz
        self.user: Any = None
        self.detail: TicketDetail | None = None
        self.items: list[AttachmentInfo] = []
        self._key: tuple | None = None
        self._gen = 0
        self.busy = False
        self.viewer: QWidget | None = None
        #: The dispatch selected in the detail pane (its steps are offered first).
        self.selected_dispatch: DispatchInfo | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("照片与附件"), self)
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        top.addWidget(self.heading)
        self.withheld = QLabel(self.tr("（保密工单：反映人提供的照片只有街道工作人员可见）"), self)
        self.withheld.setObjectName("attachmentsWithheld")
        self.withheld.setStyleSheet("color: #888;")
        self.withheld.hide()
        top.addWidget(self.withheld)
        self.place = QComboBox(self)
        self.place.setObjectName("attachPlace")
        self.place.setToolTip(self.tr("新添加的附件放在哪个环节"))
        self.place.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.place, 0)
        self.add_button = QPushButton(self.tr("添加附件…"), self)
        self.add_button.setObjectName("attachButton")
        self.add_button.setToolTip(self.tr("选择照片（JPEG、PNG、HEIC）或 PDF；也可以把文件拖到这里，或按 Ctrl+V 粘贴"))
        self.add_button.clicked.connect(self.choose_files)
        top.addWidget(self.add_button)
        top.addStretch(1)
        lay.addLayout(top)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setGridSize(QSize(ICON + 36, ICON + 30))
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFixedHeight(ICON + 44)
        self.list.itemActivated.connect(self._activated)  # double-click, or Enter
        self.list.setAcceptDrops(False)  # the strip takes the drops (the list would try to move its items)
        lay.addWidget(self.list)
        self.empty = QLabel(self.list.viewport())
        self.empty.setObjectName("attachmentsEmpty")
        self.empty.setStyleSheet("color: #888;")
        self.empty.setText(self.tr("没有附件。可把照片拖到这里，或按 Ctrl+V 粘贴。"))
        self.empty.move(8, 8)
        self.empty.resize(520, 24)
        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        self._pdf_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._update_controls()

    # -- what is shown ----------------------------------------------------------------------------
    def set_user(self, user: Any) -> None:
        self.user = user

    def set_ticket(self, detail: TicketDetail | None) -> None:
        """Show ``detail``'s attachments: the list is read again (off the GUI thread) when the ticket is another
        one or its timeline grew; meanwhile the ticket itself is already on screen."""
        self.detail = detail
        key = (detail.id, detail.events[-1].id if detail.events else 0) if detail is not None else None
        self._fill_places()
        if key == self._key:
            return
        if detail is None or self._key is None or self._key[0] != detail.id:
            self._show([])  # another ticket: never the previous one's photos meanwhile
        self._key = key
        self.reload()

    def set_dispatch(self, dispatch: DispatchInfo | None) -> None:
        self.selected_dispatch = dispatch
        self._fill_places()

    def reload(self) -> None:
        if self.user is None or self.detail is None:
            return
        self._gen += 1
        gen, tid, user = self._gen, self.detail.id, self.user
        Op(self, lambda: user.attachments(tid)).success(lambda items: self._arrived(gen, tid, items)) \
            .failure(lambda exc: self._failed(gen, exc)).run()

    def _arrived(self, gen: int, tid: int, items: list[AttachmentInfo]) -> None:
        if gen != self._gen or self.detail is None or self.detail.id != tid:
            return
        self._show(items)
        self.loaded.emit()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            self.status.emit(describe_error(exc))

    def _show(self, items: Sequence[AttachmentInfo]) -> None:
        self.items = list(items)
        self.list.clear()
        tz = self._tz
        for a in self.items:
            item = QListWidgetItem(self._icon(a), short_place(a), self.list)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip("\n".join([a.file_name, place_text(a), self.tr("%1 · %2").replace("%1", a.created_by)
                                       .replace("%2", labels.fmt_time(a.created_at, tz))]))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        count = len(self.items)
        self.heading.setText(self.tr("照片与附件（%1）").replace("%1", str(count)) if count else self.tr("照片与附件"))
        self.empty.setVisible(count == 0 and self.detail is not None)
        # the core leaves out a confidential reporter's own photos for those who may not see the reporter
        self.withheld.setVisible(self.detail is not None and self.detail.confidential and self.user is not None
                                 and self.user.info.role not in ("clerk", "supervisor"))

    def _icon(self, a: AttachmentInfo) -> QIcon:
        if a.thumbnail:
            image = QImage.fromData(QByteArray(a.thumbnail))
            if not image.isNull():
                return QIcon(QPixmap.fromImage(image))
        return self._pdf_icon

    def item_rect(self, row: int):
        """Where thumbnail ``row`` is drawn (in the list's viewport)."""
        return self.list.visualItemRect(self.list.item(row))

    # -- where new attachments go ---------------------------------------------------------------------
    def _fill_places(self) -> None:
        wanted = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        if self.user is not None and self.detail is not None:
            for label, did, step, kind in places_for(self.user, self.detail, self.selected_dispatch):
                self.place.addItem(label, (did, step, kind))
        idx = self.place.findData(wanted) if wanted is not None else -1
        self.place.setCurrentIndex(idx if idx >= 0 else 0)
        self.place.blockSignals(False)
        self._update_controls()

    def _update_controls(self) -> None:
        ok = self.place.count() > 0 and not self.busy
        self.add_button.setEnabled(ok)
        self.place.setEnabled(ok)
        self.place.setVisible(self.place.count() > 0)

    def can_attach(self) -> bool:
        return self.add_button.isEnabled()

    # -- adding ------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("添加附件"), "", self.tr("照片和 PDF (%1)").replace("%1", FILE_FILTER))
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: Sequence[str]) -> None:
        self._attach([(os.path.basename(p), None, p) for p in paths])

    def attach_bytes(self, name: str, data: bytes) -> None:
        self._attach([(name, data, None)])

    def _attach(self, files: list[tuple[str, bytes | None, str | None]]) -> None:
        """Add ``files`` (name, bytes or path) where the strip's place says, one op for all; each file is its own
        transaction: a bad one is reported and the others are kept."""
        if not self.can_attach() or self.detail is None or not files:
            return
        did, step, kind = self.place.currentData()
        user, number, tid = self.user, self.detail.number, self.detail.id
        self.busy = True
        self._update_controls()
        self.status.emit(self.tr("正在添加 %1 个附件…").replace("%1", str(len(files))))

        def work() -> tuple[list[AttachmentInfo], list[str]]:
            done, errors = [], []
            for name, data, path in files:
                try:
                    done.append(user.attach(number, file_name=name, data=data, path=path, dispatch_id=did, step=step,
                                            kind=kind))
                except Exception as exc:  # noqa: BLE001 - told to the user, the next file still goes in
                    errors.append(describe_error(exc))
            return done, errors

        Op(self, work).success(lambda r: self._attached(tid, *r)).failure(self._attach_failed).run()

    def _attached(self, tid: int, done: list[AttachmentInfo], errors: list[str]) -> None:
        self.busy = False
        self._update_controls()
        if done:
            msg = self.tr("已添加附件：%1").replace("%1", self.tr("、").join(a.file_name for a in done))
        else:
            msg = ""
        self.last_errors = errors
        self.status.emit(self.tr("；").join([m for m in [msg, *errors] if m]))
        if done:
            self.reload()
            self.changed.emit(tid)

    def _attach_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_controls()
        self.status.emit(describe_error(exc))

    def paste(self) -> None:
        """Ctrl+V: files copied in the file manager, or an image (a screenshot, a photo copied from a chat)."""
        from PySide6.QtWidgets import QApplication

        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if paths:
            self.attach_paths(paths)
            return
        if mime.hasImage():
            image = QImage(mime.imageData())
            if image.isNull():
                return
            buf = QBuffer()
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buf, "PNG")
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            self.attach_bytes(self.tr("粘贴的图片-%1.png").replace("%1", stamp), bytes(buf.data()))

    # -- drag and drop ----------------------------------------------------------------------------------
    @staticmethod
    def _dropped_paths(mime) -> list[str]:
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls()
                if u.isLocalFile() and u.toLocalFile().lower().endswith(SUFFIXES)]

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        if self.can_attach() and (self._dropped_paths(event.mimeData()) or event.mimeData().hasImage()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        paths = self._dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)
        elif event.mimeData().hasImage():
            event.acceptProposedAction()
            image = QImage(event.mimeData().imageData())
            buf = QBuffer()
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buf, "PNG")
            self.attach_bytes(self.tr("拖入的图片.png"), bytes(buf.data()))

    # -- viewing ------------------------------------------------------------------------------------------
    def _activated(self, item: QListWidgetItem) -> None:
        self.open_viewer(self.list.row(item))

    def open_viewer(self, row: int) -> QWidget | None:
        from ui.intake.photoviewer import PhotoViewer

        if not 0 <= row < len(self.items) or self.user is None:
            return None
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.close()
            self.viewer.deleteLater()
        v = PhotoViewer(self.window(), self.user, self.items, row, self._tz)
        v.removed.connect(self._removed)
        self.viewer = v
        v.open()
        return v

    def _removed(self, attachment_id: int) -> None:
        if self.detail is not None:
            self.reload()
            self.changed.emit(self.detail.id)


def connect_resolve_dialog(dialog: Any, user: Any, ticket: TicketDetail, dispatch: DispatchInfo,
                           add_row: Callable[[str, QWidget], Any]) -> QWidget:
    """The 办结 dialog's “附照片…” control: the photos chosen there go with the 办结 as “处置后” photos of this
    dispatch (``resolve(photos=…)``, one transaction): none is stored if the 办结 is refused or the dialog is
    cancelled. ``box.paths`` are the chosen files, ``box.added`` their names."""
    box = QWidget(dialog)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    button = QPushButton(translate("attachments", "附照片…"), box)
    button.setObjectName("resolvePhotos")
    clear = QPushButton(translate("attachments", "清除"), box)
    clear.setObjectName("resolvePhotosClear")
    clear.setEnabled(False)
    hint = translate("attachments", "处置后照片，随办结一并提交")
    note = QLabel(hint, box)
    note.setStyleSheet("color: #666;")
    note.setWordWrap(True)
    lay.addWidget(button)
    lay.addWidget(clear)
    lay.addWidget(note, 1)
    box.paths: list[str] = []  # type: ignore[attr-defined, misc]
    box.added: list[str] = []  # type: ignore[attr-defined, misc]

    def show() -> None:
        names = translate("attachments", "、").join(box.added)
        note.setText(translate("attachments", "将随办结附上：%1").replace("%1", names) if box.added else hint)
        note.setStyleSheet("color: #166534;" if box.added else "color: #666;")
        clear.setEnabled(bool(box.added))
        if hasattr(dialog, "clear_field_error"):  # a 办结 refused for want of a photo, or for a bad file
            for field in ("attachment", "file", "photos"):
                dialog.clear_field_error(field)

    def choose() -> None:
        paths, _f = QFileDialog.getOpenFileNames(dialog, translate("attachments", "附处置后照片"), "",
                                                 translate("attachments", "照片和 PDF (%1)").replace("%1", FILE_FILTER))
        for p in paths:
            if p not in box.paths:
                box.paths.append(p)
                box.added.append(os.path.basename(p))
        if paths:
            show()

    def forget() -> None:
        box.paths.clear()
        box.added.clear()
        show()

    button.clicked.connect(choose)
    clear.clicked.connect(forget)
    add_row(translate("attachments", "照片"), box)
    return box
