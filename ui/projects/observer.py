"""我的项目: a 市民观察员's page (issue 16 §3). The projects assigned to them, each read-only (stage, progress,
milestones planned against actual, inspections, comments; nothing about residents: the façade's
``observed_project``), and two actions on the selected one: 巡查… (a 质量安全巡查 as 市民观察员, with photos) and
评论… (a comment in the project's history)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from desk import ActingUser
from desk.projects.dto import ObservedProject, ProjectObservers, ProjectRow
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.projects.lifecycle import _PhotosRow


def _when(at: datetime | None, tz: tzinfo) -> str:
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if at is not None else ""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ObserverInspectionDialog(OpDialog):
    """巡查: what the observer saw, with photos; recorded as 市民观察员 under their own name."""

    def __init__(self, parent: QWidget | None, user: ActingUser, project: ObservedProject) -> None:
        super().__init__(parent, self.tr("质量安全巡查"))
        self._user, self.number = user, project.number
        self.set_header(self.tr("项目 %1：%2").replace("%1", project.number).replace("%2", project.name) + "\n"
                        + self.tr("以市民观察员 %1 的名义记录；发现的问题由街道安排整改。")
                        .replace("%1", user.info.display_name))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.note.setPlaceholderText(self.tr("看到了什么：施工安全、围挡、文明施工、质量问题…"))
        self.add_field(self.tr("巡查情况"), self.note, "note")
        self.photos = self.add_field(self.tr("现场照片"), _PhotosRow(self), "photos")
        self.ok_button.setText(self.tr("记录巡查"))

    def make_call(self) -> Callable[[], Any] | None:
        note = self.require("note", self.note, self.tr("请填写巡查情况。"))
        if note is None:
            return None
        u, number, name, photos = self._user, self.number, self._user.info.display_name, list(self.photos.paths)
        return lambda: u.record_inspection(number, inspector_kind="citizen_observer", inspector=name, note=note,
                                           photos=photos)


class CommentDialog(OpDialog):
    """评论: a comment on the project (an event in its history)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, project: ObservedProject) -> None:
        super().__init__(parent, self.tr("评论项目"))
        self._user, self.number = user, project.number
        self.set_header(self.tr("项目 %1：%2").replace("%1", project.number).replace("%2", project.name))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.add_field(self.tr("评论"), self.text, "text")
        self.ok_button.setText(self.tr("发表评论"))

    def make_call(self) -> Callable[[], Any] | None:
        text = self.require("text", self.text, self.tr("请填写评论。"))
        if text is None:
            return None
        u, number = self._user, self.number
        return lambda: u.comment_project(number, text)


class MyProjectsPage(QWidget):
    """我的项目: the observer's assigned projects (a list), the selected one's details, 巡查… and 评论…."""

    status = Signal(str)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myProjects")
        self.user, self.tz = user, tz
        self.rows: list[ProjectRow] = []
        self.project: ObservedProject | None = None
        self.dialog: OpDialog | None = None
        self.loading = False
        self._gen = 0
        lay = QVBoxLayout(self)
        self.title = QLabel(self.tr("分配给您的民生工程项目。您可以查看进展、记录巡查和发表评论。"), self)
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(split)
        self.list.setObjectName("myProjectsList")
        self.empty = QLabel(self.tr("还没有分配给您的项目。"), self)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser(right)
        self.detail.setObjectName("observedProject")
        rl.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.inspect_button = QPushButton(self.tr("巡查…"), right)
        self.inspect_button.setToolTip(self.tr("以市民观察员身份记录一次质量安全巡查（可附照片）"))
        self.comment_button = QPushButton(self.tr("评论…"), right)
        self.comment_button.setToolTip(self.tr("对所选项目发表评论，记入项目历史"))
        buttons.addWidget(self.inspect_button)
        buttons.addWidget(self.comment_button)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([320, 800])
        lay.addWidget(self.empty)
        lay.addWidget(split, 1)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._selected(cur))
        self.inspect_button.clicked.connect(self.open_inspection)
        self.comment_button.clicked.connect(self.open_comment)
        self._update_actions()

    # -- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        u = self.user
        Op(self, lambda: u.my_projects()).success(self._rows_arrived).failure(self._failed).run()

    def _rows_arrived(self, rows: list[ProjectRow]) -> None:
        self.loading = False
        current = self.project.number if self.project is not None else None
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        stages = labels.project_stages()
        for r in rows:
            second = " · ".join(x for x in (labels.label(stages, r.stage), r.community or "") if x)
            item = QListWidgetItem(f"{r.number}  {r.name}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, r.number)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not rows)
        numbers = [r.number for r in rows]
        if rows:
            self.list.setCurrentRow(numbers.index(current) if current in numbers else 0)
        else:
            self.project = None
            self.detail.clear()
            self._update_actions()

    def _selected(self, item: QListWidgetItem | None) -> None:
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not number:
            return
        self.load_detail(number)

    def load_detail(self, number: str) -> None:
        self._gen += 1
        gen, u = self._gen, self.user
        self.loading = True
        Op(self, lambda: u.observed_project(number)).success(lambda p: self._detail_arrived(gen, p)) \
            .failure(self._failed).run()

    def _detail_arrived(self, gen: int, p: ObservedProject) -> None:
        if gen != self._gen:
            return
        self.loading = False
        self.project = p
        self.detail.setHtml(self._html(p))
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.status.emit(describe_error(exc))

    def _update_actions(self) -> None:
        on = self.project is not None
        self.inspect_button.setEnabled(on)
        self.comment_button.setEnabled(on)

    def _html(self, p: ObservedProject) -> str:
        tz, stages = self.tz, labels.project_stages()
        kinds = {"supervisor_firm": self.tr("监理"), "staff": self.tr("街道工作人员"),
                 "citizen_observer": self.tr("市民观察员")}
        heads = (self.tr("节点"), self.tr("阶段"), self.tr("主办部门"), self.tr("计划完成"), self.tr("实际完成"))
        not_done, fix = self.tr("未完成"), self.tr("整改：")
        out = ["<h3>" + self.tr("%1　%2").replace("%1", _esc(p.number)).replace("%2", _esc(p.name)) + "</h3>",
               "<p>" + self.tr("年度：%1　阶段：%2　完成：%3%").replace("%1", str(p.year))
               .replace("%2", labels.label(stages, p.stage)).replace("%3", str(p.percent)) + "<br>"
               + self.tr("社区：%1　分类：%2").replace("%1", _esc(p.community or "—"))
               .replace("%2", _esc(p.category or "—")) + "</p>",
               "<h4>" + self.tr("节点") + "</h4>"]
        if p.milestones:
            out.append("<table cellspacing='0' cellpadding='3' border='1'><tr>"
                       + "".join("<th>" + h + "</th>" for h in heads) + "</tr>")
            for m in p.milestones:
                name = (fix if m.kind == "fix" else "") + m.name
                cells = (_esc(name), labels.label(stages, m.stage), _esc(m.lead_department), _when(m.due, tz),
                         _when(m.done_at, tz) or not_done)
                out.append("<tr>" + "".join("<td>" + c + "</td>" for c in cells) + "</tr>")
            out.append("</table>")
        else:
            out.append("<p>" + self.tr("暂无节点") + "</p>")
        out.append("<h4>" + self.tr("巡查与进度") + "</h4>")
        if p.entries:
            out.append("<ul>")
            for e in p.entries:
                if e.kind == "progress":
                    line = self.tr("%1 进度 %2%").replace("%1", e.on.isoformat()).replace("%2", str(e.percent or 0))
                else:
                    who = kinds.get(e.inspector_kind or "", "") + (" " + e.inspector if e.inspector else "")
                    line = self.tr("%1 巡查（%2）").replace("%1", e.on.isoformat()).replace("%2", who)
                    if e.note:
                        line += self.tr("：") + e.note
                out.append("<li>" + _esc(line) + "</li>")
            out.append("</ul>")
        else:
            out.append("<p>" + self.tr("暂无记录") + "</p>")
        out.append("<h4>" + self.tr("评论") + "</h4>")
        if p.comments:
            out.append("<ul>" + "".join("<li>" + _when(c.at, tz) + " " + _esc(c.author) + self.tr("：")
                                        + _esc(c.text) + "</li>" for c in p.comments) + "</ul>")
        else:
            out.append("<p>" + self.tr("暂无评论") + "</p>")
        return "".join(out)

    # -- actions -------------------------------------------------------------------------------------
    def _open(self, dlg: OpDialog, message: str) -> OpDialog:
        number = self.project.number if self.project is not None else ""
        dlg.succeeded.connect(lambda _r: self._done(message.replace("%1", number)))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _done(self, message: str) -> None:
        self.status.emit(message)
        if self.project is not None:
            self.load_detail(self.project.number)

    def open_inspection(self) -> OpDialog | None:
        if self.project is None:
            return None
        return self._open(ObserverInspectionDialog(self, self.user, self.project), self.tr("已记录项目 %1 的巡查"))

    def open_comment(self) -> OpDialog | None:
        if self.project is None:
            return None
        return self._open(CommentDialog(self, self.user, self.project), self.tr("已发表对项目 %1 的评论"))


class AssignObserverDialog(OpDialog):
    """市民观察员…: assign an observer account to the project, or take one off it (the office, a 项目负责人)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, observers: ProjectObservers, name: str) -> None:
        super().__init__(parent, self.tr("市民观察员"))
        self._user, self.number = user, observers.number
        assigned = {a.username for a in observers.assigned}
        now = self.tr("、").join(a.display_name for a in observers.assigned) or self.tr("（无）")
        self.set_header(self.tr("项目 %1：%2").replace("%1", observers.number).replace("%2", name) + "\n"
                        + self.tr("已指派：%1").replace("%1", now) + "\n"
                        + self.tr("市民观察员只能看到指派给他的项目（不含居民信息），可以记录巡查和发表评论。"))
        self.account = QComboBox(self)
        for a in observers.available:
            text = self.tr("%1（%2）").replace("%1", a.display_name).replace("%2", a.username)
            self.account.addItem(text + (self.tr(" — 已指派") if a.username in assigned else ""),
                                 (a.username, a.username in assigned))
        self.add_field(self.tr("观察员账户"), self.account, "observer")
        self.account.currentIndexChanged.connect(lambda _i: self._sync())
        self._sync()

    def _sync(self) -> None:
        data = self.account.currentData()
        self.ok_button.setText(self.tr("取消指派") if data and data[1] else self.tr("指派"))
        self.ok_button.setEnabled(data is not None)

    def make_call(self) -> Callable[[], Any] | None:
        data = self.account.currentData()
        if data is None:
            self.show_field_error("observer", self.tr("还没有市民观察员账户：请管理员先创建。"))
            return None
        u, number, (username, assigned) = self._user, self.number, data
        if assigned:
            return lambda: u.unassign_observer(number, username)
        return lambda: u.assign_observer(number, username)
