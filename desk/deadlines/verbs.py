"""The façade's verbs of deadlines: the time limits (时限) and the working calendar.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from desk import dto
from desk.audit import service as audit
from desk.deadlines import parse_overrides_csv
from desk.deadlines import service as deadline_service
from desk.errors import ValidationError
from desk.setup.service import bump_calendar as _bump_calendar
from desk.tickets import service as tickets
from desk.verbs import permission
from models import CalendarDay, Category, TimePolicy


class DeadlineVerbs:
    """Verbs of deadlines (a mixin of ``desk.ActingUser``)."""

    @permission("policies")
    def policies(self) -> list[dto.PolicyInfo]:
        """Time limits for every category × urgency (a category without its own row uses the defaults)."""
        with self._unit(write=False) as (s, _):
            rows = {(r.category_id, r.urgency): r for r in s.scalars(select(TimePolicy))}
            cats = {c.id: c for c in s.scalars(select(Category).order_by(Category.id))}
            out = []
            for c in (c for c in cats.values() if c.active):
                for urgency in ("emergency", "urgent", "routine"):
                    r = rows.get((c.id, urgency))
                    src, up = None, c  # issue 15 §4: a category without its own row inherits up the tree
                    while r is None and up.parent_id is not None and up.parent_id in cats:
                        up = cats[up.parent_id]
                        r, src = rows.get((up.id, urgency)), up.name
                    texts = (r.acknowledge_within, r.respond_within, r.resolve_within) if r else \
                        deadline_service.DEFAULT_POLICY[urgency]
                    out.append(dto.PolicyInfo(c.name, urgency, *texts, is_default=src is not None or r is None,
                                              inherited_from=src if r is not None else None))
            return out

    @permission("set_policy")
    def set_policy(self, category: str, urgency: str, *, acknowledge: str, respond: str, resolve: str
                   ) -> dto.PolicyInfo:
        """Change a time limit. Dispatches already whistled keep their due instants."""
        with self._unit() as (s, now):
            me = self._me(s)
            cat = s.scalar(select(Category).where(Category.name == category)) if isinstance(category, str) else None
            before = None
            if cat is not None and isinstance(urgency, str):
                before = deadline_service.policy_for(s, cat.id, urgency) if urgency in \
                    deadline_service.DEFAULT_POLICY else None
            texts = deadline_service.set_policy(session=s, category=category, urgency=urgency,
                                                acknowledge=acknowledge, respond=respond, resolve=resolve)
            changes = {f"{step}_within": (before[i] if before else None, texts[i])
                       for i, step in enumerate(deadline_service.STEPS)
                       if not before or before[i] != texts[i]}
            if changes:
                audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="policy",
                             subject=f"policy:{category}/{urgency}", changes=changes)
            return dto.PolicyInfo(category, urgency, *texts, is_default=False)

    @permission("calendar_month")
    def calendar_month(self, year: int, month: int) -> list[dto.CalendarDayInfo]:
        if not (isinstance(year, int) and isinstance(month, int) and 1900 < year < 2200 and 1 <= month <= 12):
            raise ValidationError("month", "月份无效。")
        self._check()
        cal = self.desk.calendar()
        out = []
        for info in cal.month_table(year, month):
            ov = cal.day_kind(info.date)
            out.append(dto.CalendarDayInfo(info.date, ov.kind.value, ov.name or info.label, info.working_time))
        return out

    @permission("set_calendar_day")
    def set_calendar_day(self, day, kind: str, name: str = "") -> None:
        """Mark a date as holiday or workday (调休上班), or back to default."""
        with self._unit() as (s, now):
            me = self._me(s)
            name = tickets.text_field("name", name, required=False)
            old = s.get(CalendarDay, day) if isinstance(day, date) and not isinstance(day, datetime) else None
            before = (old.kind, old.name) if old is not None else ("default", "")
            deadline_service.set_days(session=s, days={day: (kind, name)}, origin="admin", now=now)
            after = (kind, name[:64] if kind != "default" else "")
            if before != after:
                audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="calendar_day",
                             subject=f"calendar:{day.isoformat()}",
                             changes={"kind": (before[0], after[0]), "name": (before[1], after[1])})
            _bump_calendar(s)

    @permission("import_calendar_csv")
    def import_calendar_csv(self, text: str) -> int:
        """Import ``date,kind,name`` lines (the State Council's schedule for next year). All or nothing."""
        days = parse_overrides_csv(text)
        with self._unit() as (s, now):
            me = self._me(s)
            count = deadline_service.set_days(session=s, days=dict(days), origin="csv", now=now)
            dates = sorted(dict(days))
            audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="calendar_import", subject="calendar",
                         changes={"days": (None, count), "from": (None, dates[0].isoformat() if dates else None),
                                  "to": (None, dates[-1].isoformat() if dates else None)})
            _bump_calendar(s)
            return count
