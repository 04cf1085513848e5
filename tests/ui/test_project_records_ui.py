"""The records tab's tables (issue 16 §2) pass qtmodeltester, empty and with rows, and show what a person reads."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from desk.projects.records.dto import ChangeInfo, PaymentInfo, QuestionTally, RevisitInfo
from ui.projects.records import ChangeModel, PaymentModel, RevisitModel, TallyModel

AT = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


def test_the_records_models_pass_modeltester(qtmodeltester):
    tz = ZoneInfo("Asia/Shanghai")
    cases = [
        (PaymentModel(), [PaymentInfo(1, date(2026, 11, 20), 36_150_000, "预付款", "张伟", AT)],
         ["2026-11-20", "36.15 万元", "预付款", "张伟"]),
        (ChangeModel(), [ChangeInfo(1, -2_500_000, "核减绿化", "pending", "张伟", AT, None, None, "")],
         ["-2.5 万元", "核减绿化", "待审批", "张伟", ""]),
        (TallyModel(), [QuestionTally(1, "您对工程质量是否满意？", "satisfaction",
                                      {"satisfied": 2, "basically_satisfied": 1, "dissatisfied": 0})],
         ["1. 您对工程质量是否满意？", "满意 2 · 基本满意 1 · 不满意 0"]),
        (RevisitModel(tz), [RevisitInfo(1, date(2027, 10, 25), AT, "张伟", "无渗漏", False)],
         ["2027-10-25", "2026-11-23 10:00 张伟", "无渗漏", "否"]),
    ]
    for model, items, row in cases:
        qtmodeltester.check(model)
        model.set_items(items)
        qtmodeltester.check(model)
        assert [model.index(0, c).data() for c in range(model.columnCount())] == row
