"""The disclosure's data: the year's approved list of projects and the office's 三率 per month and department."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import ValidationError
from desk.escalation.service import Ladder
from desk.projects import bulletin
from desk.projects import service as projects
from desk.projects.records import query as records
from desk.stats import Definition, Ratio
from desk.stats import service as stats
from models import AnnualList, AnnualListItem, Category, Community, Project

#: The file that marks a folder as a site written earlier (which a new run may replace as a whole).
MARKER = ".whistle-disclosure"

#: The rates the site publishes, in its order (desk.stats' own definitions are printed beside them).
RATES = ("response", "resolution", "satisfaction")


@dataclass(frozen=True)
class PublicProject:
    """One project of the year's approved list, as the public may see it."""

    position: int
    number: str
    name: str
    year: int
    stage: str
    community: str | None
    category: str | None
    origin: str
    #: The residents' tickets behind it: how many, and how many residents (no ticket numbers, no people).
    source_tickets: int
    residents: int
    people_affected: int
    estimated_cost_fen: int
    # §2, as the 项目进度通报 counts them (desk.projects.bulletin): progress and milestones
    percent: int = 0
    milestones: int = 0
    milestones_done: int = 0
    late_milestones: int = 0
    # money (fen): budget, contract with the approved design changes, payments by date (amounts only: no notes)
    budget_fen: int = 0
    contract_total_fen: int = 0
    paid_fen: int = 0
    payments: tuple[tuple[date, int], ...] = ()
    # parties: the firms' names (never their contact people or phones)
    builder: str | None = None
    supervisor: str | None = None
    #: The builder's line of the contractors' 红黑榜: (good, bad, net, board "red"/"black"/"none").
    builder_record: tuple[int, int, int, str] | None = None
    # acceptance: the result and its date, the survey's size and satisfaction (no respondents, no reasons typed)
    acceptance: str | None = None
    accepted_on: date | None = None
    survey_responses: int = 0
    survey_satisfaction: float | None = None


@dataclass(frozen=True)
class RatesRow:
    """三率 of the office or of one department over one month (desk.stats' figures of that month)."""

    name: str
    callbacks: int
    response: Ratio
    resolution: Ratio
    satisfaction: Ratio


@dataclass(frozen=True)
class MonthFigures:
    month: str  # "2026-11"
    #: False for the month still running (its figures so far).
    complete: bool
    office: RatesRow
    departments: tuple[RatesRow, ...]


@dataclass(frozen=True)
class Disclosure:
    office_name: str
    #: The year of the projects' list.
    year: int
    generated_at: datetime  # in the office's zone
    #: The approved version of the year's list; None (and no projects) while no version is approved.
    list_version: int | None
    list_approved_on: date | None
    projects: tuple[PublicProject, ...]
    #: The office's figures of the last twelve months (the current one so far), oldest first.
    months: tuple[MonthFigures, ...]
    #: The 三率's definitions (desk.stats'), and the projects' figures' (desk.projects.bulletin's and the 红黑榜's).
    definitions: tuple[Definition, ...]
    project_definitions: tuple[Definition, ...] = ()


def _projects(session: Session, lst: AnnualList | None, works: Any) -> tuple[PublicProject, ...]:
    """The list's projects with their public fields, chosen one by one; ``works``: the list's ProjectBulletin."""
    if lst is None:
        return ()
    rows = session.execute(select(AnnualListItem.position, Project).join(Project, Project.id == AnnualListItem.project_id)
                           .where(AnnualListItem.list_id == lst.id).order_by(AnnualListItem.position)).all()
    items = [p for _, p in rows]
    facts = projects.facts(session, items)
    communities = projects._names(session, Community, {p.community_id for p in items})
    categories = projects._names(session, Category, {p.category_id for p in items})
    by_number = {w.number: w for w in works.projects}
    board = {r.name: (r.good, r.bad, r.net, r.board) for r in works.builders.rows}
    out = []
    for i, (_, p) in enumerate(rows, 1):
        w, rec = by_number[p.number], records.info(session, p)
        builder = rec.builder.name if rec.builder else None
        out.append(PublicProject(
            i, p.number, p.name, p.year, p.stage, communities.get(p.community_id), categories.get(p.category_id),
            p.origin, facts[p.id].tickets, facts[p.id].residents, p.people_affected, p.estimated_cost_fen,
            percent=w.percent, milestones=w.milestones, milestones_done=w.milestones_done, late_milestones=w.late,
            budget_fen=rec.budget_fen, contract_total_fen=rec.contract_total_fen, paid_fen=rec.paid_fen,
            payments=tuple((x.paid_on, x.amount_fen) for x in rec.payments), builder=builder,
            supervisor=rec.supervisor.name if rec.supervisor else None, builder_record=board.get(builder),
            acceptance=rec.acceptance, accepted_on=rec.accepted_on, survey_responses=len(rec.survey.responses),
            survey_satisfaction=rec.survey.satisfaction))
    return tuple(out)


def _rates(name: str, ind: Any) -> RatesRow:
    return RatesRow(name, ind.valid_callbacks, ind.response, ind.resolution, ind.satisfaction)


def _months(session: Session, desk: Any, now: datetime) -> tuple[tuple[MonthFigures, ...], tuple[Definition, ...]]:
    """The twelve months up to the current one (so far), less the leading months without any figure."""
    cal, settings = desk._timing(session).cal, desk._settings(session)
    today = cal.local(now).date()
    out, definitions = [], ()
    for back in range(11, -1, -1):
        y, m = divmod(today.year * 12 + today.month - 1 - back, 12)
        r = stats.build(session=session, cal=cal, settings=settings, now=now, month=f"{y}-{m + 1:02d}")
        definitions = r.definitions
        office = _rates("全街道", r.office.period)
        if out or office.callbacks or office.response.whole:
            out.append(MonthFigures(r.name, r.complete, office, tuple(_rates(d.name, d.period) for d in r.departments)))
    wanted = {"响应率", "解决率", "满意率"}
    return tuple(out), tuple(d for d in definitions if d.term in wanted)


def disclosure(desk: Any, year: int | None = None) -> Disclosure:
    """The disclosure of ``year``'s list (default: the latest year with an approved list) and of the office's last
    twelve months, read in one transaction."""
    with desk.unit(write=False) as (s, now):
        cal = desk._timing(s).cal
        this_year = cal.local(now).year
        year = projects.published_year(s, year, this_year)
        lst = projects.approved_list(s, year)
        months, definitions = _months(s, desk, now)
        approved_on = cal.local(lst.approved_at).date() if lst is not None and lst.approved_at else None
        timing, office = desk._timing(s), desk._settings(s)["office_name"]
        works = bulletin.build(s, year=year, this_year=this_year, now=now, office_name=office,
                               time_zone=str(cal.tzinfo), ladder=Ladder(cal, timing.offsets))
        return Disclosure(office, year, cal.local(now), lst.version if lst else None,
                          approved_on, _projects(s, lst, works), months, definitions,
                          tuple(Definition(term, text) for term, text in works.definitions)
                          + (Definition("施工单位红黑榜", str(works.builders.definition)),))


def check_site_folder(out: Path) -> None:
    """Refuse a folder the site may not be written to: a file, a non-empty folder that is not an earlier site, or
    one whose parent folder does not exist (ValidationError "out")."""
    if out.exists() and not out.is_dir():
        raise ValidationError("out", "{path} 不是文件夹。", path=str(out)[:200])
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise ValidationError("out", "文件夹 {path} 不是空的，也不是以前生成的阳光工程网站；请选择一个空文件夹。",
                              path=str(out)[:200])
    if not out.absolute().parent.is_dir():
        raise ValidationError("out", "文件夹 {folder} 不存在。", folder=str(out.absolute().parent)[:200])
