"""The projects export (``whistle-desk export --what projects``): one row per project, in the order of the
projects list (the safety bottom line first, then the priority score).

Columns: number, name, year, stage, origin, community, category, safety_bottom_line, priority_score,
source_tickets, residents (of the source tickets and the repeats merged into them), people_affected,
estimated_cost_yuan, on_approved_list (the approved version of its year's list holds it), created_at.

Issue 16 §2, the lifecycle: percent_complete (the newest progress entry's), and milestones: a list, per milestone
(by due), of its name, stage, kind (plan, or fix: an inspection finding's), lead department, planned_due, done_at
(null: not done) and level (the highest escalation level still open: 0 none, 1 催办, 2 督办, 3 通报); in CSV the
list is one JSON cell. No resident's name or phone is in it.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.enums import ListState
from desk.projects import priority as scoring
from desk.projects import service
from models import AnnualList, AnnualListItem, Category, Community, Department, Escalation, Milestone, Project, \
    ProjectEntry

COLUMNS = ("number", "name", "year", "stage", "origin", "community", "category", "safety_bottom_line",
           "priority_score", "source_tickets", "residents", "people_affected", "estimated_cost_yuan",
           "on_approved_list", "created_at", "percent_complete", "milestones")


def rows(session: Session, *, weights: dict[str, float], tz: tzinfo) -> Iterator[dict[str, Any]]:
    projects = list(session.scalars(select(Project)))
    facts = service.facts(session, projects)
    communities = service._names(session, Community, {p.community_id for p in projects})
    categories = service._names(session, Category, {p.category_id for p in projects})
    listed = set(session.scalars(select(AnnualListItem.project_id).join(AnnualList, AnnualList.id == AnnualListItem.list_id)
                                 .where(AnnualList.state == ListState.APPROVED.value)))
    percents, milestones = _percents(session), _milestones(session, tz)
    scored = [(p, service.priority(p.number, facts[p.id], weights).score) for p in projects]
    scored.sort(key=lambda x: (*(-k for k in scoring.rank_key(bool(x[0].safety_bottom_line), x[1])), x[0].number))
    for p, score in scored:
        f = facts[p.id]
        yield {"number": p.number, "name": p.name, "year": p.year, "stage": p.stage, "origin": p.origin,
               "community": communities.get(p.community_id), "category": categories.get(p.category_id),
               "safety_bottom_line": bool(p.safety_bottom_line), "priority_score": round(score, 2),
               "source_tickets": f.tickets, "residents": f.residents, "people_affected": p.people_affected,
               "estimated_cost_yuan": str(Decimal(p.estimated_cost_fen) / 100),
               "on_approved_list": p.id in listed, "created_at": p.created_at.astimezone(tz).isoformat(),
               "percent_complete": percents.get(p.id, 0), "milestones": milestones.get(p.id, [])}


def _percents(session: Session) -> dict[int, int]:
    """Each project's newest progress percent (by date, then entry)."""
    out: dict[int, int] = {}
    for pid, percent in session.execute(select(ProjectEntry.project_id, ProjectEntry.percent)
                                        .where(ProjectEntry.kind == "progress")
                                        .order_by(ProjectEntry.on_date, ProjectEntry.id)):
        out[pid] = percent
    return out


def _milestones(session: Session, tz: tzinfo) -> dict[int, list[dict[str, Any]]]:
    levels = dict(session.execute(select(Escalation.milestone_id, func.max(Escalation.level))
                                  .where(Escalation.milestone_id.is_not(None), Escalation.closed_at.is_(None))
                                  .group_by(Escalation.milestone_id)).all())
    out: dict[int, list[dict[str, Any]]] = {}
    for m, lead in session.execute(select(Milestone, Department.name)
                                   .join(Department, Department.id == Milestone.lead_department_id)
                                   .order_by(Milestone.due, Milestone.id)):
        out.setdefault(m.project_id, []).append({
            "name": m.name, "stage": m.stage, "kind": m.kind, "lead": lead,
            "planned_due": m.due.astimezone(tz).isoformat(),
            "done_at": m.done_at.astimezone(tz).isoformat() if m.done_at else None, "level": levels.get(m.id, 0)})
    return out


def export_projects(desk: Any) -> list[dict[str, Any]]:
    """Every project's row (see the module doc), read in one transaction (the command line's export)."""
    tz = desk.office_tz()
    with desk.unit(write=False) as (s, _):
        weights = scoring.parse_weights(desk._settings(s)["project_weights"])
        return list(rows(s, weights=weights, tz=tz))
