"""calendar due/show, sweep and export on the command line."""
from __future__ import annotations

import csv
import io
import json

import pytest

from desk import Desk
from desk.cli import main

from conftest import World, seed


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_calendar_due_over_national_day(sqlite_url, capsys):
    code, out, _ = run(capsys, "--db", sqlite_url, "calendar", "due", "--from", "2026-09-30T16:30+08:00",
                       "--within", "1wd")
    assert code == 0 and out.strip() == "2026-10-08T16:30:00+08:00"
    # Without an offset the time is read in the office's zone; natural time is plain addition.
    code, out, _ = run(capsys, "--db", sqlite_url, "calendar", "due", "--from", "2026-02-13T17:00",
                       "--within", "24h")
    assert out.strip() == "2026-02-14T17:00:00+08:00"
    # Sat Feb 14 2026 is a make-up working day: 1wh from Friday 17:00 ends on it.
    code, out, _ = run(capsys, "--db", sqlite_url, "calendar", "due", "--from", "2026-02-13T17:00+08:00",
                       "--within", "1wh")
    assert out.strip() == "2026-02-14T09:30:00+08:00"


@pytest.mark.parametrize(("args", "field"), [
    (["--from", "yesterday", "--within", "1wd"], "--from"),
    (["--from", "2026-09-30T16:30+08:00", "--within", "1.5wd"], "--within"),
    (["--from", "2026-09-30T16:30+08:00", "--within", ""], "--within"),
])
def test_calendar_due_bad_input(sqlite_url, capsys, args, field):
    code, out, err = run(capsys, "--db", sqlite_url, "calendar", "due", *args)
    assert code == 2 and out == "" and field in err and "Traceback" not in err


def test_calendar_show_names_holidays_and_make_up_days(sqlite_url, capsys):
    code, out, _ = run(capsys, "--db", sqlite_url, "calendar", "show", "2026-10")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 31
    assert lines[0].startswith("2026-10-01  周四  节假日") and "国庆节" in lines[0]
    assert lines[9].startswith("2026-10-10  周六  调休上班")
    assert lines[7].startswith("2026-10-08  周四  工作日") and "7.0 工时" in lines[7]
    code, _, err = run(capsys, "--db", sqlite_url, "calendar", "show", "2026-13")
    assert code == 2 and "YYYY-MM" in err


@pytest.fixture
def late_world(sqlite_url, clock):
    desk = Desk.open(sqlite_url, clock=clock)
    seed(desk)
    world = World(desk, clock)
    t = world.new_ticket()
    world.clerk.whistle(t.number, lead="城管执法队")
    yield world, t.number
    desk.close()


def test_sweep_dry_run_json_forecast_writes_nothing(late_world, sqlite_url, capsys):
    world, number = late_world
    marker = world.desk.change_marker()
    code, out, _ = run(capsys, "--db", sqlite_url, "sweep", "--dry-run", "--at", "2026-11-27T17:30+08:00",
                       "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] is True
    got = {(e["step"], e["level_name"], e["reached_at"]) for e in data["escalations"]}
    assert got == {("acknowledge", "催办", "2026-11-24T10:00:00+08:00"),
                   ("acknowledge", "督办", "2026-11-25T10:00:00+08:00"),
                   ("respond", "催办", "2026-11-25T10:00:00+08:00"),
                   ("respond", "督办", "2026-11-26T10:00:00+08:00")}
    assert all(e["ticket_number"] == number for e in data["escalations"])
    assert world.desk.change_marker() == marker
    code, _, err = run(capsys, "--db", sqlite_url, "sweep", "--at", "2026-11-27T17:30+08:00")
    assert code == 2 and "--dry-run" in err


def test_export_jsonl_and_csv(late_world, sqlite_url, capsys, tmp_path):
    world, number = late_world
    code, out, _ = run(capsys, "--db", sqlite_url, "export", "--what", "dispatches", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 1
    r = rows[0]
    assert r["ticket_number"] == number and r["department"] == "城管执法队" and r["role"] == "lead"
    assert r["acknowledge_due"] == "2026-11-24T10:00:00+08:00"
    assert r["resolve_due"] == "2026-11-30T10:00:00+08:00"
    assert r["acknowledged_at"] is None and r["acknowledge_escalation"] == 0
    target = tmp_path / "d.csv"
    code, out, _ = run(capsys, "--db", sqlite_url, "export", "--format", "csv", "--out", str(target))
    assert code == 0 and "1 条" in out
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0]["respond_due"] == "2026-11-25T10:00:00+08:00"


def test_report_writes_the_bulletin_slips_workbook_and_json(late_world, sqlite_url, capsys, tmp_path):
    import re
    import subprocess

    world, number = late_world
    out, figures, comment = tmp_path / "w48.pdf", tmp_path / "w48.json", tmp_path / "点评.txt"
    comment.write_text("本周工作平稳。", encoding="utf-8")
    # The command runs on the real clock; the ticket was created on Monday of W48 (the fake clock's T0).
    code, text_out, err = run(capsys, "--db", sqlite_url, "report", "--week", "2026-W48", "--out", str(out),
                              "--json", str(figures), "--comment", str(comment))
    assert code == 0, err
    assert "2026年第48周" in text_out
    slips, book = tmp_path / "部门工作单-2026-W48.pdf", tmp_path / "附表-2026-W48.xlsx"
    assert slips.is_file() and book.is_file() and f"各部门工作单：{slips}" in text_out
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["name"] == "2026-W48" and data["office"]["received"] == 1
    assert data["scheme"]["weights"] and all("reasons" in d for d in data["departments"])
    for pdf in (out, slips):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        pages = [int(n) for n in re.findall(r"—\s*(\d+)\s*—", text)]
        assert pages and pages[0] == 1  # every page is numbered "— n —"
        assert "王女士" not in text and "13812345678" not in text  # no resident's name or phone
        if pdf == out:
            assert "本周工作平稳。" in "".join(text.split())  # the supervisor's 点评, not the draft
    code, _, err = run(capsys, "--db", sqlite_url, "report", "--week", "2026-W99")
    assert code == 2 and "--week" in err
    code, out_text, err = run(capsys, "--db", sqlite_url, "report", "--month", "2026-11", "--out",
                              str(tmp_path / "m.pdf"))
    assert code == 0 and "2026年11月" in out_text and (tmp_path / "附表-2026-11.xlsx").is_file()
    code, _, err = run(capsys, "--db", sqlite_url, "report", "--month", "2026-13")
    assert code == 2 and "没有第 13 月" in err
    with pytest.raises(SystemExit) as exc:  # one or the other: a usage error
        run(capsys, "--db", sqlite_url, "report", "--week", "2026-W48", "--month", "2026-11")
    assert exc.value.code == 2 and "--month" in capsys.readouterr().err
    code, _, err = run(capsys, "--db", sqlite_url, "report", "--comment", str(tmp_path / "none.txt"))
    assert code == 2 and "找不到点评文件" in err


def test_db_set_password_stores_in_keyring_only(capsys, monkeypatch, memory_keyring):
    import io as _io

    url = "postgresql+psycopg://desk@db.example:5432/whistle"
    monkeypatch.setattr("sys.stdin", _io.StringIO("s3cret-pass\n"))
    code, out, err = run(capsys, "--db", url, "db", "set-password")
    assert code == 0 and "s3cret-pass" not in out + err
    assert list(memory_keyring.store.values()) == ["s3cret-pass"]
    code, out, _ = run(capsys, "--db", url, "db", "forget-password")
    assert code == 0 and memory_keyring.store == {}
    code, _, err = run(capsys, "--db", "sqlite:////tmp/x.db", "db", "set-password")
    assert code == 2 and "PostgreSQL" in err
