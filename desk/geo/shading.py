"""The map's colour classes of ticket counts, defined once (plain data, no Qt): the map page (ui/map/scene.py) and
the printed 通报's small map (reports/mapdraw.py) shade the 社区 alike.

Classes: 0 alone (the palest colour), then five classes of counts above zero in equal steps down from the largest
count to the smallest above zero (so that 社区 of similar size are still told apart and the largest is the
darkest). With fewer than five different counts the lowest classes are empty.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

#: Palest (0) to darkest (the largest counts): YlOrBr.
COUNT_RAMP = ("#fff7d6", "#fee391", "#fec44f", "#fe9929", "#d95f0e", "#993404")


def count_breaks(counts: Iterable[int]) -> list[int]:
    """Upper bounds of the five classes of counts above zero (see the module doc)."""
    above = [c for c in counts if c > 0]
    if not above:
        return [1, 2, 3, 4, 5]
    lo, hi = min(above), max(above)
    step = max(1, math.ceil((hi - lo + 1) / 5))
    return [hi - step * (4 - i) for i in range(5)]


def count_class(count: float, breaks: Sequence[float]) -> int:
    """The class of ``count``: 0 for none, 1…5 above (an index into :data:`COUNT_RAMP`)."""
    if count <= 0:
        return 0
    return 1 + min(4, next((i for i, b in enumerate(breaks) if count <= b), 4))


def count_classes(breaks: Sequence[int]) -> list[tuple[int, int, int]]:
    """The classes above zero that can hold a count: (class, lowest, highest), palest first."""
    lows = [1] + [max(1, x + 1) for x in breaks[:-1]]
    return [(i + 1, lo, hi) for i, (lo, hi) in enumerate(zip(lows, breaks)) if hi >= lo]


def class_text(lo: int, hi: int) -> str:
    return f"{lo}–{hi}" if hi > lo else str(lo)
