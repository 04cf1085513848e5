"""The façade's verbs of 市民观察员 on projects (issue 16 §3), combined into ``desk.ActingUser`` (desk/verbs.py).

    clerk.assign_observer("XM2026-0001", "chen.guan")        # the office (or a 项目负责人) assigns an observer
    obs = desk.login("chen.guan", "...")
    obs.my_projects()                                         # the assigned projects only
    obs.observed_project("XM2026-0001")                       # no residents' data
    obs.record_inspection("XM2026-0001", inspector_kind="citizen_observer", inspector="陈观", note="围挡完好")
    obs.comment_project("XM2026-0001", "夜间施工噪音较大")      # an event in the project's history

An observer's call on a project not assigned to them is NotFound (desk.projects.observers.service.check_assigned).
"""
from __future__ import annotations

from typing import Any

from desk.enums import Role
from desk.projects import dto
from desk.projects.observers import service
from desk.verbs import permission


class ObserverVerbs:
    """Verbs of citizen observers on projects (a mixin of ``desk.ActingUser``)."""

    def _observer_id(self: Any) -> int | None:
        """The caller's id if they are a 市民观察员 (their projects are limited to those assigned), else None."""
        return self.info.id if self.role is Role.OBSERVER else None

    @permission("assign_observer")
    def assign_observer(self: Any, number: str, username: str) -> dto.ProjectObservers:
        """Assign a 市民观察员 account to a project: they see it (without residents' data), inspect and comment."""
        with self._unit() as (s, now):
            p = service.projects.find(s, number, for_update=True)
            service.assign(s, project=p, username=username, actor=self._me(s), now=now)
            s.flush()
            return service.observers(s, p)

    @permission("unassign_observer")
    def unassign_observer(self: Any, number: str, username: str) -> dto.ProjectObservers:
        """The observer no longer sees the project (what they recorded stays)."""
        with self._unit() as (s, now):
            p = service.projects.find(s, number, for_update=True)
            service.unassign(s, project=p, username=username, actor=self._me(s), now=now)
            s.flush()
            return service.observers(s, p)

    @permission("project_observers")
    def project_observers(self: Any, number: str) -> dto.ProjectObservers:
        """The observers assigned to a project, and every active observer account."""
        with self._unit(write=False) as (s, _):
            return service.observers(s, service.projects.find(s, number))

    @permission("comment_project")
    def comment_project(self: Any, number: str, text: str) -> list[dto.ProjectComment]:
        """A comment on a project (an observer: an assigned one), an event in its history; returns every comment."""
        with self._unit() as (s, now):
            p = service.find_for(s, number, observer_id=self._observer_id(), for_update=True)
            service.comment(s, project=p, text=text, actor=self._me(s), now=now)
            self.desk._seal(s)
            return list(service.observed(s, p).comments)

    @permission("my_projects")
    def my_projects(self: Any) -> list[dto.ProjectRow]:
        """The projects assigned to the caller (a 市民观察员), by number; no residents' counts."""
        with self._unit(write=False) as (s, _):
            return service.my_projects(s, self.info.id)

    @permission("observed_project")
    def observed_project(self: Any, number: str) -> dto.ObservedProject:
        """An assigned project as an observer sees it: stage, progress, milestones, inspections, comments; nothing
        about residents."""
        with self._unit(write=False) as (s, _):
            return service.observed(s, service.find_for(s, number, observer_id=self.info.id))
