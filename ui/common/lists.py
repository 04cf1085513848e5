"""The office's pick-lists: categories, departments and communities, read in the background at start and again
when an admin window changes them. A dialog opened before the first read finished reads them at once."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk import ActingUser
from desk.dto import CategoryInfo, CommunityInfo, DepartmentInfo
from ui.common.ops import Op, describe_error


class OfficeLists(QObject):
    #: The lists were read (again).
    arrived = Signal()
    #: A message for the status bar (the read failed).
    status = Signal(str)

    def __init__(self, user: ActingUser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.categories: list[CategoryInfo] = []
        self.departments: list[DepartmentInfo] = []
        #: The communities new tickets may name (active ones); every_community also has the retired ones.
        self.communities: list[CommunityInfo] = []
        self.every_community: list[CommunityInfo] = []

    def load(self) -> None:
        u = self.user
        Op(self, lambda: (u.categories(), u.departments(), u.communities(include_inactive=True))) \
            .success(self._arrived).failure(lambda exc: self.status.emit(describe_error(exc))).run()

    def _arrived(self, lists: tuple[list[CategoryInfo], list[DepartmentInfo], list[CommunityInfo]]) -> None:
        self.categories, self.departments, self.every_community = lists
        self.communities = [c for c in self.every_community if c.active]
        self.arrived.emit()

    def need_categories(self) -> list[CategoryInfo]:
        if not self.categories:  # rare: the dialog was opened before the background load finished
            self.categories = self.user.categories()
        return self.categories

    def need_communities(self) -> list[str]:
        if not self.communities:
            self.communities = self.user.communities()
        return [c.name for c in self.communities]

    def need_departments(self) -> list[DepartmentInfo]:
        if not self.departments:
            self.departments = self.user.departments()
        return self.departments


__all__ = ["OfficeLists"]
