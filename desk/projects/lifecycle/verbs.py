"""The façade's verbs of a project's lifecycle (issue 16 §2), combined into ``desk.ActingUser`` (desk/verbs.py).

    sup.advance_project("XM2026-0001", to="initiated", note="立项批复")
    m = clerk.add_milestone("XM2026-0001", name="施工图设计", lead="住建委", assist=["水务所"], due_on=date(2027, 3, 31))
    zj.acknowledge_milestone(m.id)                       # 住建委's responder reports in (报到)
    zj.complete_milestone(m.id, note="设计已批复", photos=["D:/批复.pdf"])
    clerk.record_progress("XM2026-0001", percent=40, photos=["D:/形象进度.jpg"])
    clerk.record_inspection("XM2026-0001", inspector_kind="supervisor_firm", inspector="某监理公司 李工",
                            findings=[{"name": "脚手架未设防护网", "lead": "住建委", "within": "3wd"}])

Files are read and processed (desk.intake.attachments.files) before the write transaction begins.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desk.enums import Role
from desk.errors import PermissionDenied, ValidationError
from desk.escalation import service as escalation
from desk.projects import service as projects
from desk.projects.lifecycle import dto, entries, files, milestones, service, stages
from desk.projects.observers import service as observer_scope
from desk.verbs import permission

FINDING_KEYS = frozenset({"name", "lead", "assist", "due_on", "within"})


class LifecycleVerbs:
    """Verbs of a project's lifecycle (a mixin of ``desk.ActingUser``)."""

    def _ladder(self: Any, s: Session) -> escalation.Ladder:
        timing = self.desk._timing(s)
        return escalation.Ladder(timing.cal, timing.offsets)

    def _lifecycle(self: Any, s: Session, p: Any) -> dto.LifecycleInfo:
        self.desk._seal(s)  # this call's events join the chain first
        return service.info(s, p)

    @permission("advance_project")
    def advance_project(self: Any, number: str, *, to: str, note: str = "") -> dto.LifecycleInfo:
        """Move a project one stage on (列入清单 → 立项 → 招标 → 施工 → 验收 → 运维); ``to`` names the stage wanted.
        Refused while a milestone of the current stage is not done (the refusal names them)."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            note = projects.text_field("note", note, required=False)
            stages.advance(s, project=p, to=to, actor=self._me(s), now=now, note=note)
            return self._lifecycle(s, p)

    @permission("add_milestone")
    def add_milestone(self: Any, number: str, *, name: str, lead: str, assist: Sequence[str] = (),
                      stage: str | None = None, due_on: date | None = None, within: str | None = None,
                      acknowledge_within: str = milestones.ACKNOWLEDGE_WITHIN) -> dto.MilestoneInfo:
        """A milestone of ``stage`` (default: the project's current one): the lead and assisting departments are
        summoned (each reports in within ``acknowledge_within``); due at the end of the working day ``due_on``, or
        ``within`` (working time) from now."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            ladder = self._ladder(s)
            due = milestones.due_instant(ladder.cal, now, due_on=due_on, within=within)
            m = milestones.add(s, project=p, name=name, stage=stage, lead=lead, assist=_names(assist), due=due,
                               acknowledge_within=acknowledge_within, actor=self._me(s), now=now, ladder=ladder)
            self.desk._seal(s)
            return service.milestone_info(s, p, m.id)

    @permission("acknowledge_milestone")
    def acknowledge_milestone(self: Any, milestone_id: int, *, note: str = "") -> dto.MilestoneInfo:
        """报到: the caller's department (a responder's) reports in on a milestone it was summoned to."""
        with self._unit() as (s, now):
            m = milestones.find(s, milestone_id, for_update=True)
            note = projects.text_field("note", note, required=False)
            milestones.acknowledge(s, milestone=m, department_id=self._department_id, actor=self._me(s), now=now,
                                   ladder=self._ladder(s), note=note)
            return service.milestone_info(s, s.get(projects.Project, m.project_id), m.id)

    @permission("complete_milestone")
    def complete_milestone(self: Any, milestone_id: int, *, note: str, photos: Sequence[str] = (),
                           kind: str = "after") -> dto.MilestoneInfo:
        """Mark a milestone done with its evidence: a note and files (``photos``: paths of photos or PDFs, kind
        ``after`` by default). The office, or the responder of its lead department."""
        uploads = self._uploads(photos)
        with self._unit() as (s, now):
            m = milestones.find(s, milestone_id, for_update=True)
            p = projects.find(s, s.get(projects.Project, m.project_id).number, for_update=True)
            me = self._me(s)
            milestones.check_may_complete(s, m, p, responder_department=self._department_id
                                          if self._viewer.is_responder else None)
            files.store_all(s, project=p, milestone=m, uploads=uploads, kind=kind, actor=me, now=now)
            milestones.complete(s, milestone=m, project=p, actor=me, now=now, note=note)
            self.desk._seal(s)
            return service.milestone_info(s, p, m.id)

    @permission("record_progress")
    def record_progress(self: Any, number: str, *, percent: int, note: str = "", on: date | None = None,
                        photos: Sequence[str] = ()) -> dto.LifecycleInfo:
        """Progress: percent complete on date ``on`` (default today), with 形象进度 photos."""
        uploads = self._uploads(photos)
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            me, today = self._me(s), self._office_today(s, now)
            e = entries.progress(s, project=p, on=on or today, today=today, percent=percent, note=note, actor=me,
                                 now=now)
            files.store_all(s, project=p, entry=e, uploads=uploads, kind="other", actor=me, now=now)
            return self._lifecycle(s, p)

    @permission("record_construction_log")
    def record_construction_log(self: Any, number: str, *, note: str, on: date | None = None) -> dto.LifecycleInfo:
        """A dated line of the 施工 log."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            today = self._office_today(s, now)
            entries.log(s, project=p, on=on or today, today=today, note=note, actor=self._me(s), now=now)
            return self._lifecycle(s, p)

    @permission("record_inspection")
    def record_inspection(self: Any, number: str, *, inspector_kind: str, inspector: str, note: str = "",
                          findings: Sequence[Mapping[str, Any]] = (), on: date | None = None,
                          photos: Sequence[str] = ()) -> dto.LifecycleInfo:
        """A 质量安全巡查 by the 监理 (``supervisor_firm``), ``staff`` or a 市民观察员 (``citizen_observer``), with
        photos. Each finding ({name, lead, assist, due_on | within}) becomes a fix milestone of the current
        stage: its lead department is summoned, its deadline to fix escalates like any milestone's due.

        A 市民观察员 (issue 16 §3) inspects only a project assigned to them, as ``citizen_observer`` under their own
        name (``inspector`` is theirs whatever is passed), and without findings: summoning departments is the
        office's, which turns an observer's remark into a fix milestone."""
        observer = self.role is Role.OBSERVER
        if observer and (inspector_kind != "citizen_observer" or findings):
            raise PermissionDenied("市民观察员只能以市民观察员身份记录巡查，整改问题由街道安排。")
        uploads = self._uploads(photos)
        wanted = [_finding(f) for f in findings] if not isinstance(findings, (str, bytes)) else findings
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            me, today, ladder = self._me(s), self._office_today(s, now), self._ladder(s)
            if observer:
                observer_scope.check_assigned(s, p, me.id)
                inspector = me.display_name
            e = entries.inspection(s, project=p, on=on or today, today=today, inspector_kind=inspector_kind,
                                   inspector=inspector, note=note, findings=wanted, actor=me, now=now)
            for f in wanted:
                due = milestones.due_instant(ladder.cal, now, due_on=f.get("due_on"), within=f.get("within"))
                milestones.add(s, project=p, name=f.get("name"), stage=p.stage, lead=f.get("lead"),
                               assist=_names(f.get("assist") or ()), due=due,
                               acknowledge_within=milestones.ACKNOWLEDGE_WITHIN, actor=me, now=now, ladder=ladder,
                               kind="fix", entry_id=e.id)
            files.store_all(s, project=p, entry=e, uploads=uploads, kind="before", actor=me, now=now)
            return self._lifecycle(s, p)

    @permission("project_lifecycle")
    def project_lifecycle(self: Any, number: str) -> dto.LifecycleInfo:
        """A project's stage, what holds it, its milestones (planned against actual, escalation level), progress,
        log and inspection entries, and the files' metadata."""
        with self._unit(write=False) as (s, _):
            return service.info(s, projects.find(s, number))

    @permission("my_milestones")
    def my_milestones(self: Any, *, include_done: bool = False) -> list[dto.MilestoneInfo]:
        """The milestones the caller's department (a responder's) is summoned to, the open ones by default."""
        with self._unit(write=False) as (s, _):
            out = []
            for m, p in milestones.summoned(s, department_id=self._department_id, open_only=not include_done):
                out.append(service.milestone_info(s, p, m.id))
            return out

    @permission("project_file")
    def project_file(self: Any, file_id: int) -> dto.StoredFile:
        """The stored file of a project (a milestone's evidence, a progress or inspection photo)."""
        with self._unit(write=False) as (s, _):
            return files.stored_file(s, file_id)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValidationError("assist", "协办部门须为部门名称的列表。")
    return list(value)


def _finding(f: Any) -> dict[str, Any]:
    if not isinstance(f, Mapping) or not set(f) <= FINDING_KEYS:
        raise ValidationError("findings", "每条问题须写明：name（问题）、lead（整改主办部门）、due_on 或 within（整改期限）。")
    if f.get("due_on") is not None and (not isinstance(f["due_on"], date) or isinstance(f["due_on"], datetime)):
        raise ValidationError("findings", "整改期限须是日期。")
    if f.get("within") is not None and not isinstance(f["within"], str):
        raise ValidationError("findings", "整改期限须写成如 3wd 的时长。")
    return dict(f)
