"""12345-style export files, built by the tests themselves (xlsx with a title row, csv in GB18030 or UTF-8 with a
BOM, another city's column naming). Used by tests/core/test_import.py, the journey and the benchmark."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

#: The Beijing-style export: 21 columns.
BEIJING = ("工单编号", "工单类型", "问题分类", "标题", "主要内容", "工单状态", "来电人", "来电人电话/账号", "被反映区",
           "被反映街乡镇", "村/社区", "小区点位", "主办单位", "来电时间", "办结时间", "办理结果", "回复内容", "是否解决",
           "是否满意", "工单性质", "承诺完成时间")
#: Another city's naming of (part of) the same.
OTHER_CITY = ("办件编号", "事项大类", "事项小类", "诉求内容", "诉求人", "联系电话", "所属社区", "事发地址", "受理时间",
              "办理时限", "办件状态")

CATEGORIES = ("城市管理->市容环境->占道经营", "城市管理->市政设施->道路破损", "住房->房屋安全->危房", "其他->噪声->夜间施工")
COMMUNITIES = ("幸福社区", "和平里社区", "光明社区", "建设社区")


def beijing_row(i: int, *, status: str = "处理中", due: datetime | None = None, number: str | None = None,
                received: object | None = None) -> list[object]:
    received = received if received is not None else datetime(2026, 11, 20, 9, 0) + timedelta(minutes=i)
    due = due or datetime(2026, 11, 27, 18, 0)
    return [number or f"BJ2026112{i:06d}", "投诉", CATEGORIES[i % len(CATEGORIES)], f"第{i}号路灯不亮",
            f"幸福路第{i}号路灯连续三天晚上不亮，影响出行。", status, f"居民{i}", f"1391234{i % 10000:04d}", "东城区",
            "和平街道", COMMUNITIES[i % len(COMMUNITIES)], f"幸福路{i}号", "东城区城管委", received, "",
            "", "", "", "", "主办", due]


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], *, title: str | None = None
               ) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("工单")
    when = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    r = 0
    if title:
        ws.write(0, 0, title)
        r = 1
    ws.write_row(r, 0, headers)
    for row in rows:
        r += 1
        for c, v in enumerate(row):
            if isinstance(v, datetime):
                ws.write_datetime(r, c, v, when)
            elif v is None or v == "":
                continue
            else:
                ws.write(r, c, v)
    wb.close()
    return path


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], *, encoding: str = "utf-8-sig",
              title: str | None = None) -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        if title:
            w.writerow([title])
        w.writerow(headers)
        for row in rows:
            w.writerow([v.strftime("%Y-%m-%d %H:%M:%S") if isinstance(v, datetime) else v for v in row])
    return path
