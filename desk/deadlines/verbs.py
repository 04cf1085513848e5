"""The façade's verbs of deadlines: the time limits (时限) and the working calendar.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from desk import dto
from desk.audit import service as audit
from desk.deadlines import parse_overrides_csv
from desk.deadlines import service as deadline_service
from desk.errors import ValidationError
from desk.setup.service import bump_calendar as _bump_calendar
from desk.tickets import service as tickets
from desk.verbs import permission


class DeadlineVerbs:
    """Verbs of deadlines (a mixin of ``desk.ActingUser``)."""

    @permission("policies")
    def policies(self) -> list[dto.PolicyInfo]:
        """Time limits for every category × urgency (a category without its own row uses the defaults)."""
        with self._unit(write=False) as (s, _):
            return deadline_service.policy_table(s)

    @permission("set_policy")
    def set_policy(self, category: str, urgency: str, *, acknowledge: str, respond: str, resolve: str
                   ) -> dto.PolicyInfo:
        """Change a time limit. Dispatches already whistled keep their due instants."""
        with self._unit() as (s, now):
            me = self._me(s)
            texts, changes = deadline_service.change_policy(session=s, category=category, urgency=urgency,
                                                            acknowledge=acknowledge, respond=respond, resolve=resolve)
            if changes:
                audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="policy",
                             subject=f"policy:{category}/{urgency}", changes=changes)
            return dto.PolicyInfo(category, urgency, *texts, is_default=False)

    @permission("calendar_month")
    def calendar_month(self, year: int, month: int) -> list[dto.CalendarDayInfo]:
        if not (isinstance(year, int) and isinstance(month, int) and 1900 < year < 2200 and 1 <= month <= 12):
            raise ValidationError("month", "月份无效。")
        self._check()
        return deadline_service.month_table(self.desk.calendar(), year, month)

    @permission("set_calendar_day")
    def set_calendar_day(self, day, kind: str, name: str = "") -> None:
        """Mark a date as holiday or workday (调休上班), or back to default."""
        with self._unit() as (s, now):
            me = self._me(s)
            name = tickets.text_field("name", name, required=False)
            changes = deadline_service.change_day(session=s, day=day, kind=kind, name=name, now=now)
            if changes:
                audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="calendar_day",
                             subject=f"calendar:{day.isoformat()}", changes=changes)
            _bump_calendar(s)

    @permission("import_calendar_csv")
    def import_calendar_csv(self, text: str) -> int:
        """Import ``date,kind,name`` lines (the State Council's schedule for next year). All or nothing."""
        days = parse_overrides_csv(text)
        with self._unit() as (s, now):
            me = self._me(s)
            count, changes = deadline_service.import_days(session=s, days=dict(days), now=now)
            audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="calendar_import", subject="calendar",
                         changes=changes)
            _bump_calendar(s)
            return count
