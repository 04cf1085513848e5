"""The whistle dialog's proposal from the category standard (issue 15 §4): the lead and assisting departments
the ticket's category standard names are pre-selected; the clerk may change them before dispatching."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desk.dto import CategoryInfo
from ui.common.widgets import HINT_STYLE

translate = QCoreApplication.translate


def proposal(categories: Sequence[CategoryInfo], category: str) -> tuple[str | None, tuple[str, ...]]:
    """(lead, assists) the standard of ``category`` proposes (resolved up the tree by the core)."""
    cat = next((c for c in categories if c.name == category), None)
    if cat is None:
        return None, ()
    return cat.lead or cat.default_lead, tuple(cat.assists)


def propose(dialog: Any, categories: Sequence[CategoryInfo], category: str) -> None:
    """Pre-select the proposed assisting departments in a WhistleDialog (its lead is chosen by the dialog) and
    say where the proposal comes from."""
    lead, assists = proposal(categories, category)
    wanted = [a for a in assists if a != dialog.lead.currentData()]
    if wanted:
        dialog.set_assist(wanted)
    dialog.proposed_assists = tuple(wanted)
    if lead or wanted:
        hint = QLabel(translate("standards", "已按分类“%1”的立结案标准预选主办、协办部门，可修改。").replace("%1", category),
                      dialog)
        hint.setObjectName("standard_hint")
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        dialog.form.insertRow(0, hint)
