"""The façade's verbs of key livelihood works (issue 16 §1), combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desk import settings as office_settings
from desk.enums import ProjectStage
from desk.errors import ConflictError, ValidationError
from desk.projects import dto
from desk.projects import priority as scoring
from desk.projects import service
from desk.verbs import permission


class ProjectVerbs:
    """Verbs of projects (a mixin of ``desk.ActingUser``)."""

    def _project_weights(self, s: Session) -> dict[str, float]:
        return scoring.parse_weights(office_settings.read(s)["project_weights"])

    def _office_today(self, s: Session, now: datetime) -> date:
        return now.astimezone(self.desk._timing(s).cal.tzinfo).date()

    def _project_info(self, s: Session, project: Any) -> dto.ProjectInfo:
        self.desk._seal(s)  # the events of this call join the chain first: the history shows them
        return service.info(s, project, weights=self._project_weights(s))

    @permission("create_project")
    def create_project(self, *, name: str, description: str = "", origin: str = "tickets",
                       tickets: Sequence[str] = (), year: int | None = None, community: str | None = None,
                       category: str | None = None, safety_bottom_line: bool = False, people_affected: int = 0,
                       estimated_cost_fen: Any = 0) -> dto.ProjectInfo:
        """A candidate project (储备项目) from source tickets (linked, not copied), a hotspot, or by hand (a resident's
        金点子, a 代表建议, a department's plan). ``year``: the year it is planned for (default: this year).
        ``estimated_cost_fen``: in fen (分), an integer (checked here: it may exceed the boundary's 32-bit range)."""
        with self._unit() as (s, now):
            me = self._me(s)
            p = service.create(s, actor=me, now=now, this_year=self._office_today(s, now).year, name=name,
                               description=description, origin=origin, year=year, tickets=tickets,
                               community=community, category=category, safety_bottom_line=safety_bottom_line,
                               people_affected=people_affected, estimated_cost_fen=estimated_cost_fen)
            return self._project_info(s, p)

    @permission("add_project_tickets")
    def add_project_tickets(self, number: str, tickets: Sequence[str]) -> dto.ProjectInfo:
        """Link more source tickets to a project."""
        with self._unit() as (s, now):
            p = service.find(s, number, for_update=True)
            service.link(s, project=p, actor=self._me(s), now=now, numbers=tickets)
            return self._project_info(s, p)

    @permission("remove_project_tickets")
    def remove_project_tickets(self, number: str, tickets: Sequence[str]) -> dto.ProjectInfo:
        """Unlink source tickets from a project (the tickets themselves are untouched)."""
        with self._unit() as (s, now):
            p = service.find(s, number, for_update=True)
            service.unlink(s, project=p, actor=self._me(s), now=now, numbers=tickets)
            return self._project_info(s, p)

    @permission("update_project")
    def update_project(self, number: str, *, expected_version: int, note: str = "", **fields: Any
                       ) -> dto.ProjectInfo:
        """Change a project's fields (desk.projects.service.EDITABLE). ``expected_version``: the version the
        editor read (``ProjectInfo.version``); someone else's change since then is a ConflictError."""
        with self._unit() as (s, now):
            me = self._me(s)
            p = service.find(s, number, for_update=True)
            if p.version != expected_version:
                raise ConflictError("项目 {number} 已被他人修改（第 {version} 版），您的修改未保存。请刷新后重试。",
                                    number=p.number, version=p.version)
            service.update(s, project=p, actor=me, now=now, this_year=self._office_today(s, now).year,
                           fields=fields, note=note)
            return self._project_info(s, p)

    @permission("cancel_project")
    def cancel_project(self, number: str, *, reason: str) -> dto.ProjectInfo:
        """A candidate that will not be pursued (已取消), with the reason; it stays on record, unchangeable."""
        with self._unit() as (s, now):
            p = service.find(s, number, for_update=True)
            service.cancel(s, project=p, actor=self._me(s), now=now, reason=reason)
            return self._project_info(s, p)

    @permission("record_project_vote")
    def record_project_vote(self, number: str, *, meeting: str, held_on: date, votes: Sequence[Sequence[str]]
                            ) -> dto.ProjectInfo:
        """The 票决 of a residents' or representatives' meeting: ``votes`` = [(voter, "for"|"against"|"abstain")]."""
        with self._unit() as (s, now):
            p = service.find(s, number, for_update=True)
            service.record_votes(s, project=p, actor=self._me(s), now=now, today=self._office_today(s, now),
                                 meeting=meeting, held_on=held_on, votes=votes)
            return self._project_info(s, p)

    @permission("project_priority")
    def project_priority(self, number: str) -> dto.Priority:
        """The project's score with its explanation (each term's value × weight; desk.projects.priority)."""
        with self._unit(write=False) as (s, _):
            p = service.find(s, number)
            return service.priority(p.number, service.facts(s, [p])[p.id], self._project_weights(s))

    @permission("list_projects")
    def list_projects(self, *, year: int | None = None, stage: str | None = None, community: str | None = None,
                      late: bool = False) -> list[dto.ProjectRow]:
        """Projects (of a year, in a stage, of a community; ``late``: only those with a milestone not done whose
        planned due has passed), the safety bottom line first, then by score. An unknown community is a
        ValidationError (as in create_project)."""
        if stage is not None and stage not in {x.value for x in ProjectStage}:
            raise ValidationError("stage", "未知的项目阶段：{stage}。", stage=stage[:20])
        with self._unit(write=False) as (s, now):
            return service.rows(s, weights=self._project_weights(s), year=year, stage=stage,
                                community=community or None, late_at=now if late else None)

    @permission("project")
    def project(self, number: str) -> dto.ProjectInfo:
        """A project with its source tickets' numbers, residents, votes, score and history."""
        with self._unit(write=False) as (s, _):
            return service.info(s, service.find(s, number), weights=self._project_weights(s))

    @permission("draft_annual_list")
    def draft_annual_list(self, year: int, numbers: Sequence[str], *, note: str = "") -> dto.AnnualListInfo:
        """A new version (a draft) of the year's list: the projects in the order given."""
        with self._unit() as (s, now):
            lst = service.draft_list(s, actor=self._me(s), now=now, this_year=self._office_today(s, now).year,
                                     year=year, numbers=numbers, note=note)
            return service.list_info(s, year=lst.year, version=lst.version)

    @permission("approve_annual_list")
    def approve_annual_list(self, year: int, version: int, *, note: str = "") -> dto.AnnualListInfo:
        """Approve a draft: its projects are listed; the previously approved version is superseded (kept)."""
        with self._unit() as (s, now):
            note = service.text_field("note", note, required=False)
            service.approve_list(s, actor=self._me(s), now=now, year=year, version=version, note=note)
            return service.list_info(s, year=year, version=version)

    @permission("project_bulletin")
    def project_bulletin(self, year: int | None = None):
        """The 项目进度通报's figures (desk.projects.bulletin.ProjectBulletin) for ``year``'s approved list
        (default: the latest approved)."""
        from desk.projects.bulletin import project_bulletin

        self._check()
        return project_bulletin(self.desk, year)

    @permission("annual_list")
    def annual_list(self, year: int, version: int | None = None) -> dto.AnnualListInfo:
        """A version of the year's list (default: the approved one, else the newest) and every version's history."""
        with self._unit(write=False) as (s, _):
            return service.list_info(s, year=year, version=version)
