"""审计日志 (管理 menu): the administration and login trail, and a check of its hash chain.

A non-modal window: a filter, a table that pages backwards with ``before_seq`` (more rows arrive when the
view is scrolled to the bottom, or with 加载更多), the before → after values of the selected entry, and
校验完整性, which walks the whole chain off the GUI thread and shows where it is broken.
"""
from __future__ import annotations

import re
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.dto import AuditEntry, AuditReport
from ui.admin.admin import duration_label
from ui.common import labels
from ui.common.ops import Op, describe_error
from ui.common.widgets import ERROR_STYLE, OK_STYLE, row_table

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole
_FAILED = QColor("#a01717")
#: Kinds shown in red in the table: an attempt that failed or a lock.
FAILED_KINDS = frozenset({"login_failed", "account_locked", "unlock_failed", "password_change_failed"})
#: Fields whose values are durations (1wd, 2h …).
DURATION_FIELDS = frozenset({"acknowledge_within", "respond_within", "resolve_within", "escalate_supervise_after",
                             "escalate_report_after", "max_suspension", "revisit_after", "verify_within",
                             "callback_within", "clock_max_ahead"})
#: Fields shown before the others (the rest keep their stored, alphabetical order).
FIRST_FIELDS = ("reason", "name", "display_name", "role", "department")
_ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def audit_kinds() -> dict[str, str]:
    """Every event kind: the ticket timeline's labels plus those of administration and logins."""
    return {
        **labels.event_kinds(),
        "login": translate("auditlog", "登录"), "login_failed": translate("auditlog", "登录失败"),
        "account_locked": translate("auditlog", "账户锁定"), "unlock": translate("auditlog", "解锁屏幕"),
        "unlock_failed": translate("auditlog", "解锁失败"), "password_change": translate("auditlog", "修改密码"),
        "password_change_failed": translate("auditlog", "修改密码失败"),
        "first_admin": translate("auditlog", "创建首个管理员"), "user_create": translate("auditlog", "新建用户"),
        "password_reset": translate("auditlog", "重置密码"), "user_disable": translate("auditlog", "停用用户"),
        "user_enable": translate("auditlog", "启用用户"), "user_unlock": translate("auditlog", "解除锁定"),
        "user_role": translate("auditlog", "修改角色和部门"),
        "department_add": translate("auditlog", "新增部门"), "department_rename": translate("auditlog", "部门改名"),
        "department_disable": translate("auditlog", "停用部门"), "department_enable": translate("auditlog", "启用部门"),
        "category_add": translate("auditlog", "新增分类"), "category_rename": translate("auditlog", "分类改名"),
        "category_lead": translate("auditlog", "设置默认主办部门"),
        "category_disable": translate("auditlog", "停用分类"), "category_enable": translate("auditlog", "启用分类"),
        "setting": translate("auditlog", "修改设置"), "policy": translate("auditlog", "修改时限标准"),
        "calendar_day": translate("auditlog", "修改日历"), "calendar_import": translate("auditlog", "导入日历"),
        "calendar_seed": translate("auditlog", "载入法定节假日"), "clock_accept": translate("auditlog", "确认本机时间"),
        "community_add": translate("auditlog", "新增社区"), "community_rename": translate("auditlog", "社区改名"),
        "community_disable": translate("auditlog", "停用社区"), "community_enable": translate("auditlog", "启用社区"),
        # issue 15: 12345 import
        "import_batch": translate("auditlog", "导入 12345 工单"), "import_alias": translate("auditlog", "修改导入列名"),
        "import_mapping": translate("auditlog", "修改列映射"), "category_map": translate("auditlog", "修改分类映射"),
    }


def audit_fields() -> dict[str, str]:
    """Names of the fields in an administration or login event's ``changes``."""
    return {
        **labels.field_names(), **labels.setting_names(),
        "reason": translate("auditlog", "原因"), "failed_logins": translate("auditlog", "连续密码错误次数"),
        "locked_until": translate("auditlog", "锁定至"), "display_name": translate("auditlog", "姓名"),
        "active": translate("auditlog", "启用"), "must_change_password": translate("auditlog", "须修改密码"),
        "name": translate("auditlog", "名称"), "default_lead": translate("auditlog", "默认主办部门"),
        "tickets": translate("auditlog", "涉及工单数"),
        "kind": translate("auditlog", "日期类型"), "days": translate("auditlog", "日期数"),
        "from": translate("auditlog", "起始日期"), "to": translate("auditlog", "截止日期"),
        "years": translate("auditlog", "年份"), "added": translate("auditlog", "新增日期数"),
        "acknowledge_within": translate("auditlog", "报到时限"), "respond_within": translate("auditlog", "响应时限"),
        "resolve_within": translate("auditlog", "办结时限"),
    }


def login_reasons() -> dict[str, str]:
    return {"wrong_password": translate("auditlog", "密码错误"), "unknown_user": translate("auditlog", "用户名不存在"),
            "locked": translate("auditlog", "账户已锁定"), "disabled": translate("auditlog", "账户已停用")}


def problem_kinds() -> dict[str, str]:
    """What kind of broken link :class:`AuditProblem` names."""
    return {"edited": translate("auditlog", "事件被修改"), "deleted": translate("auditlog", "事件被删除"),
            "inserted": translate("auditlog", "事件被插入"), "reordered": translate("auditlog", "事件被重新编号"),
            "head": translate("auditlog", "链尾记录缺失"), "triggers": translate("auditlog", "只追加触发器缺失")}


def fmt_seconds(at: datetime, tz: tzinfo) -> str:
    """An instant in the office time zone as yyyy-MM-dd HH:mm:ss."""
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")


def value_text(field: str, value: Any, tz: tzinfo) -> str:
    """A before or after value, readable: 是/否, labels for codes, instants in the office zone."""
    if value is None:
        return translate("auditlog", "无")
    if isinstance(value, bool):
        return labels.yes_no(value)
    if isinstance(value, str):
        if field == "role":
            return labels.label(labels.roles(), value)
        if field == "reason":
            return labels.label(login_reasons(), value)
        if field == "kind":
            return labels.label(labels.day_kinds(), value)
        if field in DURATION_FIELDS:
            name = duration_label(value)
            return value if name == value else translate("auditlog", "%1（%2）").replace("%1", value).replace("%2", name)
        if _ISO_INSTANT.match(value):
            try:
                at = datetime.fromisoformat(value)
            except ValueError:
                return value
            return fmt_seconds(at, tz) if at.tzinfo is not None else value
    return str(value)


def subject_text(subject: str | None) -> str:
    """``user:zhang.wei`` -> 用户：zhang.wei, ``setting:warning_share`` -> 设置：预警比例 …"""
    if not subject:
        return ""
    what, _, name = subject.partition(":")
    if what == "calendar":
        return translate("auditlog", "工作日历：%1").replace("%1", name) if name else translate("auditlog", "工作日历")
    if not name:
        return subject
    if what == "policy":
        category, _, urgency = name.partition("/")
        return translate("auditlog", "时限标准：%1 · %2").replace("%1", category) \
            .replace("%2", labels.label(labels.urgencies(), urgency))
    if what == "setting":
        return translate("auditlog", "设置：%1").replace("%1", labels.label(labels.setting_names(), name))
    formats = {"user": translate("auditlog", "用户：%1"), "department": translate("auditlog", "部门：%1"),
               "category": translate("auditlog", "分类：%1")}
    return formats[what].replace("%1", name) if what in formats else subject


def _pairs(e: AuditEntry) -> list[tuple[str, tuple[Any, Any]]]:
    """The entry's changes as (field, (before, after)) (stored as ``{"field": [before, after]}``)."""
    out = []
    for key, pair in (e.changes or {}).items():
        out.append((key, tuple(pair) if isinstance(pair, (list, tuple)) and len(pair) == 2 else (None, pair)))
    # stored with sorted keys: what names the change comes first
    out.sort(key=lambda kv: FIRST_FIELDS.index(kv[0]) if kv[0] in FIRST_FIELDS else len(FIRST_FIELDS))
    return out


# -- the table ----------------------------------------------------------------------------------------
class AuditLogModel(QAbstractTableModel):
    """The trail, newest first, a page at a time: ``fetchMore`` asks the façade for the entries before
    the oldest one shown (``before_seq``) until a page comes back short."""

    COLUMNS = ("at", "actor", "kind", "subject", "note")

    #: A page arrived (how many new entries).
    loaded = Signal(int)
    #: Loading failed (the message).
    failed = Signal(str)
    #: A page is being loaded, or no longer.
    busy_changed = Signal(bool)

    def __init__(self, user: ActingUser, parent: QObject | None = None, *, tz: tzinfo | None = None,
                 page_size: int = 100) -> None:
        super().__init__(parent)
        self._user = user
        self.tz = tz
        self.page_size = page_size
        self.kind = "all"
        self._entries: list[AuditEntry] = []
        self._seqs: set[int] = set()
        self._gen = 0
        self.loading = False
        self.exhausted = False
        self.error: str | None = None
        self._kinds = audit_kinds()
        self._fields = audit_fields()

    # -- loading ------------------------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.reload()

    def reload(self) -> None:
        self._gen += 1
        self.beginResetModel()
        self._entries, self._seqs = [], set()
        self.exhausted, self.error = False, None
        self.endResetModel()
        self._set_loading(False)
        self._load()

    def load_more(self) -> bool:
        """Ask for the next (older) page; False when all are shown or a page is on its way."""
        if self.loading or self.exhausted:
            return False
        self._load()
        return True

    def _load(self) -> None:
        gen, u, kind, size, known = self._gen, self._user, self.kind, self.page_size, self.tz
        before = self._entries[-1].seq if self._entries else None

        def fetch() -> tuple[tzinfo, list[AuditEntry]]:
            return known or u.desk.office_tz(), u.audit_log(kind=kind, limit=size, before_seq=before)

        self.error = None
        self._set_loading(True)
        Op(self, fetch).success(lambda result: self._arrived(gen, *result)) \
            .failure(lambda exc: self._failed(gen, exc)).run()

    def _arrived(self, gen: int, tz: tzinfo, page: list[AuditEntry]) -> None:
        if gen != self._gen:
            return
        self.tz = tz
        new = [e for e in page if e.seq not in self._seqs]
        if new:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._entries.extend(new)
            self._seqs.update(e.seq for e in new)
            self.endInsertRows()
        self.exhausted = len(page) < self.page_size or not new
        self._set_loading(False)
        self.loaded.emit(len(new))

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self.error = describe_error(exc)
        self._set_loading(False)
        self.failed.emit(self.error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.busy_changed.emit(loading)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        # Not after a failure: the view would ask again and again; 加载更多 or 刷新 try again.
        return not parent.isValid() and bool(self._entries) and not (self.loading or self.exhausted or self.error)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load()

    # -- reading ------------------------------------------------------------------------------------
    def entry(self, row: int) -> AuditEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def kind_label(self, kind: str) -> str:
        return labels.label(self._kinds, kind)

    def changes(self, e: AuditEntry) -> list[tuple[str, str, str]]:
        """(field, before, after) of each changed field, readable."""
        tz = self.zone()
        out = []
        for key, (before, after) in _pairs(e):
            out.append((labels.label(self._fields, key), value_text(key, before, tz), value_text(key, after, tz)))
        return out

    def summary(self, e: AuditEntry) -> str:
        """The note, then what changed in short (a new value alone when there was none before)."""
        parts = [e.note] if e.note else []
        for key, (before, after) in _pairs(e):
            name = labels.label(self._fields, key)
            after_text = value_text(key, after, self.zone())
            if before is None:
                parts.append(self.tr("%1：%2").replace("%1", name).replace("%2", after_text))
            else:
                parts.append(self.tr("%1：%2 → %3").replace("%1", name)
                             .replace("%2", value_text(key, before, self.zone())).replace("%3", after_text))
        return self.tr("；").join(parts)

    def zone(self) -> tzinfo:
        assert self.tz is not None  # entries arrive with the zone
        return self.tz

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        names = [self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("对象"), self.tr("说明")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.column() >= len(self.COLUMNS):
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return fmt_seconds(e.at, self.zone())
            if col == 1:
                return e.actor
            if col == 2:
                return self.kind_label(e.kind)
            if col == 3:
                return subject_text(e.subject)
            return self.summary(e)
        if role == _TOOLTIP:
            if col == 1:
                return e.actor_username
            if col == 4:
                return self.summary(e) or None
            return None
        if role == _FOREGROUND and e.kind in FAILED_KINDS:
            return _FAILED
        if role == _USER:
            return e
        return None


# -- the window ---------------------------------------------------------------------------------------
class AuditLogWindow(QDialog):
    """审计日志: who changed what in the administration, and every login, with a check of the hash chain."""

    #: A page of entries arrived (how many new).
    loaded = Signal(int)
    #: 校验完整性 finished (the :class:`AuditReport`).
    verified = Signal(object)

    def __init__(self, user: ActingUser, parent: QWidget | None = None, *, tz: tzinfo | None = None,
                 page_size: int = 100) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("审计日志"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(1040, 780)
        self._user = user
        self.verifying = False
        self.report: AuditReport | None = None
        lay = QVBoxLayout(self)

        bar = QHBoxLayout()
        filter_label = QLabel(self.tr("显示(&S)："), self)
        self.filter_combo = QComboBox(self)
        for code, text in (("all", self.tr("全部")), ("admin", self.tr("管理操作")), ("login", self.tr("登录记录"))):
            self.filter_combo.addItem(text, code)
        filter_label.setBuddy(self.filter_combo)
        self.reload_button = QPushButton(self.tr("刷新(&R)"), self)
        self.reload_button.setToolTip(self.tr("重新加载（F5）"))
        self.verify_button = QPushButton(self.tr("校验完整性(&V)"), self)
        self.verify_button.setToolTip(self.tr("逐条校验审计记录的哈希链，发现被修改、删除或插入的记录"))
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        lay.addLayout(bar)

        self.model = AuditLogModel(user, self, tz=tz, page_size=page_size)
        self.view = row_table(self, self.model, widths=(150, 120, 130, 200))

        detail = QGroupBox(self.tr("所选记录"), self)
        dl = QVBoxLayout(detail)
        self.detail_label = QLabel(self.tr("请在上方选择一条记录，查看修改前后的值。"), detail)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dl.addWidget(self.detail_label)
        self.changes_table = QTableWidget(0, 3, detail)
        self.changes_table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("修改前"), self.tr("修改后")])
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_table.verticalHeader().hide()
        self.changes_table.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        ch = self.changes_table.horizontalHeader()
        ch.setHighlightSections(False)
        ch.resizeSection(0, 170)
        ch.resizeSection(1, 300)
        ch.setStretchLastSection(True)
        dl.addWidget(self.changes_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 290])
        splitter.setChildrenCollapsible(False)
        lay.addWidget(splitter, 1)

        check = QGroupBox(self.tr("完整性校验"), self)
        cl = QVBoxLayout(check)
        self.verify_label = QLabel(self.tr("尚未校验。“校验完整性”会逐条核对全部审计记录的哈希链。"), check)
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cl.addWidget(self.verify_label)
        head_row = QHBoxLayout()
        self.head_caption = QLabel(self.tr("链尾(&H)："), check)
        self.head_edit = QLineEdit(check)
        self.head_edit.setReadOnly(True)
        self.head_edit.setFont(QFont("monospace"))
        self.head_caption.setBuddy(self.head_edit)
        self.copy_button = QPushButton(self.tr("复制链尾(&C)"), check)
        head_row.addWidget(self.head_caption)
        head_row.addWidget(self.head_edit, 1)
        head_row.addWidget(self.copy_button)
        cl.addLayout(head_row)
        self.head_hint = QLabel(self.tr("请把链尾的序号和哈希抄存到别处（如周报或纸质台账）：能直接改写数据库的人可以"
                                        "重算整条链，只有与别处保存的链尾比对才能发现。"), check)
        self.head_hint.setWordWrap(True)
        self.head_hint.setStyleSheet("color: #555;")
        cl.addWidget(self.head_hint)
        self.trigger_label = QLabel(check)
        self.trigger_label.setWordWrap(True)
        self.trigger_label.setStyleSheet(ERROR_STYLE)
        cl.addWidget(self.trigger_label)
        lay.addWidget(check)
        self._show_head(False)
        self.trigger_label.hide()

        bottom = QHBoxLayout()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status_label = QLabel(self)
        self.more_button = QPushButton(self.tr("加载更多(&M)"), self)
        close = QPushButton(self.tr("关闭"), self)
        bottom.addWidget(self.busy_bar)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(close)
        lay.addLayout(bottom)
        for b in (self.reload_button, self.verify_button, self.copy_button, self.more_button, close):
            b.setAutoDefault(False)  # Enter in the table must not close the window or start a check

        self.filter_combo.currentIndexChanged.connect(lambda _: self.model.set_kind(self.filter_combo.currentData()))
        self.reload_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        self.verify_button.clicked.connect(self.verify)
        self.copy_button.clicked.connect(self.copy_head)
        self.more_button.clicked.connect(self.model.load_more)
        close.clicked.connect(self.close)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda _: self._update_status())
        self.model.busy_changed.connect(lambda _: self._update_status())
        self.model.modelReset.connect(self._show_entry)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_entry())
        self.model.reload()

    # -- the trail ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """F5: the newest entries again (the filter stays)."""
        self.model.reload()

    def set_filter(self, kind: str) -> None:
        """all | admin | login (as choosing it in the list does)."""
        i = self.filter_combo.findData(kind)
        if i < 0:
            raise ValueError(kind)
        self.filter_combo.setCurrentIndex(i)

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> AuditEntry | None:
        """The highlighted record (the detail below shows it), or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _loaded(self, added: int) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.select_row(0)
        self._update_status()
        self.loaded.emit(added)

    def _show_entry(self) -> None:
        e = self.selected()
        self.changes_table.setRowCount(0)
        if e is None:
            self.detail_label.setText(self.tr("请在上方选择一条记录，查看修改前后的值。"))
            return
        m = self.model
        head = self.tr("%1　%2（%3）　%4").replace("%1", fmt_seconds(e.at, m.zone())).replace("%2", e.actor) \
            .replace("%3", e.actor_username).replace("%4", m.kind_label(e.kind))
        lines = [head]
        if e.subject:
            lines.append(self.tr("对象：%1").replace("%1", subject_text(e.subject)))
        if e.note:
            lines.append(self.tr("说明：%1").replace("%1", e.note))
        lines.append(self.tr("审计链第 %1 条（事件 id %2）").replace("%1", str(e.seq)).replace("%2", str(e.id)))
        rows = m.changes(e)
        if not rows:
            lines.append(self.tr("此记录没有字段变化。"))
        self.detail_label.setText("\n".join(lines))
        self.changes_table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes_table.setItem(r, c, item)

    def _update_status(self) -> None:
        m = self.model
        self.busy_bar.setVisible(m.loading or self.verifying)
        self.more_button.setEnabled(not m.loading and not m.exhausted)
        self.status_label.setStyleSheet("")
        if self.verifying:
            self.status_label.setText(self.tr("正在校验审计链，记录多时需要一些时间…"))
        elif m.loading:
            self.status_label.setText(self.tr("正在加载…"))
        elif m.error:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(self.tr("加载失败：%1").replace("%1", m.error))
        elif m.exhausted:
            self.status_label.setText(self.tr("共 %1 条，已全部加载。").replace("%1", str(m.rowCount())))
        else:
            self.status_label.setText(self.tr("已显示最近的 %1 条；滚动到底部或按“加载更多”查看更早的记录。")
                                      .replace("%1", str(m.rowCount())))

    # -- the chain ----------------------------------------------------------------------------------
    def verify(self) -> None:
        """校验完整性: walk the whole chain off the GUI thread."""
        if self.verifying:
            return
        self.verifying = True
        self.verify_button.setEnabled(False)
        self._update_status()
        Op(self, self._user.verify_audit).success(self._verified).failure(self._verify_failed) \
            .finally_(self._verify_done).run()

    def _verify_done(self) -> None:
        self.verifying = False
        self.verify_button.setEnabled(True)
        self._update_status()

    def _verified(self, report: AuditReport) -> None:
        self.report = report
        broken = [p for p in report.problems if p.kind != "triggers"]
        if broken:
            first = broken[0]
            text = self.tr("审计链已断开（共 %1 条事件）。第一处断点（%2）：%3").replace("%1", str(report.events)) \
                .replace("%2", labels.label(problem_kinds(), first.kind)).replace("%3", first.message)
            for p in broken[1:]:
                text += "\n" + self.tr("另（%1）：%2").replace("%1", labels.label(problem_kinds(), p.kind)) \
                    .replace("%2", p.message)
            self.verify_label.setStyleSheet(ERROR_STYLE)
            self._show_head(False)
        else:
            text = self.tr("审计链完好：共 %1 条事件，逐条校验通过。").replace("%1", str(report.events))
            self.verify_label.setStyleSheet(OK_STYLE)
            self.head_edit.setText(self.tr("第 %1 条，SHA-256 %2").replace("%1", str(report.head_seq))
                                   .replace("%2", report.head_hash))
            self.head_edit.setCursorPosition(0)
            self._show_head(True)
        self.verify_label.setText(text)
        self.trigger_label.setText(self.tr("警告：事件表的只追加触发器已缺失，审计记录不再受数据库保护，"
                                           "请联系数据库管理员查明原因并恢复。"))
        self.trigger_label.setVisible(not report.triggers)
        self.verified.emit(report)

    def _verify_failed(self, exc: BaseException) -> None:
        self.report = None
        self._show_head(False)
        self.trigger_label.hide()
        self.verify_label.setStyleSheet(ERROR_STYLE)
        self.verify_label.setText(self.tr("无法校验：%1").replace("%1", describe_error(exc)))

    def _show_head(self, shown: bool) -> None:
        for w in (self.head_caption, self.head_edit, self.copy_button, self.head_hint):
            w.setVisible(shown)

    def copy_head(self) -> None:
        QGuiApplication.clipboard().setText(self.head_edit.text())
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("链尾已复制到剪贴板。"))
