"""Two languages: every string of ui/ and every error message of desk/ has an English translation, switching
works, the system locale decides.

Screenshots (tests/artifacts/): the main window in English and in Chinese.
"""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.common import i18n, labels
from ui.common.about import help_menu
from ui.common.i18n import install_language, language_menu, system_language
from ui.setup.login import LoginDialog
from uitools import fill, no_modal_exec, office, open_window, settings, settle, wait_rows  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture
def lang(qapp):
    """install_language(qapp, ...) for the test; the translators are removed and the locale put back afterwards."""
    before_locale = QLocale()
    before_name = qapp.applicationDisplayName()
    yield lambda code, **kw: install_language(qapp, code, **{"remember": False, **kw})
    i18n.uninstall_language(qapp)
    QLocale.setDefault(before_locale)
    qapp.setApplicationDisplayName(before_name)


# -- (a) the English UI has no untranslated strings ------------------------------------------------------
def test_sources_and_compiled_translations_are_committed():
    for lang_code in ("en", "zh_CN"):
        ts = TRANSLATIONS / f"whistle_desk_{lang_code}.ts"
        root = ET.parse(ts).getroot()
        assert root.get("sourcelanguage") == "zh_CN" and root.get("language") == lang_code
        assert (TRANSLATIONS / f"whistle_desk_{lang_code}.qm").stat().st_size > 100


def test_lupdate_finds_no_unfinished_english_message(tmp_path):
    """Run lupdate over today's ui/*.py and desk/ messages into a copy of whistle_desk_en.ts: every message must
    be translated."""
    tool = _tool()
    ts = tmp_path / "whistle_desk_en.ts"
    shutil.copy(TRANSLATIONS / "whistle_desk_en.ts", ts)
    tool.lupdate(ts, "en")
    root = ET.parse(ts).getroot()
    live = [m for m in root.iter("message") if tool.is_live(m)]
    assert len(live) > 300  # lupdate really found the strings of ui/
    desk = [m for c in root.iter("context") if c.findtext("name") == "desk" for m in c.iter("message") if tool.is_live(m)]
    assert len(desk) == len(tool.desk_messages())  # and the core's error templates and terms
    missing = tool.unfinished(ts)
    assert not missing, (
        f"{len(missing)} message(s) of ui/ have no English translation:\n"
        + "\n".join(f"  [{ctx}] {src}" for ctx, src in missing)
        + "\nRun: python tools/update_translations.py, translate them in resources/translations/whistle_desk_en.ts,"
          " and run it again (it also rebuilds the .qm files)."
    )


def test_translations_keep_their_placeholders():
    """%1, %2 … (and {0}-style fields) of a source must all appear in its English translation."""
    tool = _tool()
    bad = []
    for m in ET.parse(TRANSLATIONS / "whistle_desk_en.ts").getroot().iter("message"):
        if not tool.is_live(m) or not tool.is_finished(m):
            continue
        source = m.findtext("source", "")
        t = m.find("translation")
        texts = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        wanted = sorted(re.findall(r"%\d|%n|\{\w*\}", source))
        for text in texts:
            if sorted(re.findall(r"%\d|%n|\{\w*\}", text)) != wanted:
                bad.append((source, text))
            bilingual = re.search(r"[A-Za-z]", source) or source == "中文"  # "语言 / Language", "中文 (Chinese)"
            if CJK.search(text) and not bilingual:
                bad.append((source, text))
    assert bad == []


def test_compiled_english_is_up_to_date(tmp_path):
    """The committed .qm holds what the .ts says (someone translated and forgot to run the tool otherwise)."""
    tool = _tool()
    qm = tmp_path / "en.qm"
    subprocess.run([tool.tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / "whistle_desk_en.ts"), "-qm",
                    str(qm)], check=True)
    assert qm.read_bytes() == (TRANSLATIONS / "whistle_desk_en.qm").read_bytes(), \
        "resources/translations/whistle_desk_en.qm is stale: run python tools/update_translations.py"


# -- (b) installing a language ------------------------------------------------------------------------------
def test_english_then_chinese(qapp, lang):
    assert lang("en") == "en"
    assert labels.queues()["new"] == "To dispatch"
    assert labels.roles()["supervisor"] == "Supervisor"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert qapp.applicationDisplayName() == "Whistle Desk"
    assert QLocale().language() == QLocale.Language.English
    assert lang("zh_CN") == "zh_CN"
    assert labels.queues()["new"] == "待派"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own strings: qtbase_zh_CN.qm
    assert qapp.applicationDisplayName() == "吹哨报到工作台"
    assert QLocale().language() == QLocale.Language.Chinese


def test_translators_are_kept_and_replaced(qapp, lang):
    lang("en")
    first = list(i18n._translators)
    assert first and any(not t.isEmpty() for t in first)  # referenced from the module: never garbage-collected
    lang("zh_CN")
    assert i18n._translators and not set(map(id, first)) & set(map(id, i18n._translators))
    lang("en")
    assert len(i18n._translators) == len(first)  # the previous language's translators were removed


def test_base_class_strings_translate_in_a_subclass(qapp, lang, office):
    """tr() of OpDialog (the OK/Cancel buttons) works when the dialog is a LoginDialog."""
    lang("en")
    dlg = LoginDialog(office.desk)
    try:
        assert dlg.ok_button.text() == "Log in"
        assert dlg.buttons.button(dlg.buttons.StandardButton.Cancel).text() == "Cancel"
        assert dlg.windowTitle() == "Log in — Whistle Desk"
    finally:
        dlg.deleteLater()


def test_choice_is_remembered(qapp, lang, settings):
    lang("en", remember=True, settings=settings)
    assert settings.value(i18n.SETTINGS_KEY) == "en" and i18n.saved_choice(settings) == "en"
    lang(None, remember=True, settings=settings)
    assert settings.value(i18n.SETTINGS_KEY) == "system" and i18n.saved_choice(settings) is None
    settings.setValue(i18n.SETTINGS_KEY, "fr")
    assert i18n.saved_choice(settings) is None


def test_qm_files_are_found_in_a_bundle(monkeypatch, tmp_path, qapp, lang):
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "translations").mkdir(parents=True)
    shutil.copy(TRANSLATIONS / "whistle_desk_en.qm", bundle / "resources" / "translations")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert i18n.translation_dirs()[0] == bundle / "resources" / "translations"
    monkeypatch.setattr(i18n, "translation_dirs", lambda: [bundle / "resources" / "translations"])
    lang("en")
    assert labels.queues()["all"] == "All"


def test_language_menu_switches_and_asks_for_a_rebuild(qtbot, qapp, lang, settings):
    from PySide6.QtWidgets import QWidget

    lang("zh_CN")
    host = QWidget()
    qtbot.addWidget(host)
    changed: list[str] = []
    menu = language_menu(host, changed.append, settings=settings)
    assert menu.title() == "语言 / Language"
    actions = {a.objectName(): a for a in menu.actions()}
    assert [a.text() for a in menu.actions()] == ["中文", "English", "跟随系统"]
    assert all(a.isCheckable() for a in actions.values())
    actions["language_en"].trigger()
    qtbot.waitUntil(lambda: changed == ["en"])
    assert actions["language_en"].isChecked() and settings.value(i18n.SETTINGS_KEY) == "en"
    assert labels.queues()["new"] == "To dispatch"
    actions["language_en"].trigger()  # the same language again: nothing to rebuild
    qtbot.wait(20)
    assert changed == ["en"]
    menu2 = language_menu(host, changed.append, settings=settings)  # a rebuilt window's menu
    assert menu2.title() == "Language / 语言"
    assert {a.objectName(): a.isChecked() for a in menu2.actions()}["language_en"]


# -- (c) the system locale decides when nothing was chosen ---------------------------------------------------
@pytest.mark.parametrize(("name", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("zh_HK", "zh_CN"), ("zh_SG", "zh_CN"),
    ("en_US", "en"), ("en_GB", "en"), ("de_DE", "en"), ("ja_JP", "en"), ("zh_Hant_TW", "zh_CN"),
    ("C", "zh_CN"),  # no locale at all: the default language
])
def test_system_locale_rule(name, expected):
    assert system_language(QLocale(name)) == expected


def test_follow_the_system(monkeypatch, qapp, lang):
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale("de_DE"))
    assert lang(None) == "en" and labels.queues()["new"] == "To dispatch"
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale("zh_CN"))
    assert lang(None) == "zh_CN" and labels.queues()["new"] == "待派"
    assert lang("system") == "zh_CN"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "en")  # pinned by IT (or by the tests): beats the system locale
    assert lang(None) == "en"
    assert lang("zh_CN") == "zh_CN"  # but never a choice made in the menu


# -- the main window in both languages ------------------------------------------------------------------------
def _add_wiring(w) -> None:
    """The language and help menus, as ui/mainwindow.py wires them (added here when it does not yet)."""
    if w.findChild(QMenu, "language_menu") is None:
        view = next(a.menu() for a in w.menuBar().actions() if a.menu() is not None and
                    any(x is w.refresh_action for x in a.menu().actions()))
        view.addSeparator()
        view.addMenu(language_menu(w, lambda _l: None))
    if w.findChild(QMenu, "help_menu") is None:
        w.menuBar().addMenu(help_menu(w, w.desk))


def _untranslated_chrome(w) -> list[str]:
    """Texts of the window's own chrome (menus, actions, nav, headers) that still contain Chinese."""
    texts = []
    for a in w.findChildren(QAction):
        texts += [a.text(), a.toolTip(), a.statusTip()]
    for m in w.findChildren(QMenu):
        texts.append(m.title())
    texts += [w.nav.item(i).text() for i in range(w.nav.count())]
    model = w.model
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    texts += [w.search.placeholderText(), w.windowTitle().split("—")[0]]
    # data (display names, ticket titles, departments) is Chinese in both languages: not chrome
    allowed = ("张伟", "中文", "语言")
    return sorted({t for t in texts if t and CJK.search(t) and not any(x in t for x in allowed)})


def _clipped(w) -> list[str]:
    """Column headers and navigation entries narrower than their text (cut off: "In progr…", "ead depa")."""
    out = []
    header = w.view.horizontalHeader()
    fm = header.fontMetrics()
    for c in range(w.model.columnCount()):
        text = str(w.model.headerData(c, Qt.Orientation.Horizontal))
        if header.sectionSize(c) < fm.horizontalAdvance(text) + 12:
            out.append(f"header {text!r}: {header.sectionSize(c)} px")
    fm = w.nav.fontMetrics()
    room = w.nav.viewport().width()
    for i in range(w.nav.count()):
        item = w.nav.item(i)
        if room < fm.horizontalAdvance(item.text()) + 12:
            out.append(f"nav {item.text()!r}: {room} px")
    return out


def _show_ticket(qtbot, w, number: str) -> None:
    w.set_queue("all")
    settle(qtbot)
    wait_rows(qtbot, w.model)
    w.select_ticket(w.user.ticket(number).id)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.number == number)
    settle(qtbot)


@pytest.mark.parametrize("code", ["en", "zh_CN"])
def test_main_window_in_both_languages(qtbot, qapp, lang, office, open_window, artifacts, code):
    lang(code)
    numbers = fill(office)
    w = open_window("clerk")
    _add_wiring(w)
    w.resize(1440, 860)
    _show_ticket(qtbot, w, numbers["dispatched"])
    texts = {a.objectName(): a.text() for a in w.findChildren(QAction) if a.objectName()}
    if code == "en":
        assert texts["action_create_ticket"] == "New ticket" and texts["action_whistle"] == "Whistle"
        assert _untranslated_chrome(w) == []
        assert w.windowTitle() == "Whistle Desk — 示例街道办事处 — 张伟 (Clerk)"  # the office's name is its own
    else:
        assert texts["action_create_ticket"] == "新建工单"
        assert w.windowTitle() == "吹哨报到工作台 — 示例街道办事处 — 张伟（受理员）"
    assert _clipped(w) == []
    assert w.grab().save(str(artifacts / f"ui-main-{code}.png"))
    assert len(w.menuBar().actions()) >= 5


def test_supervisor_window_in_english(qtbot, qapp, lang, office, open_window, artifacts):
    lang("en")
    numbers = fill(office)
    w = open_window("supervisor")
    _add_wiring(w)
    w.resize(1440, 860)
    _show_ticket(qtbot, w, numbers["pending_return"])
    assert _untranslated_chrome(w) == []
    nav = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert "Oversight" in nav and any(t.startswith("Approvals") for t in nav)
    assert _clipped(w) == []
    assert w.grab().save(str(artifacts / "ui-main-en-supervisor.png"))
