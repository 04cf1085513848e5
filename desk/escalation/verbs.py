"""The façade's verbs of escalations: the 催办, 督办 and 通报 queues and their handling.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desk import dto
from desk.dispatch import service as dispatching
from desk.errors import NotFound, ValidationError
from desk.escalation import service as escalation
from desk.projects.lifecycle import milestones as project_milestones
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.verbs import permission
from models import Dispatch, Escalation, Ticket


class EscalationVerbs:
    """Verbs of escalations (a mixin of ``desk.ActingUser``)."""

    @permission("handle_escalation")
    def handle_escalation(self, escalation_id: int, *, action: str, note: str = "",
                          new_due: datetime | None = None, department: str | None = None) -> dto.EscalationInfo:
        """A supervisor works an escalation: ``urge`` (催办 note), ``extend`` (a new due for the late step),
        ``reassign`` (withdraw and summon ``department`` in the same role) or ``confirm`` (a 通报)."""
        if action not in escalation.ACTIONS:
            raise ValidationError("action", "未知处理方式：{action}", action=action)
        with self._unit() as (s, now):
            me = self._me(s)
            e = s.get(Escalation, escalation_id) if isinstance(escalation_id, int) else None
            if e is None:
                raise NotFound("找不到督办记录 {id}。", id=escalation_id)
            if e.milestone_id is not None:  # issue 16: a project milestone's late step
                return self._handle_milestone_escalation(s, e, now, action=action, note=note, new_due=new_due)
            t = s.scalar(select(Ticket).where(Ticket.id == e.ticket_id).with_for_update(key_share=True))
            s.refresh(e)
            d = s.get(Dispatch, e.dispatch_id, populate_existing=True) if e.dispatch_id is not None else None
            escalation.check_action(e, d, action)
            note = tickets.text_field("note", note, required=action in ("urge", "reassign"))
            timing = self.desk._timing(s)
            changes: dict = {"action": (None, action), "level": (None, e.level), "step": (None, e.step)}
            if action == "extend":
                changes |= escalation.extend(session=s, esc=e, dispatch=d, new_due=new_due, actor=me, now=now,
                                             note=note, cal=timing.cal, offsets=timing.offsets)
            if action == "reassign":
                target = dispatching.reassign(session=s, ticket=t, dispatch=d, department=department, actor=me,
                                              now=now, note=note, timing=timing)
                self._settle(s, t, me, now, note)
                changes["department"] = (d.department.name, target.name)
            escalation.record_handling(session=s, esc=e, actor=me, now=now, action=action, note=note,
                                       changes=changes)
            self._ticket_touch(t, me, now)
            s.flush()
            return queries.escalation_info(s, e.id, timing.cal, now, *self.desk._office(s))

    def _handle_milestone_escalation(self, s, e: Escalation, now: datetime, *, action: str, note: str,
                                     new_due: datetime | None) -> dto.EscalationInfo:
        s.refresh(e, with_for_update={"key_share": True})
        note = tickets.text_field("note", note, required=action == "urge")
        timing = self.desk._timing(s)
        project_milestones.handle(s, esc=e, action=action, note=note, new_due=new_due, actor=self._me(s), now=now,
                                  ladder=escalation.Ladder(timing.cal, timing.offsets))
        s.flush()
        return project_milestones.escalation_info(s, e.id, timing.cal, now)

    @permission("escalations")
    def escalations(self, level: int, *, include_closed: bool = False) -> list[dto.EscalationInfo]:
        """The 催办 (1), 督办 (2) or 通报 (3) queue: open escalations, unhandled first, oldest first."""
        if level not in (1, 2, 3):
            raise ValidationError("level", "督办级别必须是 1、2 或 3。")
        with self._unit(write=False) as (s, now):
            office, limits = self.desk._office(s)
            cal = self.desk._timing(s).cal
            rows = queries.escalations(s, level=level, cal=cal, now=now, include_closed=include_closed,
                                       office=office, office_limits=limits)
            # issue 16: the project milestones' escalations of the level, in the same queue and the same order
            rows += project_milestones.queue(s, level=level, cal=cal, now=now, include_closed=include_closed)
            return sorted(rows, key=lambda e: (e.handled_at is not None, e.reached_at, e.id))

    @permission("escalation_counts")
    def escalation_counts(self) -> dict[int, int]:
        """Open, not yet handled escalations per level (1 催办, 2 督办, 3 通报)."""
        with self._unit(write=False) as (s, _):
            return escalation.open_counts(s)
