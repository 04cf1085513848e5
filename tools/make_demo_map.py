"""Draw the demo street's 社区 boundaries and a few roads (invented, for the demo only) into
resources/map/demo-street.geojson.

    python tools/make_demo_map.py

The street is a 4 × 4 patchwork of the demo's 16 社区 (desk.demo.COMMUNITIES) around an invented centre: a grid of
corners nudged by a fixed pseudo-random amount (neighbours share their corners, so the 社区 tile without gaps),
and the roads along some of the grid lines. Nothing is traced from any real map. The output is deterministic.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desk.demo import COMMUNITIES  # noqa: E402

#: The invented centre and the size of one 社区 cell (degrees: about 770 m × 780 m at this latitude).
CENTRE = (116.4350, 39.9750)
CELL = (0.0090, 0.0070)
N = 4


def corners(rng: random.Random) -> dict[tuple[int, int], tuple[float, float]]:
    x0 = CENTRE[0] - CELL[0] * N / 2
    y0 = CENTRE[1] - CELL[1] * N / 2
    out = {}
    for i in range(N + 1):
        for j in range(N + 1):
            inner = 0 < i < N and 0 < j < N
            dx = rng.uniform(-0.25, 0.25) * CELL[0] if inner else rng.uniform(-0.08, 0.08) * CELL[0]
            dy = rng.uniform(-0.25, 0.25) * CELL[1] if inner else rng.uniform(-0.08, 0.08) * CELL[1]
            out[i, j] = (round(x0 + i * CELL[0] + dx, 6), round(y0 + j * CELL[1] + dy, 6))
    return out


def main() -> None:
    rng = random.Random(17)
    c = corners(rng)
    names = list(COMMUNITIES)
    features = []
    for k, name in enumerate(names):
        i, j = k % N, N - 1 - k // N  # the first names in the north-west
        loop = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
        ring: list[tuple[float, float]] = []
        for a, b in zip(loop, loop[1:] + loop[:1]):
            ring += [c[a], _mid(c, a, b)]
        ring.append(ring[0])
        features.append({"type": "Feature", "properties": {"名称": name, "编号": f"SQ{k + 1:02d}"},
                         "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}})
    roads = []
    for j, road in ((1, "幸福路"), (2, "光明路"), (3, "胜利路")):
        roads.append({"type": "Feature", "properties": {"名称": road},
                      "geometry": {"type": "LineString", "coordinates": [list(c[i, j]) for i in range(N + 1)]}})
    for i, road in ((1, "建设大街"), (2, "花园路"), (3, "东湖路")):
        roads.append({"type": "Feature", "properties": {"名称": road},
                      "geometry": {"type": "LineString", "coordinates": [list(c[i, j]) for j in range(N + 1)]}})
    out = ROOT / "resources" / "map"
    out.mkdir(parents=True, exist_ok=True)
    for file, fs in (("demo-street.geojson", features), ("demo-roads.geojson", roads)):
        doc = {"type": "FeatureCollection", "name": file.split(".")[0], "features": fs}
        (out / file).write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).replace("},{\"type\":\"Feature\"", "},\n{\"type\":\"Feature\"") + "\n", encoding="utf-8")
    print(f"wrote {len(features)} 社区 and {len(roads)} roads to {out}")


def _mid(c, a, b) -> tuple[float, float]:
    """The bend of the edge a–b, computed from its sorted end points (shared by both neighbours)."""
    lo, hi = sorted((a, b))
    r = random.Random(str((lo, hi)))
    pa, pb = c[lo], c[hi]
    return (round((pa[0] + pb[0]) / 2 + r.uniform(-0.06, 0.06) * CELL[0], 6),
            round((pa[1] + pb[1]) / 2 + r.uniform(-0.06, 0.06) * CELL[1], 6))


if __name__ == "__main__":
    main()
