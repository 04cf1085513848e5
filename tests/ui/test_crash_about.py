"""程序出错 box for unhandled exceptions (a Qt slot, another thread), and the 关于 dialog.

Screenshots (tests/artifacts/): the crash box with its details open, the About dialog.
"""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, QTimer, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import desk
import PySide6
from desk import logs
from ui.common import crash, i18n
from ui.common.about import AboutDialog, about_rows, help_menu
from ui.common.crash import CrashReporter, install_crash_handling
from ui.common.ops import Op, task_manager
from uitools import no_modal_exec, office  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def chinese(qapp):
    before = QLocale()
    i18n.install_language(qapp, "zh_CN", remember=False)
    yield
    i18n.uninstall_language(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Folders the code asks the desktop to open (nothing is opened)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


@pytest.fixture
def handling(qapp, tmp_path, monkeypatch):
    """handling() installs crash handling logging to tmp_path; everything is put back afterwards.

    Call it in the test body: pytest swaps threading.excepthook around each test phase.
    """
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    faults: list = []
    monkeypatch.setattr(logs, "enable_faulthandler", lambda log_dir=None: faults.append(log_dir))
    made: list[CrashReporter] = []

    def install() -> CrashReporter:
        r = install_crash_handling(qapp, log_dir=tmp_path / "log")
        r.faults = faults
        made.append(r)
        return r

    yield install
    for r in made:
        if r.uninstall is not None:
            r.uninstall()
        if r.box is not None:
            r.box.done(0)
            r.box.deleteLater()
    for h in root.handlers[:]:
        if h not in before[0]:
            root.removeHandler(h)
            h.close()
    root.setLevel(before[1])
    logging.captureWarnings(False)
    monkeypatch.setattr(crash, "_reporter", None)


def _log_text(r: CrashReporter) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return Path(r.log_file).read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_qt_slot_shows_the_box_and_is_logged(qtbot, handling, opened, tmp_path, artifacts):
    r = handling()
    assert r.log_file == tmp_path / "log" / "whistle-desk.log" and r.faults == [tmp_path / "log"]

    def broken_slot() -> None:
        raise ValueError("工单 20261123-0001 的派单状态不对 postgresql://li.na:Top-Secret@db/whistle")

    with qtbot.waitSignal(r.shown, timeout=5000):
        QTimer.singleShot(0, broken_slot)
    box = r.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Critical and box.windowTitle() == "程序出错"
    assert box.text() == "程序遇到意外错误，详细信息已写入日志。"
    details = box.detailedText()
    assert "Traceback" in details and "broken_slot" in details and "ValueError: 工单 20261123-0001" in details
    assert "Top-Secret" not in details and "li.na:***@db" in details
    assert str(r.log_file) in details
    log_text = _log_text(r)
    assert "CRITICAL" in log_text and "broken_slot" in log_text and "Top-Secret" not in log_text

    # 复制详细信息 copies and leaves the box open; 打开日志文件夹 opens the folder
    r.copy_button.click()
    assert QGuiApplication.clipboard().text() == r.details() and "broken_slot" in QGuiApplication.clipboard().text()
    assert box.isVisible() and r.copy_button.text() == "已复制"
    r.folder_button.click()
    assert opened == [str(tmp_path / "log")] and box.isVisible()

    # expand the details for the screenshot (Qt's own details button)
    ours = {r.copy_button, r.folder_button, box.button(QMessageBox.StandardButton.Close)}
    details_button = next(b for b in box.buttons() if b not in ours)
    details_button.click()
    QApplication.processEvents()
    assert box.grab().save(str(artifacts / "ui-crash-dialog.png"))
    box.button(QMessageBox.StandardButton.Close).click()
    assert not box.isVisible()


@pytest.mark.qt_no_exception_capture
def test_exception_in_another_thread_reaches_the_gui_thread(qtbot, handling):
    r = handling()
    gui = threading.current_thread()
    seen_in: list[threading.Thread] = []
    r.shown.connect(lambda _d: seen_in.append(threading.current_thread()))

    def worker() -> None:
        raise RuntimeError("background failure")

    with qtbot.waitSignal(r.shown, timeout=5000):
        t = threading.Thread(target=worker, name="report-builder")
        t.start()
        t.join()
    assert seen_in == [gui]  # queued: the box is built in the GUI thread
    assert "thread: report-builder" in r.box.detailedText() and "RuntimeError: background failure" in r.box.detailedText()
    assert "in thread report-builder" in _log_text(r)


@pytest.mark.qt_no_exception_capture
def test_a_second_error_is_added_to_the_open_box(qtbot, handling):
    r = handling()
    with qtbot.waitSignal(r.shown):
        QTimer.singleShot(0, lambda: 1 / 0)
    first = r.box
    with qtbot.waitSignal(r.shown):
        QTimer.singleShot(0, lambda: {}["missing"])
    assert r.box is first and len(r.reports) == 2
    assert "ZeroDivisionError" in first.detailedText() and "KeyError" in first.detailedText()
    assert "又发生了 1 个错误" in first.informativeText()
    first.button(QMessageBox.StandardButton.Close).click()
    with qtbot.waitSignal(r.shown):
        QTimer.singleShot(0, lambda: int("x"))
    assert r.box is not first and len(r.reports) == 1  # a new box after the first was closed


def test_op_failures_are_not_crashes(qtbot, handling, office):
    """An op's exception goes to its failure callback (or a message), never to the crash box."""
    r = handling()
    failures: list[BaseException] = []
    Op(None, lambda: 1 / 0).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures))
    task_manager().wait_idle()
    QApplication.processEvents()
    assert r.box is None


def test_reporter_survives_a_broken_show(qtbot, monkeypatch, caplog):
    rep = CrashReporter()
    monkeypatch.setattr(rep, "_make_box", lambda: (_ for _ in ()).throw(RuntimeError("no box")))
    rep._show("details")  # must not raise into the event loop
    assert "showing the crash dialog failed" in caplog.text


# -- About ---------------------------------------------------------------------------------------------------
def test_about_shows_versions_and_where_things_are(qtbot, office, opened, artifacts):
    d = office.desk
    dlg = AboutDialog(None, d, log_file=Path("/var/log/whistle/whistle-desk.log"))
    qtbot.addWidget(dlg)
    dlg.show()
    rows = dict(dlg.rows)
    assert rows["版本"] == desk.__version__
    assert rows["Qt"] == qVersion() and rows["PySide6"] == PySide6.__version__
    assert rows["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")
    assert rows["SQLAlchemy"][0].isdigit()
    assert rows["数据库"] == "SQLite（仅本机）" and rows["数据库位置"] == d.location.removeprefix("sqlite:///")
    assert Path(rows["数据库位置"]).is_file()
    assert rows["日志文件"] == str(Path("/var/log/whistle/whistle-desk.log"))
    assert "数据文件夹" in rows
    dlg.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text == dlg.text() and rows["数据库位置"] in text and qVersion() in text and dlg.copy_button.text() == "已复制"
    dlg.folder_button.click()
    assert opened == [str(Path("/var/log/whistle"))]
    assert dlg.grab().save(str(artifacts / "ui-about.png"))


def test_about_never_shows_a_password():
    server = SimpleNamespace(location="postgresql+psycopg://li.na@db.office:5432/whistle?password=Top-Secret",
                             backend="postgresql", search_index_missing=lambda: None)
    rows = dict(about_rows(server))  # type: ignore[arg-type]
    assert rows["数据库"] == "PostgreSQL（共享服务器）"
    assert "Top-Secret" not in rows["数据库位置"] and "db.office" in rows["数据库位置"]
    assert rows["搜索索引"] == "已建立"


def test_about_says_when_search_has_no_index():
    reason = "无法创建 PostgreSQL 扩展 pg_trgm：permission denied to create extension"
    server = SimpleNamespace(location="postgresql+psycopg://li.na@db.office:5432/whistle", backend="postgresql",
                             search_index_missing=lambda: reason)
    rows = dict(about_rows(server))  # type: ignore[arg-type]
    assert rows["搜索索引"].startswith("未建立，搜索会逐条查找") and reason in rows["搜索索引"]


def test_help_menu_opens_about_and_the_log_folder(qtbot, office, opened):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    menu = help_menu(host, office.desk)
    actions = {a.objectName(): a for a in menu.actions()}
    assert menu.title() == "帮助(&H)" and actions["action_about"].text() == "关于吹哨报到工作台…"
    actions["action_about"].trigger()
    dlg = host.findChild(AboutDialog)
    assert dlg is not None and dlg.isVisible()
    dlg.close()
    actions["action_log_folder"].trigger()
    assert len(opened) == 1 and opened[0]
