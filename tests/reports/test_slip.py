"""The 派单单 (dispatch slip): one page, the ticket's fields and deadlines in office time, privacy, cuts.

Tickets are built by hand as the façade's plain dataclasses (no database); the PDF is read back
with poppler's pdftotext, and page 1 of the normal slip is saved to ``tests/artifacts/slip.png``.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk.dto import DispatchInfo, TicketDetail
from reports.fonts import FontNotFound
from reports.slip import render_dispatch_slip

_IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None and not _IN_CI,
                                reason="poppler-utils not installed")

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Monday 2026-11-23 10:00 in Shanghai.
T0 = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
PHONE = "13812345678"


def dispatch(i: int, department: str, role: str = "assist", *, state: str = "pending", note: str = "",
             round: int = 1) -> DispatchInfo:
    at = T0 + timedelta(minutes=5)
    return DispatchInfo(
        id=i, ticket_number="2026-000123", department=department, role=role, state=state, round=round, note=note,
        return_reason=None, dispatched_at=at, acknowledged_at=None, responded_at=None, resolved_at=None,
        closed_at=None, updated_at=at, updated_by="张伟", version=1,
        acknowledge_within="2h", respond_within="1wd", resolve_within="3wd",
        acknowledge_due=datetime(2026, 11, 23, 4, 5, tzinfo=timezone.utc),  # 11-23 12:05 in Shanghai
        respond_due=datetime(2026, 11, 24, 2, 5, tzinfo=timezone.utc),  # 11-24 10:05
        resolve_due=datetime(2026, 11, 26, 8, 30, tzinfo=timezone.utc),  # 11-26 16:30
    )


def ticket(**changes) -> TicketDetail:
    t = TicketDetail(
        id=1, number="2026-000123", title="幸福路12号门前占道经营、夜间噪音扰民",
        description="居民反映幸福路12号门前每晚有流动摊贩占道经营，油烟和噪音扰民，已持续两周，"
                    "多次劝说无效。请城管执法队到现场核查处置，住建委协助核实违建雨棚。",
        category="市容环境", urgency="urgent", address="幸福路12号（幸福社区3号楼南侧）", community="幸福社区",
        source="12345", reporter_name="王女士", reporter_phone=PHONE, state="dispatched", round=1,
        created_at=T0, created_by="张伟", updated_at=T0, updated_by="张伟", first_whistled_at=T0,
        verified_at=None, closed_at=None, version=3,
        dispatches=(dispatch(1, "城管执法队", "lead", state="acknowledged", note="请携带执法记录仪，19:00 后到场"),
                    dispatch(2, "住建委")),
        events=(), callbacks=(), appeal_type="complaint", reply_by="phone", hotline_number="GD20261123000456",
    )
    return replace(t, **changes)


def render(t: TicketDetail, path: Path, **kwargs) -> int:
    options = dict(office_name="示例街道办事处", tz=SHANGHAI, printed_at=T0 + timedelta(hours=1),
                   printed_by="张伟")
    options.update(kwargs)
    return render_dispatch_slip(t, path, **options)


def pdftotext(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_normal_slip(tmp_path, artifacts):
    pdf = tmp_path / "slip.pdf"
    assert render(ticket(), pdf) == 1
    pages = pdftotext(pdf)
    assert len(pages) == 1
    text, f = pages[0], flat(pages[0])
    for s in ("示例街道办事处", "派单单", "工单编号：2026-000123", "工单编号：2026-000123｜12345工单编号：GD20261123000456",
              "打印：2026-11-2311:00张伟", "幸福路12号门前占道经营、夜间噪音扰民", "市容环境", "紧急", "投诉",
              "12345热线", "幸福社区", "回复方式电话", "受理人张伟", "受理时间2026-11-2310:00", "办理中", "第1轮",
              "问题描述居民反映", "派单部门（第1轮）"):
        assert s in f, s
    # The lead first, with its state, role, times in office time (UTC+8) and the limits in words.
    assert re.search(r"城管执法队\s+主办\s+已报到\s+11-23 10:05\s+11-23 12:05\s+11-24 10:05\s+11-26 16:30", text)
    assert re.search(r"住建委\s+协办\s+待报到\s+11-23 10:05", text)
    assert "（2小时）" in f and "（1个工作日）" in f and "（3个工作日）" in f
    assert "备注：请携带执法记录仪，19:00后到场" in f
    for caption in ("受理人签字：", "承办部门签收（签字）：", "日期：", "年", "月", "日"):
        assert caption in f, caption
    assert "保密" not in f
    # Masked by default: never the whole number.
    assert "138****5678" in f and PHONE not in f and "王女士" in f
    # The font is embedded, and it is the only one.
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows), fonts
    for old in artifacts.glob("slip*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf), str(artifacts / "slip")], check=True)
    assert (artifacts / "slip.png").exists()


def test_full_phone_when_asked(tmp_path):
    pdf = tmp_path / "full.pdf"
    render(ticket(), pdf, mask_phone=False)
    assert PHONE in flat(pdftotext(pdf)[0])


def test_confidential_hides_name_and_phone(tmp_path, artifacts):
    pdf = tmp_path / "secret.pdf"
    render(ticket(confidential=True), pdf, mask_phone=False)
    f = flat(pdftotext(pdf)[0])
    assert "反映人（保密）" in f and "联系电话（保密）" in f
    assert "王女士" not in f and PHONE not in f and "5678" not in f
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(artifacts / "slip-confidential")],
                   check=True)


def test_long_description_and_many_dispatches_stay_on_one_page(tmp_path, artifacts):
    description = "居民反映情况，编号 2026-000123 与电话 13912345678 不应拆开。" * 500  # 20,000 characters
    description = (description * 2)[:20_000]
    many = tuple(dispatch(i, f"第{i}协办部门", "lead" if i == 1 else "assist", note=f"备注{i}" if i % 3 == 0 else "")
                 for i in range(1, 16))
    t = ticket(description=description, dispatches=many, title="很长的标题" * 60, address="很长的地址" * 60)
    pdf = tmp_path / "long.pdf"
    assert render(t, pdf) == 1
    pages = pdftotext(pdf)
    assert len(pages) == 1
    f = flat(pages[0])
    assert "…（全文见系统）" in f
    shown = len(re.findall(r"第\d+协办部门", f))
    assert 0 < shown < 15
    assert f"另有{15 - shown}个派单未列出" in f
    assert "第1协办部门" in f  # the lead is never the one left out
    assert "受理人签字：" in f and "承办部门签收（签字）：" in f  # the foot is still there
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(artifacts / "slip-long")], check=True)


def test_many_dispatches_with_a_short_description_are_all_listed_in_smaller_type(tmp_path):
    many = tuple(dispatch(i, f"第{i}协办部门", "lead" if i == 1 else "assist") for i in range(1, 11))
    pdf = tmp_path / "ten.pdf"
    render(ticket(dispatches=many), pdf)
    pages = pdftotext(pdf)
    assert len(pages) == 1
    f = flat(pages[0])
    assert len(re.findall(r"第\d+协办部门", f)) == 10 and "未列出" not in f


def test_extreme_input_is_still_one_page(tmp_path):
    """Nothing breakable, everything long: still one page, and no LayoutError."""
    huge = tuple(dispatch(i, "部" * 300, "assist", state="return_requested", note="注" * 2000)
                 for i in range(1, 61))
    t = ticket(description="A" * 20_000 + "\n" * 5000, dispatches=huge, title="T" * 3000, address="地" * 3000,
               category="类" * 500, community="社" * 500, reporter_name="名" * 500, created_by="人" * 500,
               hotline_number="9" * 500)
    pdf = tmp_path / "extreme.pdf"
    assert render(t, pdf, office_name="街道" * 200, printed_by="打" * 300) == 1
    pages = pdftotext(pdf)
    assert len(pages) == 1
    f = flat(pages[0])
    assert "全文见系统" in f and re.search(r"另有\d+个派单未列出", f) and "承办部门签收（签字）：" in f


def test_no_dispatches(tmp_path):
    pdf = tmp_path / "new.pdf"
    buffer = io.BytesIO()  # a binary file works as well as a path
    t = ticket(state="new", dispatches=(), hotline_number="", description="", reporter_phone="")
    assert render(t, buffer) == 1
    pdf.write_bytes(buffer.getvalue())
    pages = pdftotext(pdf)
    assert len(pages) == 1
    f = flat(pages[0])
    assert "待派" in f and "本轮尚未派单" in f and "12345工单编号" not in f and "受理人签字：" in f


def test_only_the_current_round_is_listed(tmp_path):
    t = ticket(round=2, description="第二轮重新派单。", dispatches=(dispatch(1, "城管执法队", "lead", state="returned", round=1),
                                    dispatch(2, "交通支队", "lead", round=2)))
    pdf = tmp_path / "round2.pdf"
    render(t, pdf)
    f = flat(pdftotext(pdf)[0])
    assert "派单部门（第2轮）" in f and "交通支队" in f and "城管执法队" not in f


def test_no_font_propagates(tmp_path, monkeypatch):
    import reports.slip as slip

    def none(*args, **kwargs):
        raise FontNotFound([("x.ttf", "no such file")])

    monkeypatch.setattr(slip, "find_cjk_font", none)
    out = tmp_path / "never.pdf"
    with pytest.raises(FontNotFound):
        render(ticket(), out)
    assert not list(tmp_path.iterdir())
