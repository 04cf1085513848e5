"""Admin screens: the working calendar (set a day, import a CSV incl. a bad line), the time-limit policies
(incl. a bad duration) and the deadline settings; the 管理 menu is the admin's only."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk import settings as office_settings

from ui.admin.admin import DAY_KIND_ROLE, CalendarMonthModel, CalendarWindow, PolicyTableModel, PolicyWindow, SettingsDialog
from uitools import no_modal_exec, office, open_window, settings, settle  # noqa: F401 - fixtures


def calendar(qtbot, office, year=2026, month=10) -> CalendarWindow:
    w = CalendarWindow(office.admin, year=year, month=month)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() > 0)
    settle(qtbot)
    return w


def kind(w: CalendarWindow, day: date) -> str:
    return w.model.data(w.model.index_of(day), DAY_KIND_ROLE)


def test_calendar_month_model_passes_modeltester(qtbot, qtmodeltester, office):
    m = CalendarMonthModel()
    qtmodeltester.check(m)
    m.set_month(2026, 10, office.admin.calendar_month(2026, 10))
    qtmodeltester.check(m)
    assert m.rowCount() == 5 and m.columnCount() == 7
    assert m.headerData(0, Qt.Orientation.Horizontal) == "周一"
    assert m.data(m.index(0, 0)) is None  # Monday 28 September belongs to the month before
    oct1 = m.index_of(date(2026, 10, 1))
    assert (oct1.row(), oct1.column()) == (0, 3)
    assert m.data(oct1) == "1\n国庆节"
    assert m.data(oct1, DAY_KIND_ROLE) == "holiday"


def test_calendar_shows_national_day_and_make_up_days(qtbot, office):
    w = calendar(qtbot, office)
    assert w.month_label.text() == "2026年10月"
    assert [kind(w, date(2026, 10, d)) for d in (1, 7, 8, 9, 10, 11)] == [
        "holiday", "holiday", "working", "working", "makeup", "weekend"]
    assert w.model.data(w.model.index_of(date(2026, 10, 10))).startswith("10\n")
    assert "调休上班" in w.model.data(w.model.index_of(date(2026, 10, 10)), Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(w.loaded):
        w.next_button.click()
    assert w.month_label.text() == "2026年11月"
    with qtbot.waitSignal(w.loaded):
        w.step_month(-2)
    assert (w.year, w.month, w.month_label.text()) == (2026, 9, "2026年9月")
    assert kind(w, date(2026, 9, 20)) == "makeup"  # Sunday 20 September is worked


def test_set_a_day_and_back_to_default(qtbot, office):
    w = calendar(qtbot, office)
    assert not w.save_button.isEnabled()  # nothing selected
    w.select_date(date(2026, 10, 16))
    assert w.date_label.text() == "2026-10-16（周五，工作日）"
    assert w.kind_combo.currentData() == "default"
    w.set_kind("holiday")
    w.name_edit.setText("街道停电检修")
    with qtbot.waitSignal(w.calendar_changed):
        w.save_day()
    qtbot.waitUntil(lambda: kind(w, date(2026, 10, 16)) == "holiday")
    assert w.message.text() == "已将 2026-10-16 设为节假日"
    day = next(d for d in office.admin.calendar_month(2026, 10) if d.day == date(2026, 10, 16))
    assert (day.kind, day.name) == ("holiday", "街道停电检修")
    assert w.selected == date(2026, 10, 16) and w.name_edit.text() == "街道停电检修"  # kept after the reload
    w.set_kind("default")
    with qtbot.waitSignal(w.calendar_changed):
        w.save_day()
    qtbot.waitUntil(lambda: kind(w, date(2026, 10, 16)) == "working")


def test_csv_import_all_or_nothing(qtbot, office, tmp_path, monkeypatch):
    w = calendar(qtbot, office, 2027, 10)
    good = tmp_path / "2027.csv"
    good.write_text("date,kind,name\n2027-10-01,holiday,国庆节\n2027-10-09,workday,调休上班（国庆节）\n",
                    encoding="utf-8-sig")
    bad = tmp_path / "bad.csv"
    bad.write_bytes("date,kind,name\n2027-10-04,holiday,国庆节\n2027-10-05,vacation,国庆节\n".encode("gb18030"))
    chosen = {"path": str(bad)}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["path"], "")))
    before = office.admin.calendar_month(2027, 10)
    w.import_csv()
    qtbot.waitUntil(lambda: w.import_error.isVisibleTo(w))
    assert w.import_error.text().startswith("未导入任何日期。第 3 行：类型无效“vacation”")
    assert office.admin.calendar_month(2027, 10) == before
    chosen["path"] = str(good)
    with qtbot.waitSignal(w.calendar_changed):
        w.import_csv()
    qtbot.waitUntil(lambda: kind(w, date(2027, 10, 9)) == "makeup")
    assert not w.import_error.isVisibleTo(w)
    assert w.message.text() == "已从 2027.csv 导入 2 个日期"
    assert kind(w, date(2027, 10, 1)) == "holiday"
    chosen["path"] = ""  # cancelled: nothing happens
    w.import_csv()
    assert not w.busy


def test_policy_model_passes_modeltester(qtbot, qtmodeltester, office):
    m = PolicyTableModel(office.admin)
    qtmodeltester.check(m)
    with qtbot.waitSignal(m.loaded):
        m.reload()
    qtmodeltester.check(m)
    assert m.rowCount() == 4 * 3
    assert m.flags(m.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_policy_edit_and_bad_duration(qtbot, office):
    w = PolicyWindow(office.admin)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 12)
    m = w.model
    row = m.row_of("市容环境", "routine")
    assert [m.data(m.index(row, c)) for c in range(6)] == [
        "市容环境", "一般", "1wd（1个工作日）", "2wd（2个工作日）", "5wd（5个工作日）", "默认"]
    assert m.data(m.index(row, 2), Qt.ItemDataRole.EditRole) == "1wd"
    with qtbot.waitSignal(m.saved):
        assert w.edit("市容环境", "routine", "acknowledge", " 2h ")
    assert m.data(m.index(row, 2)) == "2h（2小时）" and m.data(m.index(row, 5)) == "已修改"
    assert w.message.text() == "已保存：市容环境 · 一般"
    p = {(x.category, x.urgency): x for x in office.admin.policies()}[("市容环境", "routine")]
    assert (p.acknowledge_within, p.respond_within, p.resolve_within, p.is_default) == ("2h", "2wd", "5wd", False)
    with qtbot.waitSignal(m.failed):
        w.edit("市容环境", "routine", "resolve", "3x")
    assert "3x" in m.data(m.index(row, 4))  # what was typed stays, marked
    assert m.error(row, "resolve") and m.data(m.index(row, 4), Qt.ItemDataRole.ToolTipRole) == m.error(row, "resolve")
    assert m.data(m.index(row, 4), Qt.ItemDataRole.BackgroundRole) is not None
    assert w.error_label.text() == "未保存。市容环境 · 一般：" + m.error(row, "resolve")
    assert {(x.category, x.urgency): x for x in office.admin.policies()}[("市容环境", "routine")].resolve_within == "5wd"
    with qtbot.waitSignal(m.saved):  # fixing the text saves it
        w.edit("市容环境", "routine", "resolve", "4wd")
    assert m.error(row, "resolve") == "" and not w.error_label.isVisibleTo(w)


def test_settings_dialog(qtbot, office):
    admin = office.admin
    dlg = SettingsDialog(None, admin, office.desk, admin.categories())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loaded)
    values = dlg.values()
    assert set(values) == set(office_settings.SETTINGS)  # every office setting has its field
    assert {k: values[k] for k in ("warning_share", "max_suspension", "revisit_after", "office_name", "time_zone",
                                   "report_weights", "idle_lock_minutes")} == {
        "warning_share": "0.8", "max_suspension": "10wd", "revisit_after": "365d", "office_name": "示例街道办事处",
        "time_zone": "Asia/Shanghai", "report_weights": "response:0.3,resolution:0.35,satisfaction:0.35",
        "idle_lock_minutes": "30"}
    week = dlg.edits["work_week"]
    assert week.days["1"].text() == "09:00-12:00,13:30-17:30" and week.days["7"].text() == ""
    before = office.desk.settings()
    events = len(admin.audit_log(kind="admin"))
    dlg.edits["warning_share"].setText("0.7")
    dlg.edits["office_name"].setText("幸福街道办事处")
    dlg.edits["idle_lock_minutes"].setText("0")  # on another tab than the first change
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("idle_lock_minutes") and dlg.field_error("warning_share") == ""
    assert dlg.tabs.currentIndex() == 3  # the tab with the error is brought to the front
    assert office.desk.settings() == before and len(admin.audit_log(kind="admin")) == events  # all or none
    dlg.edits["idle_lock_minutes"].setText("10")
    dlg.edits["max_suspension"].setText("5wd")
    dlg.edits["revisit_categories"].setText("市容环境，房屋安全")
    week.days["6"].setText("09:00-12:00")
    with qtbot.waitSignal(dlg.succeeded):
        dlg.submit()
    s = office.desk.settings()
    assert (s["warning_share"], s["max_suspension"], s["revisit_categories"], s["office_name"],
            s["idle_lock_minutes"]) == ("0.7", "5wd", "市容环境,房屋安全", "幸福街道办事处", "10")
    assert office_settings.week_of(s)[6] == "09:00-12:00" and office_settings.week_of(s)[1] == "09:00-12:00,13:30-17:30"


def test_settings_dialog_refuses_a_bad_work_week(qtbot, office):
    admin = office.admin
    dlg = SettingsDialog(None, admin, office.desk, admin.categories())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loaded)
    before = office.desk.settings()
    dlg.edits["work_week"].days["2"].setText("9点到12点")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("work_week") and dlg.tabs.currentIndex() == 0
    assert office.desk.settings() == before


def test_admin_menu_is_the_admins_only(qtbot, office, open_window):
    assert open_window("supervisor").admin_actions == {}
    w = open_window("admin")
    assert {"calendar", "policies", "settings"} <= set(w.admin_actions)  # the full menu: test_mainwindow
    w.admin_actions["calendar"].trigger()
    cal = w.admin_windows["calendar"]
    assert isinstance(cal, CalendarWindow) and cal.isVisible() and (cal.year, cal.month) == (2026, 11)
    qtbot.waitUntil(lambda: cal.model.rowCount() > 0)
    with qtbot.waitSignal(w.refreshed):  # a calendar change refreshes the window (and its badges' calendar)
        cal.calendar_changed.emit()
    assert w.open_admin("calendar") is cal  # raised again, not a second window
    w.admin_actions["policies"].trigger()
    assert isinstance(w.admin_windows["policies"], PolicyWindow)
    w.admin_actions["settings"].trigger()
    assert isinstance(w.admin_windows["settings"], SettingsDialog)
    settle(qtbot)
    w.close()
    assert not cal.isVisible()


def test_admin_menu_opens_departments_categories_and_audit(qtbot, office, open_window):
    from ui.admin.auditlog import AuditLogWindow
    from ui.admin.orgadmin import CategoriesWindow, DepartmentsWindow

    w = open_window("admin")
    for key, cls in (("departments", DepartmentsWindow), ("categories", CategoriesWindow), ("audit", AuditLogWindow)):
        w.admin_actions[key].trigger()
        win = w.admin_windows[key]
        assert isinstance(win, cls) and win.isVisible()
        assert w.open_admin(key) is win  # raised again, not a second window
        assert not w.admin_actions[key].icon().isNull()
    # a department added in the window reaches the lists the main window's dialogs offer
    assert "园艺队" not in {d.name for d in w.departments}
    office.admin.add_department("园艺队")
    w.admin_windows["departments"].changed.emit()
    qtbot.waitUntil(lambda: "园艺队" in {d.name for d in w.departments})
    settle(qtbot)


def test_saving_the_idle_lock_setting_applies_it_in_this_window(qtbot, office, open_window):
    w = open_window("admin")
    qtbot.waitUntil(lambda: w.idle_watch.interval_ms == 30 * 60_000)  # read from the office settings
    w.admin_actions["settings"].trigger()
    dlg = w.admin_windows["settings"]
    qtbot.waitUntil(lambda: dlg.loaded)
    dlg.edits["idle_lock_minutes"].setText("5")
    with qtbot.waitSignal(dlg.succeeded):
        dlg.submit()
    assert w.idle_watch.interval_ms == 5 * 60_000
    assert office.desk.settings()["idle_lock_minutes"] == "5"
    settle(qtbot)
