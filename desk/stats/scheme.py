"""The report's scoring scheme as the setting ``report_weights`` writes it (validated by desk.settings)."""
from __future__ import annotations

from desk.errors import ValidationError
from desk.stats.data import INDICATOR_LABELS, SCHEME_INDICATORS

#: The indicators a scoring scheme may weigh, by their names in the setting, and what they are called.
SCHEME_KEYS = {k: INDICATOR_LABELS[k] for k in SCHEME_INDICATORS}
_SCHEME_HINT = "例如 response:0.3,resolution:0.35,satisfaction:0.35"


def parse_scheme(value: str) -> tuple[tuple[str, float], ...]:
    """``"response:0.3,resolution:0.35,satisfaction:0.35"`` -> ((key, weight), …): non-negative weights that
    add up to 1 over known indicators. Three bare numbers (the old form) weigh 响应率, 解决率, 满意率."""
    text = (value or "").replace("，", ",").replace("：", ":").strip()
    items = [x.strip() for x in text.split(",") if x.strip()]
    pairs: list[tuple[str, float]] = []
    try:
        if items and all(":" not in x for x in items):
            if len(items) != 3:
                raise ValueError
            pairs = list(zip(("response", "resolution", "satisfaction"), (float(x) for x in items)))
        else:
            for x in items:
                key, weight = (p.strip() for p in x.split(":", 1))
                pairs.append((key, float(weight)))
    except ValueError:
        raise ValidationError("report_weights", "计分方案须写成“指标:权重”并用逗号分隔，{hint}。",
                              hint=_SCHEME_HINT) from None
    unknown = [k for k, _ in pairs if k not in SCHEME_KEYS]
    if unknown:
        raise ValidationError("report_weights", "未知的指标：{keys}；可用：{known}。", keys="、".join(unknown),
                              known="、".join(f"{k}（{v}）" for k, v in SCHEME_KEYS.items()))
    if not pairs or len({k for k, _ in pairs}) != len(pairs):
        raise ValidationError("report_weights", "每个指标只能出现一次，且至少要有一个，{hint}。", hint=_SCHEME_HINT)
    if any(not w >= 0 for _, w in pairs) or abs(sum(w for _, w in pairs) - 1) > 1e-6:
        raise ValidationError("report_weights", "权重须为非负数且合计为 1，{hint}。", hint=_SCHEME_HINT)
    return tuple(pairs)
