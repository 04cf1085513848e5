"""The office's supervision pages together (催办, 督办, 通报, 审批: supervisors and admins): their navigation
entries, their unhandled counts, and the notice when something new escalates."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desk import ActingUser
from desk.dto import DepartmentInfo, EscalationInfo
from ui.common import labels
from ui.common.ops import Op, describe_error
from ui.supervision.pages import ApprovalPage, EscalationPage, _Page
from ui.tickets.badges import DeadlineClock

translate = QCoreApplication.translate

#: The pages' navigation keys -> escalation level (0: approvals).
PAGE_KEYS = {"escalations:1": 1, "escalations:2": 2, "escalations:3": 3, "approvals": 0}


def escalation_notice(items: Sequence[EscalationInfo]) -> tuple[str, str]:
    """The tray notice (title, text) for newly escalated items: how many per level, and the most pressing one."""
    levels = labels.escalation_levels()
    by_level = {lv: sum(1 for e in items if e.level == lv) for lv in (1, 2, 3)}
    summary = translate("SupervisionPages", "、").join(
        translate("SupervisionPages", "%1 %2 项").replace("%1", levels[lv]).replace("%2", str(n))
        for lv, n in by_level.items() if n)
    first = min(items, key=lambda e: (-e.level, e.reached_at))
    detail = translate("SupervisionPages", "%1（%2）%3超时").replace("%1", first.ticket_number) \
        .replace("%2", first.department).replace("%3", labels.label(labels.steps(), first.step))
    return (translate("SupervisionPages", "超时升级"),
            translate("SupervisionPages", "新增%1，如 %2").replace("%1", summary).replace("%2", detail))


class SupervisionPages(QObject):
    """Builds the four pages; :meth:`load_counts` reads their unhandled counts (whichever desk's sweep recorded
    the escalations) and says when escalations newer than any seen before arrived."""

    #: {nav key: unhandled count}, {nav key: tooltip}.
    counts_loaded = Signal(dict, dict)
    #: A page's highlighted row: (the page, its ticket number or "", its dispatch id or 0).
    ticket_selected = Signal(object, str, int)
    #: An action on a page went through (a status message): everything should refresh.
    changed = Signal(str)
    #: Escalations newer than any seen before (not at the first load).
    escalated = Signal(list)
    #: A message for the status bar (a load failed).
    status = Signal(str)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget, *,
                 departments: Callable[[], list[DepartmentInfo]], clock: DeadlineClock) -> None:
        super().__init__(parent)
        self.user = user
        #: The navigation's names of the pages.
        self.labels = {"escalations:1": self.tr("催办"), "escalations:2": self.tr("督办"),
                       "escalations:3": self.tr("通报"), "approvals": self.tr("审批")}
        #: nav key -> page
        self.pages: dict[str, _Page] = {}
        for key, level in PAGE_KEYS.items():
            page: _Page = EscalationPage(user, level, tz, parent, departments=departments, clock=clock) \
                if level else ApprovalPage(user, tz, parent)
            page.setObjectName(key.replace(":", "_"))
            page.ticket_selected.connect(lambda number, did, p=page: self.ticket_selected.emit(p, number, did))
            page.changed.connect(self.changed)
            page.status.connect(self.status)
            self.pages[key] = page
        self.counts: dict[str, int] = {}
        #: Newest escalation id seen, for "something escalated" notices (None until the first load).
        self._seen: int | None = None

    def load_counts(self) -> None:
        """Unhandled escalations per level and pending approvals (the navigation's second section)."""
        u = self.user

        def fetch() -> tuple[dict[int, list], int]:
            return {level: u.escalations(level) for level in (1, 2, 3)}, len(u.approvals())

        Op(self, fetch, background=True).success(self._arrived) \
            .failure(lambda exc: self.status.emit(describe_error(exc))).run()

    def _arrived(self, result: tuple[dict[int, list], int]) -> None:
        lists, approvals = result
        counts = {f"escalations:{level}": sum(1 for e in items if e.handled_at is None)
                  for level, items in lists.items()}
        counts["approvals"] = approvals
        self.counts = counts
        # notices: escalations newer than any seen before (whichever desk's sweep recorded them)
        every = [e for items in lists.values() for e in items]
        newest = max((e.id for e in every), default=0)
        seen, self._seen = self._seen, max(newest, self._seen or 0)
        if seen is not None:
            fresh = [e for e in every if e.id > seen]
            if fresh:
                self.escalated.emit(fresh)
        tips = {}
        for key, n in counts.items():
            total = len(lists[PAGE_KEYS[key]]) if PAGE_KEYS[key] else n
            tips[key] = self.tr("待处理 %1 项，共 %2 项").replace("%1", str(n)).replace("%2", str(total))
        self.counts_loaded.emit(counts, tips)


__all__ = ["PAGE_KEYS", "SupervisionPages", "escalation_notice"]
