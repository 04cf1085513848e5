"""The priority score of a candidate project, and its explanation (issue 16 §1).

The score is a sum of terms, each a **value** read from the record times a **weight** (the office setting
``project_weights``, defaults in :data:`DEFAULT_WEIGHTS`, the one place they are written down):

=========  ================================================================================================
tickets    the source tickets linked to the project
residents  distinct residents among them (by the reporter's phone digits; a ticket without a phone counts
           as one resident)
urgency    the mean urgency of the source tickets: 一般 1, 紧急 2, 特急 3 (0 without tickets)
people     people affected, per hundred
cost       minus the estimated cost per person affected, in thousands of yuan (cheaper per resident scores
           higher; 0 while the cost is not estimated)
votes      votes for minus votes against, over every meeting recorded
=========  ================================================================================================

The safety bottom line (安全底线) is not a term: a project that touches it ranks above every project that does
not, whatever their scores (:func:`rank_key`).
"""
from __future__ import annotations

from dataclasses import dataclass

from desk.errors import ValidationError

#: key -> default weight (the setting ``project_weights`` is written "tickets:1,residents:2,…").
DEFAULT_WEIGHTS: dict[str, float] = {"tickets": 1.0, "residents": 2.0, "urgency": 3.0, "people": 1.0,
                                     "cost": 1.0, "votes": 2.0}
DEFAULT_TEXT = ",".join(f"{k}:{w:g}" for k, w in DEFAULT_WEIGHTS.items())
#: The mean urgency counts 一般 1, 紧急 2, 特急 3.
URGENCY_LEVEL = {"routine": 1, "urgent": 2, "emergency": 3}


def parse_weights(value: str) -> dict[str, float]:
    """``"tickets:1,residents:2"`` -> every key with its weight (a key left out weighs 0). Weights are
    non-negative numbers; each key at most once."""
    text = (value or "").replace("，", ",").replace("：", ":").strip()
    out = dict.fromkeys(DEFAULT_WEIGHTS, 0.0)
    seen: set[str] = set()
    for item in (x.strip() for x in text.split(",") if x.strip()):
        key, _, weight = (p.strip() for p in item.partition(":"))
        if key not in DEFAULT_WEIGHTS:
            raise ValidationError("project_weights", "未知的评分项：{key}；可用：{known}。", key=key,
                                  known="、".join(DEFAULT_WEIGHTS))
        if key in seen:
            raise ValidationError("project_weights", "评分项 {key} 出现了两次。", key=key)
        try:
            w = float(weight)
        except ValueError:
            raise ValidationError("project_weights", "评分项 {key} 的权重须为数字。", key=key) from None
        if not 0 <= w <= 1000:
            raise ValidationError("project_weights", "评分项 {key} 的权重须在 0 到 1000 之间。", key=key)
        seen.add(key)
        out[key] = w
    return out


def canonical(value: str) -> str:
    """The setting's stored text (the validator of desk.settings)."""
    return ",".join(f"{k}:{w:g}" for k, w in parse_weights(value).items())


@dataclass(frozen=True)
class Facts:
    """What the score is computed from (read from the rows by desk.projects.service.facts)."""

    safety_bottom_line: bool
    tickets: int
    residents: int
    urgency_sum: int  # the sum of the source tickets' URGENCY_LEVEL
    people_affected: int
    estimated_cost_fen: int
    votes_for: int
    votes_against: int


def values(f: Facts) -> dict[str, float]:
    """Each term's value (see the module doc)."""
    cost = 0.0
    if f.estimated_cost_fen:
        cost = -(f.estimated_cost_fen / 100 / 1000) / max(f.people_affected, 1)
    return {
        "tickets": float(f.tickets),
        "residents": float(f.residents),
        "urgency": f.urgency_sum / f.tickets if f.tickets else 0.0,
        "people": f.people_affected / 100,
        "cost": cost,
        "votes": float(f.votes_for - f.votes_against),
    }


def rank_key(safety_bottom_line: bool, score: float) -> tuple[bool, float]:
    """Sort descending by this: the safety bottom line first, then the score."""
    return (safety_bottom_line, score)
