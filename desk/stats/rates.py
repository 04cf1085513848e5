"""Pure arithmetic of the period report: indicators, the composite score with its interval, the fair ranking.

The ranking (red and black lists) only names a department whose composite differs from the street's
beyond the statistical noise of its own volume:

* the composite is the weighted mean of the scheme's indicators; its 95% interval combines the Wilson
  intervals of those indicators (half-widths added in quadrature, as for independent estimates);
* 红榜: ranked departments whose interval lies wholly above the street's composite and that had no
  通报 in the window, the best first, at most ``RED_SIZE``;
* 黑榜: ranked departments whose interval lies wholly below the street's composite, each with its
  reasons (the indicators whose own interval lies below the street's value, and by how much), plus
  any ranked department whose 满意率 is significantly under the threshold setting.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desk.stats.data import INDICATOR_LABELS, SCHEME_INDICATORS, CallbackFigures, Indicators, Ratio, Scheme, round1
from desk.stats.data import percent as _pct

RED_SIZE = 3




def composite(values: dict[str, Ratio], scheme: Scheme) -> tuple[float | None, float | None, float | None]:
    """The weighted score of the scheme's indicators and its approximate 95% interval (None without data)."""
    total = sum(w for _, w in scheme.weights)
    if total <= 0 or any(values[k].value is None for k, _ in scheme.weights):
        return None, None, None
    score = sum(w * values[k].value for k, w in scheme.weights) / total  # type: ignore[operator]
    half = math.sqrt(sum((w * ((values[k].high or 0) - (values[k].low or 0)) / 2) ** 2
                         for k, w in scheme.weights)) / total
    return score, max(0.0, score - half), min(1.0, score + half)


def indicators(*, response: Ratio, resolution: Ratio, satisfaction: Ratio, acknowledge_on_time: Ratio,
               resolve_on_time: Ratio, return_rate: Ratio, redo_rate: Ratio, department_contacted: Ratio,
               valid_callbacks: int, notifications: int, scheme: Scheme) -> Indicators:
    values = dict(zip(SCHEME_INDICATORS, (response, resolution, satisfaction, acknowledge_on_time,
                                          resolve_on_time)))
    score, low, high = composite(values, scheme)
    return Indicators(response=response, resolution=resolution, satisfaction=satisfaction,
                      acknowledge_on_time=acknowledge_on_time, resolve_on_time=resolve_on_time,
                      return_rate=return_rate, redo_rate=redo_rate, department_contacted=department_contacted,
                      valid_callbacks=valid_callbacks, notifications=notifications, composite=score,
                      composite_low=low, composite_high=high)


def callback_figures(c, scheme: Scheme) -> CallbackFigures:
    """From a tally with total, valid, resolved, satisfied, basic, dissatisfied, asked and said."""
    return CallbackFigures(
        total=c.total, valid=c.valid, resolved=c.resolved, satisfied=c.satisfied, basically_satisfied=c.basic,
        dissatisfied=c.dissatisfied, asked_contacted=c.asked, said_contacted=c.said,
        resolution=Ratio.of(c.resolved, c.valid),
        satisfaction=Ratio.of(c.satisfied + scheme.basic_weight * c.basic, c.valid),
        department_contacted=Ratio.of(c.said, c.asked))


@dataclass(frozen=True)
class Standing:
    rank: int | None
    mark: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Ranking:
    order: tuple[str, ...]
    red: tuple[str, ...]
    black: tuple[str, ...]
    #: Whether any ranked department differs from the street beyond the noise.
    separated: bool
    standing: dict[str, Standing]


def rank(departments: Iterable[tuple[str, Indicators]], office: Indicators, scheme: Scheme) -> Ranking:
    """Rank the departments over the window and draw the 红黑榜 where the differences are real.

    1. A department is ranked when it has at least ``min_callbacks`` valid callbacks in the window and a
       composite (every indicator of the scheme has data). The others are listed with the reason.
    2. Order: composite, then more valid callbacks, then the name.
    3. 红榜 and 黑榜 as the module's docstring says.
    """
    floor = max(1, scheme.min_callbacks)
    items = list(departments)
    ranked = [(n, x) for n, x in items if x.valid_callbacks >= floor and x.composite is not None]
    ranked.sort(key=lambda p: (-p[1].composite, -p[1].valid_callbacks, p[0]))  # type: ignore[operator]
    order = tuple(n for n, _ in ranked)
    street = office.composite
    standing: dict[str, Standing] = {}
    red: list[str] = []
    black: list[str] = []
    separated = False
    for i, (name, x) in enumerate(ranked, start=1):
        above = street is not None and x.composite_low is not None and x.composite_low > street
        below = street is not None and x.composite_high is not None and x.composite_high < street
        separated = separated or above or below
        reasons: list[str] = []
        mark = None
        if above and len(red) < RED_SIZE:
            if x.notifications:
                reasons.append(f"窗口期内有通报 {x.notifications} 件，不列入红榜")
            else:
                mark = "red"
                red.append(name)
        sat = x.satisfaction
        under = sat.high is not None and sat.high < scheme.black_threshold
        if below or under:
            mark = "black"
            black.append(name)
            reasons += _below_reasons(x, office, scheme)
            if under:
                reasons.append(f"满意率 {_pct(sat.value or 0)}，低于 {_pct(scheme.black_threshold)} 的底线")
            if below and not reasons:
                reasons.append(f"综合得分 {_pct(x.composite or 0)}，低于全街道 {_pct(street or 0)}")
        standing[name] = Standing(i, mark, tuple(reasons))
    for name, x in items:
        if name in standing:
            continue
        if x.valid_callbacks < floor:
            why = f"有效回访 {x.valid_callbacks} 次，少于 {floor} 次，不参与排名"
        else:
            missing = [INDICATOR_LABELS[k] for k, _ in scheme.weights if x.get(k).value is None]
            why = f"无{'、'.join(missing)}数据，不参与排名"
        standing[name] = Standing(None, None, (why,))
    return Ranking(order, tuple(red), tuple(black), separated, standing)


def _below_reasons(x: Indicators, office: Indicators, scheme: Scheme) -> list[str]:
    """The scheme's indicators on which the department is significantly below the street."""
    out = []
    for key, _ in scheme.weights:
        mine, theirs = x.get(key), office.get(key)
        if mine.high is not None and theirs.value is not None and mine.high < theirs.value:
            gap = (theirs.value - (mine.value or 0)) * 100
            out.append(f"{INDICATOR_LABELS[key]} {_pct(mine.value or 0)}，低于全街道 {_pct(theirs.value)}"
                       f"（低 {round1(gap)} 个百分点）")
    return out


def median(values: Sequence[float]) -> float | None:
    """The median (the mean of the middle two for an even count); None for no values."""
    if not values:
        return None
    s = sorted(values)
    n = len(s)
    mid = n // 2
    return float(s[mid]) if n % 2 else (s[mid - 1] + s[mid]) / 2
