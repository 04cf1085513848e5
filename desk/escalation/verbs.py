"""The façade's verbs of escalations: the 催办, 督办 and 通报 queues and their handling.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from desk import dto, notes
from desk.audit import service as audit
from desk.dispatch import service as dispatching
from desk.enums import DispatchRole, DispatchState
from desk.errors import ConflictError, Message, NotFound, ValidationError
from desk.escalation import service as escalation
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.verbs import permission
from models import Dispatch, Escalation, Ticket


ESCALATION_ACTIONS = ("urge", "extend", "reassign", "confirm")

class EscalationVerbs:
    """Verbs of escalations (a mixin of ``desk.ActingUser``)."""

    @permission("handle_escalation")
    def handle_escalation(self, escalation_id: int, *, action: str, note: str = "",
                          new_due: datetime | None = None, department: str | None = None) -> dto.EscalationInfo:
        """A supervisor works an escalation: ``urge`` (催办 note), ``extend`` (a new due for the late step),
        ``reassign`` (withdraw and summon ``department`` in the same role) or ``confirm`` (a 通报)."""
        if action not in ESCALATION_ACTIONS:
            raise ValidationError("action", "未知处理方式：{action}", action=action)
        with self._unit() as (s, now):
            me = self._me(s)
            e = s.get(Escalation, escalation_id) if isinstance(escalation_id, int) else None
            if e is None:
                raise NotFound("找不到督办记录 {id}。", id=escalation_id)
            t = s.scalar(select(Ticket).where(Ticket.id == e.ticket_id).with_for_update(key_share=True))
            s.refresh(e)
            d = s.get(Dispatch, e.dispatch_id, populate_existing=True) if e.dispatch_id is not None else None
            if e.closed_at is not None:
                raise ConflictError("该督办事项已关闭：{note}", note=notes.message(e.closed_note))
            if action == "confirm" and e.level != 3:
                raise ValidationError("action", "只有通报级别的事项需要确认通报。")
            if d is None and action in ("extend", "reassign"):  # the office's own 核实 or 回访
                raise ValidationError("action", "街道自身的核实、回访环节只能催办或确认通报，不能延期或改派。")
            note = tickets.text_field("note", note, required=action in ("urge", "reassign"))
            timing = self.desk._timing(s)
            changes: dict = {"action": (None, action), "level": (None, e.level), "step": (None, e.step)}
            if action == "extend":
                field = f"{e.step}_due"
                old = getattr(d, field)
                if not isinstance(new_due, datetime) or new_due.tzinfo is None or new_due <= now:
                    raise ValidationError("new_due", "新的期限必须是晚于现在的时间。")
                setattr(d, field, new_due)
                changes[field] = (old, new_due)
                d.updated_at, d.updated_by = now, me
                escalation.close_open(s, d, steps=(e.step,), now=now,
                                      note=notes.program(Message("督办延期：{note}", note=note)))
                escalation.reschedule(s, d, timing.cal, timing.offsets)
            if action == "reassign":
                if not department:
                    raise ValidationError("department", "请选择改派的部门。")
                target = dispatching.department_by_name(s, department, field="department")
                if target.id == d.department_id:
                    raise ValidationError("department", "请选择另一个部门。")
                role = d.role
                reassigned = notes.program(Message("督办改派：{note}", note=note))
                dispatching.move(session=s, dispatch=d, actor=me, now=now, verb="withdraw",
                                 dest=DispatchState.WITHDRAWN, note=reassigned, timing=timing)
                s.flush()
                s.refresh(t, ["dispatches"])
                dispatching.summon(session=s, ticket=t, actor=me, now=now,
                                   lead=target.name if role == DispatchRole.LEAD else None,
                                   assist=[target.name] if role == DispatchRole.ASSIST else [],
                                   note=reassigned, timing=timing)
                self._settle(s, t, me, now, note)
                changes["department"] = (d.department.name, target.name)
            e.handled_at, e.handled_by_id, e.handling, e.handling_note = now, me.id, action, note
            audit.record(session=s, ticket_id=t.id, dispatch_id=d.id if d is not None else None, actor_id=me.id,
                         at=now, kind="handle_escalation", note=note, changes=changes)
            self._ticket_touch(t, me, now)
            s.flush()
            row = s.execute(queries._escalation_query().where(Escalation.id == e.id)).one()
            return queries._escalation_info(row, timing.cal, now, *self.desk._office(s))

    @permission("escalations")
    def escalations(self, level: int, *, include_closed: bool = False) -> list[dto.EscalationInfo]:
        """The 催办 (1), 督办 (2) or 通报 (3) queue: open escalations, unhandled first, oldest first."""
        if level not in (1, 2, 3):
            raise ValidationError("level", "督办级别必须是 1、2 或 3。")
        with self._unit(write=False) as (s, now):
            office, limits = self.desk._office(s)
            return queries.escalations(s, level=level, cal=self.desk._timing(s).cal, now=now,
                                       include_closed=include_closed, office=office, office_limits=limits)

    @permission("escalation_counts")
    def escalation_counts(self) -> dict[int, int]:
        """Open, not yet handled escalations per level (1 催办, 2 督办, 3 通报)."""
        with self._unit(write=False) as (s, _):
            rows = s.execute(select(Escalation.level, func.count(Escalation.id))
                             .where(Escalation.closed_at.is_(None), Escalation.handled_at.is_(None))
                             .group_by(Escalation.level)).all()
        return {1: 0, 2: 0, 3: 0} | {level: n for level, n in rows}
