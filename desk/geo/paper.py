"""The period report's small map (issue 17, 一张图 in the 通报): the 社区 boundaries with the period's ticket counts,
read in the report's own transaction.

``desk.stats`` cannot import ``desk.geo`` (the map's figures use the report's ``Ratio``: the domains would import
each other), so the composition roots hand this function to :func:`desk.stats.period_report` as its ``place``, as
they hand :func:`desk.geo.service.project_map` to the 项目进度通报.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desk.geo import dto, service
from desk.stats.data import PeriodReport


def period_map(session: Session, report: PeriodReport) -> dto.MapPicture | None:
    """The boundaries and, per 社区 with one, the tickets received in the report's period (its first to its last
    day in the office's zone; merged repeats once, as their parent: :func:`desk.geo.service.summary`, the map page's
    count); None when no boundaries were imported."""
    layers = service.layers(session)
    if not layers.communities:
        return None
    q = dto.MapQuery(start=report.first_day, end=report.last_day)
    summary = service.summary(session, q=q, tz=ZoneInfo(report.time_zone), now=report.as_of,
                              basic_weight=report.scheme.basic_weight)
    return dto.MapPicture(layers, summary, None, (), title=report.title)
