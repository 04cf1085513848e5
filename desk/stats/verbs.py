"""The façade's verbs of the office's period reports (周报, 月报) and the tickets behind a rate.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from desk.verbs import permission


class ReportVerbs:
    """Verbs of the period reports (a mixin of ``desk.ActingUser``)."""

    @permission("period_report")
    def period_report(self, week: str | None = None, month: str | None = None):
        """The office report's figures (desk.stats.PeriodReport) for an ISO week like ``2026-W47`` or a month like
        ``2026-11``; neither: the last complete week. With 社区 boundaries imported it carries the 通报's small map
        (desk.geo.paper.period_map)."""
        from desk.geo.paper import period_map
        from desk.stats import period_report

        self._check()
        return period_report(self.desk, week=week, month=month, place=period_map)

    @permission("period_rate_items")
    def period_rate_items(self, department: str, indicator: str, week: str | None = None, month: str | None = None):
        """The tickets behind one department's rate in the period of :meth:`period_report` (desk.stats.RateItem;
        ``indicator``: response, acknowledge_on_time, resolve_on_time, resolution, satisfaction or
        department_contacted), counted by the report's own rules."""
        from desk.stats import rate_items

        self._check()
        return rate_items(self.desk, department, indicator, week=week, month=month)

    @permission("weekly_report")
    def weekly_report(self, week: str | None = None):
        """:meth:`period_report` of one ISO week."""
        return self.period_report(week=week)
