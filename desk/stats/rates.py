"""Pure arithmetic of the weekly report: 三率, the composite, the 红黑榜 and medians."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desk.stats.data import CallbackFigures, ReportSettings

RED_SIZE = 3
BLACK_SIZE = 3


@dataclass
class CallbackTally:
    """Counts of callbacks, to be turned into :class:`CallbackFigures`."""

    total: int = 0
    contacted: int = 0
    resolved: int = 0
    satisfied: int = 0
    basically_satisfied: int = 0
    dissatisfied: int = 0

    def add(self, contacted: bool, resolved: bool | None, satisfaction: str | None, n: int = 1) -> None:
        self.total += n
        if not contacted:
            return
        self.contacted += n
        if resolved:
            self.resolved += n
        if satisfaction == "satisfied":
            self.satisfied += n
        elif satisfaction == "basically_satisfied":
            self.basically_satisfied += n
        elif satisfaction == "dissatisfied":
            self.dissatisfied += n

    def figures(self, settings: ReportSettings) -> CallbackFigures:
        valid = self.contacted  # 有效回访: the resident was reached
        if valid:
            response = self.contacted / valid
            resolution = self.resolved / valid
            satisfaction = (self.satisfied + settings.basic_weight * self.basically_satisfied) / valid
            w1, w2, w3 = settings.weights
            composite = w1 * response + w2 * resolution + w3 * satisfaction
        else:
            response = resolution = satisfaction = composite = None
        return CallbackFigures(
            total=self.total, valid=valid, contacted=self.contacted, resolved=self.resolved,
            satisfied=self.satisfied, basically_satisfied=self.basically_satisfied,
            dissatisfied=self.dissatisfied, response_rate=response, resolution_rate=resolution,
            satisfaction_rate=satisfaction, composite=composite,
        )


@dataclass(frozen=True)
class Ranking:
    order: tuple[str, ...]
    red: tuple[str, ...]
    black: tuple[str, ...]
    #: name -> reasons ("bottom", "threshold") for the 黑榜.
    black_reasons: dict[str, tuple[str, ...]]


def rank(departments: Iterable[tuple[str, CallbackFigures]], settings: ReportSettings) -> Ranking:
    """Rank departments with at least ``min_callbacks`` valid callbacks and draw the 红黑榜.

    1. Order by composite, then 满意率, then 解决率 (all descending), then more valid callbacks,
       then the name.
    2. Any ranked department whose 满意率 is under the threshold is on the 黑榜.
    3. 红榜: the first three of the order that are not under the threshold.
    4. 黑榜: the last three of the order that are not on the 红榜, plus those of step 2.
    """
    floor = max(1, settings.min_callbacks)
    ranked = [(name, cb) for name, cb in departments if cb.valid >= floor and cb.composite is not None]
    ranked.sort(key=lambda x: (-x[1].composite, -(x[1].satisfaction_rate or 0), -(x[1].resolution_rate or 0),
                               -x[1].valid, x[0]))
    order = tuple(name for name, _ in ranked)
    below = {name for name, cb in ranked if (cb.satisfaction_rate or 0) < settings.black_threshold}
    red = tuple([name for name in order if name not in below][:RED_SIZE])
    rest = [name for name in order if name not in red]
    bottom = set(rest[-BLACK_SIZE:]) if rest else set()
    black = tuple(name for name in order if name in bottom or name in below)
    reasons = {name: tuple(r for r, hit in (("bottom", name in bottom), ("threshold", name in below)) if hit)
               for name in black}
    return Ranking(order, red, black, reasons)


def median(values: Sequence[float]) -> float | None:
    """The median (the mean of the middle two for an even count); None for no values."""
    if not values:
        return None
    s = sorted(values)
    n = len(s)
    mid = n // 2
    return float(s[mid]) if n % 2 else (s[mid - 1] + s[mid]) / 2
