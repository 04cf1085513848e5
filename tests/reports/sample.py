"""A synthetic :class:`desk.stats.data.PeriodReport` for rendering tests (PDF, workbook, charts).

The figures are made up (deterministic for a seed) and self-consistent enough to lay out: use it to test
layout (many departments, long names, long lists, an empty period), never to test arithmetic: the
figures themselves are tested against the database in tests/core/test_stats.py.

    from sample import sample_report      # tests/reports is on sys.path (pytest rootdir insertion)
    report = sample_report(departments=60, long_names=True, overdue=1000)

``unranked`` gives the last departments too few callbacks to be ranked; ``year_ago`` adds the same period a
year before; ``previous=False`` leaves out the previous period (a first issue); ``real_definitions`` prints
the service's own definitions (as long as a real report's) instead of two short ones.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from desk.stats.data import (
    AGE_BANDS,
    AgeBand,
    CallbackFigures,
    CaseItem,
    Definition,
    DepartmentFigures,
    DispatchFigures,
    EscalationItem,
    GroupRates,
    Headline,
    Indicators,
    LevelCounts,
    OfficeFigures,
    OverdueItem,
    PeriodReport,
    Ratio,
    RepeatItem,
    Scheme,
    Share,
    TrendPoint,
)

START = datetime(2026, 11, 22, 16, 0, tzinfo=timezone.utc)  # Monday 2026-11-23 00:00 Shanghai
END = START + timedelta(days=7)
SHORT = ["城管执法队", "住建委", "交通支队", "水务所", "市场监管所", "环保所", "派出所", "消防救援站", "卫健办", "民政科",
         "安监科", "房管所"]
LONG_PREFIX = "朝阳区市场监督管理局太阳宫市场监督管理所"  # 20 characters
COMMUNITIES = ["幸福社区", "和平里社区", "光明社区", "太阳宫社区", "芍药居北里社区", "西坝河东里社区"]
CATEGORIES = ["市容环境", "房屋安全", "道路交通", "供排水", "噪声扰民", "物业管理"]
STEPS = ("acknowledge", "respond", "resolve")


def _names(n: int, long_names: bool) -> list[str]:
    out = []
    for i in range(n):
        if long_names:
            out.append(f"{LONG_PREFIX}第{i + 1:02d}综合执法分队（试点）")  # 30+ characters
        else:
            out.append(SHORT[i] if i < len(SHORT) else f"{SHORT[i % len(SHORT)]}{i // len(SHORT) + 1}")
    return out


def _ratio(rng: random.Random, whole: int, p: float) -> Ratio:
    part = sum(1 for _ in range(whole) if rng.random() < p)
    return Ratio.of(part, whole)


def _indicators(rng: random.Random, quality: float, volume: int, notifications: int) -> Indicators:
    resp = _ratio(rng, volume, quality)
    res = _ratio(rng, volume, quality - 0.03)
    sat = _ratio(rng, volume, quality - 0.05)
    values = [resp, res, sat]
    weights = [0.3, 0.35, 0.35]
    composite = sum(w * (r.value or 0) for w, r in zip(weights, values)) if volume else None
    half = (sum((w * ((r.high or 0) - (r.low or 0)) / 2) ** 2 for w, r in zip(weights, values)) ** 0.5
            if volume else None)
    return Indicators(
        response=resp, resolution=res, satisfaction=sat, acknowledge_on_time=_ratio(rng, volume, quality + 0.02),
        resolve_on_time=_ratio(rng, volume, quality - 0.02), return_rate=_ratio(rng, volume, 0.03),
        redo_rate=_ratio(rng, volume, 0.06), department_contacted=_ratio(rng, volume, quality),
        valid_callbacks=volume, notifications=notifications, composite=composite,
        composite_low=None if composite is None else composite - half,
        composite_high=None if composite is None else composite + half)


def _dispatch(rng: random.Random, received: int, quality: float, overdue: int, levels: LevelCounts) -> DispatchFigures:
    return DispatchFigures(
        received=received, acknowledge_on_time=_ratio(rng, received, quality + 0.02),
        respond_on_time=_ratio(rng, received, quality), resolve_on_time=_ratio(rng, received, quality - 0.02),
        acknowledged=received, ack_median_hours=round(rng.uniform(0.2, 3), 2), overdue_at_end=overdue,
        escalations=levels, returns_requested=rng.randint(0, 3), returns_approved=rng.randint(0, 2),
        return_rate=_ratio(rng, received, 0.02), extensions_requested=rng.randint(0, 3),
        extensions_approved=rng.randint(0, 2), redo_rate=_ratio(rng, received, 0.05))


def _callbacks(rng: random.Random, volume: int, quality: float) -> CallbackFigures:
    resolved = sum(1 for _ in range(volume) if rng.random() < quality)
    sat = sum(1 for _ in range(volume) if rng.random() < quality - 0.1)
    basic = (volume - sat) // 2
    dis = volume - sat - basic
    return CallbackFigures(
        total=volume + (3 if volume else 0), valid=volume, resolved=resolved, satisfied=sat, basically_satisfied=basic,
        dissatisfied=dis, asked_contacted=volume, said_contacted=resolved,
        resolution=Ratio.of(resolved, volume), satisfaction=Ratio.of(sat + 0.9 * basic, volume),
        department_contacted=Ratio.of(resolved, volume))


def sample_report(*, departments: int = 12, long_names: bool = False, overdue: int = 40, escalations: int = 30,
                  cases: int = 20, repeats: int = 10, empty: bool = False, seed: int = 7,
                  kind: str = "week", unranked: int = 0, year_ago: bool = False, previous: bool = True,
                  signer: str = "", real_definitions: bool = False) -> PeriodReport:
    rng = random.Random(seed)
    names = _names(departments, long_names)
    due0 = START - timedelta(days=20)
    overdue_items = []
    esc_items = []
    case_items = []
    if not empty:
        for i in range(overdue):
            due = due0 + timedelta(hours=rng.uniform(0, 26 * 24))
            working = rng.random() < 0.8
            late = END - due
            overdue_items.append(OverdueItem(
                ticket_number=f"2026-{100000 + i:06d}", category=rng.choice(CATEGORIES),
                community=rng.choice(COMMUNITIES), urgency=rng.choice(["routine", "urgent", "emergency"]),
                department=rng.choice(names), role=rng.choice(["lead", "assist"]), step=rng.choice(STEPS), due=due,
                late=late if not working else late * 0.3, working=working,
                late_text="2 个工作日 3 小时" if working else "36 小时 10 分", age_days=late.total_seconds() / 86400,
                carried_over=due < START))
        for i in range(escalations):
            due = due0 + timedelta(hours=rng.uniform(0, 20 * 24))
            esc_items.append(EscalationItem(
                ticket_number=f"2026-{200000 + i:06d}", urgency=rng.choice(["routine", "urgent", "emergency"]),
                department=rng.choice(names), role="lead", step=rng.choice(STEPS), level=rng.choice([1, 2, 3]),
                due=due, reached_at=due + timedelta(days=rng.randint(0, 5)), handling=rng.choice([None, "urge"]),
                closed=rng.random() < 0.3, late_text="5 个工作日"))
        for i in range(cases):
            case_items.append(CaseItem(
                ticket_number=f"2026-{300000 + i:06d}", category=rng.choice(CATEGORIES),
                community=rng.choice(COMMUNITIES), department=rng.choice(names),
                at=START + timedelta(hours=rng.uniform(0, 160)), resolved=rng.random() < 0.5,
                satisfaction=rng.choice(["dissatisfied", "basically_satisfied", None]), reopened=rng.random() < 0.4))
    repeat_items = tuple(RepeatItem(
        ticket_number=f"2026-{400000 + i:06d}", earlier_number=f"2026-{390000 + i:06d}",
        category=rng.choice(CATEGORIES), community=rng.choice(COMMUNITIES),
        matched_by=rng.choice(["address", "phone"]), days_apart=round(rng.uniform(0.5, 29), 1))
        for i in range(0 if empty else repeats))

    depts = []
    for i, name in enumerate(names):
        quality = 0.75 + 0.2 * rng.random()
        volume = 0 if empty else rng.randint(10, 90)
        if i >= departments - unranked and not empty:
            volume = 5  # 20 valid callbacks in the window: fewer than the 30 needed to be ranked
        n3 = 0 if empty else rng.choice([0, 0, 1, 4])
        levels = LevelCounts(0, 0, 0) if empty else LevelCounts(rng.randint(0, 9), rng.randint(0, 6), n3)
        lead = _dispatch(rng, volume, quality, sum(1 for x in overdue_items if x.department == name), levels)
        period = _indicators(rng, quality, volume, n3)
        window = _indicators(rng, quality, volume * 4, n3)
        depts.append(DepartmentFigures(
            name=name, lead=lead, all=lead, callbacks=_callbacks(rng, volume, quality), period=period,
            window=window, previous=None if empty else _indicators(rng, quality, volume, 0),
            ranked=False, rank=None, mark=None, reasons=(),
            overdue=tuple(x for x in overdue_items if x.department == name),
            escalations=tuple(x for x in esc_items if x.department == name),
            cases=tuple(x for x in case_items if x.department == name),
            trend=tuple(None if empty else round(quality + rng.uniform(-0.05, 0.05), 3) for _ in range(8))))
    min_cb = 30
    ranked = sorted((d for d in depts if d.window.valid_callbacks >= min_cb), key=lambda d: -(d.window.composite or 0))
    order = tuple(d.name for d in ranked)
    red = order[:3] if len(order) > 6 else ()
    black = order[-2:] if len(order) > 6 else ()
    final = []
    for d in depts:
        rank = order.index(d.name) + 1 if d.name in order else None
        mark = "red" if d.name in red else "black" if d.name in black else None
        reasons = ("响应率 71.0%，低于全街道 88.2%（低 17.2 个百分点）",) if mark == "black" else \
            (() if rank else (f"近 4 周有效回访 {d.window.valid_callbacks} 次，少于 {min_cb} 次，不参与排名",))
        final.append(DepartmentFigures(**{**d.__dict__, "ranked": rank is not None, "rank": rank, "mark": mark,
                                          "reasons": reasons}))
    total_volume = sum(d.window.valid_callbacks for d in depts)
    office_ind = _indicators(rng, 0.86, sum(d.period.valid_callbacks for d in depts), sum(d.period.notifications
                                                                                            for d in depts))
    office_win = _indicators(rng, 0.86, total_volume, sum(d.window.notifications for d in depts))
    levels = LevelCounts(sum(d.lead.escalations.level1 for d in depts), sum(d.lead.escalations.level2 for d in depts),
                         sum(d.lead.escalations.level3 for d in depts))
    received = 0 if empty else sum(d.lead.received for d in depts)
    office = OfficeFigures(
        received=received, dispatched=received, dispatches=received, closed=0 if empty else received * 9 // 10,
        reopened=0 if empty else 12, cancelled=0 if empty else 5,
        by_source=() if empty else (Share("12345", "12345热线", received * 2 // 3), Share("patrol", "巡查",
                                                                                          received // 3)),
        by_appeal_type=() if empty else (Share("complaint", "投诉", received),),
        by_category=tuple(Share(c, c, 0 if empty else rng.randint(5, 80)) for c in CATEGORIES),
        top_communities=tuple(Share(c, c, 0 if empty else rng.randint(5, 80)) for c in COMMUNITIES),
        whistle_median_hours=None if empty else 0.8,
        dispatch=_dispatch(rng, received, 0.86, len(overdue_items), levels),
        callbacks=_callbacks(rng, sum(d.callbacks.valid for d in depts), 0.86), period=office_ind, window=office_win,
        communities=tuple(GroupRates(c, 0 if empty else 50, _ratio(rng, 0 if empty else 40, 0.9),
                                     _ratio(rng, 0 if empty else 40, 0.85), _ratio(rng, 0 if empty else 40, 0.8), 2)
                          for c in COMMUNITIES),
        categories=tuple(GroupRates(c, 0 if empty else 50, _ratio(rng, 0 if empty else 40, 0.9),
                                    _ratio(rng, 0 if empty else 40, 0.85), _ratio(rng, 0 if empty else 40, 0.8), 1)
                         for c in CATEGORIES),
        backlog=tuple(AgeBand(label, sum(1 for x in overdue_items if lo <= x.age_days < hi),
                              sum(1 for x in overdue_items if lo <= x.age_days < hi and x.urgency == "emergency"))
                      for (label, lo), hi in zip(AGE_BANDS, [b for _, b in AGE_BANDS[1:]] + [10 ** 9])),
    )
    headline = None if empty or not previous else Headline(
        name="2026-W47", received=received - 40, closed=received - 60, dispatches=received - 30,
        response=office_ind.response, resolution=office_ind.resolution, satisfaction=office_ind.satisfaction,
        acknowledge_on_time=office_ind.acknowledge_on_time, resolve_on_time=office_ind.resolve_on_time,
        notifications=3, overdue_at_end=len(overdue_items) - 5)
    if headline is not None:  # last week's rates a little apart from this week's
        before = _indicators(rng, 0.84, office_ind.valid_callbacks, 3)
        headline = Headline(**{**headline.__dict__, "response": before.response, "resolution": before.resolution,
                               "satisfaction": before.satisfaction, "acknowledge_on_time": before.acknowledge_on_time,
                               "resolve_on_time": before.resolve_on_time})
    ago = None
    if year_ago and not empty:
        then = _indicators(rng, 0.8, office_ind.valid_callbacks, 5)
        ago = Headline(name="2025-W48", received=received - 120, closed=received - 150, dispatches=received - 100,
                       response=then.response, resolution=then.resolution, satisfaction=then.satisfaction,
                       acknowledge_on_time=then.acknowledge_on_time, resolve_on_time=then.resolve_on_time,
                       notifications=8, overdue_at_end=len(overdue_items) + 12)
    notes = tuple(x for x in esc_items if x.level == 3)
    return PeriodReport(
        office_name="示例街道办事处", kind=kind, name="2026-W48" if kind == "week" else "2026-11", year=2026,
        number=48 if kind == "week" else 11, issue=48 if kind == "week" else 11, issue_total=60,
        time_zone="Asia/Shanghai", start=START, end=END, first_day=date(2026, 11, 23), last_day=date(2026, 11, 29),
        window_start=START - timedelta(days=21), window_first_day=date(2026, 11, 2), as_of=END, complete=True,
        generated_at=END + timedelta(hours=10), working_day_hours=7.0,
        scheme=Scheme((("response", 0.3), ("resolution", 0.35), ("satisfaction", 0.35)), 0.9, min_cb, 0.8, 4, 30),
        office=office, departments=tuple(final), ranking=order, red=red, black=black, separated=bool(red or black),
        notifications=notes, escalations=tuple(esc_items), overdue=tuple(overdue_items), cases=tuple(case_items),
        repeats=repeat_items, previous=headline, year_ago=ago,
        trend=tuple(TrendPoint(f"2026-W{41 + i}", date(2026, 10, 5) + timedelta(weeks=i), 0 if empty else 800 + i,
                               0 if empty else 700 + i, None if empty else 0.85 + i / 200) for i in range(8)),
        recipients="各承办部门、各社区居委会", copies="区12345热线办公室", signer=signer, fix_by=END + timedelta(days=3),
        comment_draft="" if empty else (f"{'本周' if kind == 'week' else '本月'}全街道受理工单较{'上周' if kind == 'week' else '上月'}"
                                         "增加，响应率保持稳定。请列入黑榜的部门于期限前整改。"),
        definitions=_definitions(kind) if real_definitions else (
            Definition("响应率", "主办派单中在响应时限内联系反映人或到场的比例。"),
            Definition("解决率", "有效回访中反映人表示问题已解决的比例。")),
    )


def _definitions(kind: str) -> tuple[Definition, ...]:
    """The definitions the service prints, or two short ones if their maker's signature changed."""
    scheme = Scheme((("response", 0.3), ("resolution", 0.35), ("satisfaction", 0.35)), 0.9, 30, 0.8, 4, 30)
    try:
        from desk.stats.definitions import definitions

        return tuple(definitions(scheme, kind=kind, window_periods=4, supervise_after="1 个工作日",
                                 report_after="3 个工作日", fix_within="3 个工作日", working_day_hours=7.0))
    except (ImportError, TypeError):
        return (Definition("响应率", "主办派单中在响应时限内联系反映人或到场的比例。"),
                Definition("解决率", "有效回访中反映人表示问题已解决的比例。"))


# -- reading rendered PDFs back (poppler-utils: pdftotext, pdfinfo, pdffonts, pdftoppm) -------------------
def pdftotext(path, *, layout: bool = False, first: int | None = None, last: int | None = None) -> str:
    import subprocess

    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    args += (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    return subprocess.run(args + [str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path, *, layout: bool = True) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed)."""
    return pdftotext(path, layout=layout).split("\f")[:-1]


def pdfinfo(path) -> dict[str, str]:
    import subprocess

    out = subprocess.run(["pdfinfo", "-isodates", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}


def save_pngs(pdf, folder, stem: str, *, first: int | None = None, last: int | None = None) -> list:
    """Pages as PNG (60 dpi) into ``folder`` for a person to look at; older PNGs of ``stem`` are removed."""
    import subprocess

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{stem}-*.png"):
        old.unlink()
    args = ["pdftoppm", "-r", "60", "-png"] + (["-f", str(first)] if first else []) + (["-l", str(last)] if last
                                                                                       else [])
    subprocess.run(args + [str(pdf), str(folder / stem)], check=True)
    return sorted(folder.glob(f"{stem}-*.png"))
