"""A read-only view of a category's standard (主办, 协办, 立案条件, 结案条件), loaded off the GUI thread.

The 退单 review shows it as the yardstick for a jurisdiction dispute: which department the standard names as
lead and what counts as 立案 and 结案 for the ticket's category.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desk import ActingUser
from desk.standards.dto import CategoryStandard
from ui.common.ops import Op, describe_error


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class StandardPanel(QFrame):
    """The standard of one category, as text; ``loaded`` when it arrived."""

    loaded = Signal(object)

    def __init__(self, parent: QWidget | None, user: ActingUser, category: str) -> None:
        super().__init__(parent)
        self.setObjectName("standard_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#standard_panel { background: #f6f8fb; }")
        self.category = category
        self.standard: CategoryStandard | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self.tr("正在读取分类“%1”的立结案标准…").replace("%1", category), self)
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        Op(self, lambda: user.standard_for(category)).success(self._show).failure(self._failed).run()

    def _show(self, std: CategoryStandard) -> None:
        self.standard = std
        none = self.tr("（未规定）")

        def src(name: str | None) -> str:
            if name is None or name == std.category:
                return ""
            return "<span style='color:#888'>" + _esc(self.tr("（沿用%1）").replace("%1", name)) + "</span>"

        rows = [
            (self.tr("分类"), _esc(" › ".join(std.path)), ""),
            (self.tr("主办部门"), _esc(std.lead or none), src(std.lead_from)),
            (self.tr("协办部门"), _esc(self.tr("、").join(std.assists) or none), src(std.assists_from)),
            (self.tr("立案条件"), _esc(std.intake_condition or none), src(std.intake_from)),
            (self.tr("结案条件"), _esc(std.close_condition or none), src(std.close_from)),
        ]
        if std.after_photo:
            rows.append((self.tr("办结照片"), _esc(self.tr("须附处置后照片")), src(std.after_photo_from)))
        html = "<b>" + _esc(self.tr("立结案标准")) + "</b><table cellspacing=2>" + "".join(
            f"<tr><td style='color:#555; padding-right:8px' valign=top>{k}</td><td>{v} {s}</td></tr>"
            for k, v, s in rows) + "</table>"
        self.label.setText(html)
        self.loaded.emit(std)

    def _failed(self, exc: BaseException) -> None:
        self.label.setText(self.tr("无法读取立结案标准：%1").replace("%1", describe_error(exc)))

    def text(self) -> str:
        return self.label.text()


def attach(dialog: Any, user: ActingUser, category: str) -> StandardPanel:
    """Add the standard's panel above the form of an OpDialog (the 退单 review)."""
    panel = StandardPanel(dialog, user, category)
    dialog._layout.insertWidget(1, panel)  # after the header, before the form
    return panel
