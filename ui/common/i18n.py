"""The interface language: Chinese (the source language of every string) or English.

* :func:`install_language` installs the translators of one language (ours and Qt's own ``qtbase_*.qm``),
  removes the ones installed before, keeps references to them (a QTranslator that is garbage-collected
  silently stops translating), sets the default QLocale and remembers the choice in QSettings
  (``ui/language``: ``zh_CN``, ``en`` or ``system``).
* ``None`` means "follow the system": a Chinese system locale gives ``zh_CN``, any other language ``en``
  (no locale at all, ``C``, gives the default, Chinese). ``$WHISTLE_DESK_LANG`` (``zh_CN``/``en``) overrides
  the system locale, never a choice made in the menu.
* The core's error messages (``DeskError.message``) follow the language too: :func:`install_language` sets
  ``desk.errors.set_message_translator`` to a lookup in the context ``desk`` (the templates and terms that
  ``tools/update_translations.py`` extracts from ``desk/``); :func:`uninstall_language` removes it.
* :func:`language_menu` is the 语言 / Language menu (中文, English, 跟随系统). Widgets that were built
  before a switch keep their old texts: the main window is rebuilt afterwards (``on_change``).

Our ``.qm`` files live in ``resources/translations`` (next to ``ui/`` in a checkout, under
``sys._MEIPASS`` in a PyInstaller bundle). They are built from the ``.ts`` sources by
``tools/update_translations.py``; nobody edits a ``.qm`` by hand.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desk.errors import set_message_translator

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The languages of the interface. Chinese is the source language; English is the second one.
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "zh_CN"
#: QSettings key of the user's choice: "zh_CN", "en" or "system".
SETTINGS_KEY = "ui/language"
SYSTEM = "system"
#: Environment variable that decides the language when nothing was chosen in the menu ("zh_CN" or "en").
ENV_LANGUAGE = "WHISTLE_DESK_LANG"
#: Every translator installed by :func:`install_language` (references keep them alive).
_translators: list[QTranslator] = []
#: The language installed last (None before the first install).
_current: str | None = None
#: The lupdate context of the core's messages (see tools/update_translations.py).
DESK_CONTEXT = "desk"


def translation_dirs() -> list[Path]:
    """Where our .qm files may be: the bundle's ``resources/translations`` first, then the checkout's."""
    dirs = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "translations")
    dirs.append(Path(__file__).resolve().parents[2] / "resources" / "translations")
    return dirs


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm may be: Qt's translations folder (also in the bundle), then ours."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), *translation_dirs()]


def system_locale() -> QLocale:
    """The operating system's locale (a function so that tests can replace it)."""
    return QLocale.system()


def system_language(locale: QLocale | None = None) -> str:
    """``zh_CN`` for any Chinese locale (zh_CN, zh_TW, zh_HK, zh_SG …), ``en`` for any other language.

    The first UI language counts (on Windows the display language, which may differ from the formats).
    No locale at all (``C``/``POSIX``, a bare server or container) gives the default language, Chinese.
    """
    loc = locale if locale is not None else system_locale()
    ui_languages = loc.uiLanguages()
    first = (ui_languages[0] if ui_languages else loc.name()).lower()
    if first.startswith("zh") or first in ("", "c", "posix") or loc.language() == QLocale.Language.C:
        return "zh_CN"
    return "en"


def resolve_language(lang: str | None) -> str:
    """The language to show for a choice. ``None``/``"system"``: ``$WHISTLE_DESK_LANG`` when it names a
    language (IT can pin it; the tests pin Chinese), else the system locale's."""
    if lang in LANGUAGES:
        return lang  # type: ignore[return-value]
    forced = os.environ.get(ENV_LANGUAGE, "").strip()
    if forced in LANGUAGES:
        return forced
    return system_language()


def saved_choice(settings: QSettings | None = None) -> str | None:
    """The language chosen in the menu (``zh_CN``/``en``), or None for "follow the system" / no choice yet."""
    s = settings if settings is not None else QSettings()
    value = s.value(SETTINGS_KEY, "", str)
    return value if value in LANGUAGES else None


def current_language() -> str | None:
    """The language installed last by :func:`install_language` (None before the first call)."""
    return _current


def _find(name: str, dirs: list[Path]) -> Path | None:
    for d in dirs:
        p = d / f"{name}.qm"
        if p.is_file():
            return p
    return None


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    t = QTranslator(app)
    if not t.load(str(path)):
        log.warning("cannot load translation %s", path)
        t.deleteLater()
        return None
    app.installTranslator(t)
    _translators.append(t)
    return t


def uninstall_language(app: QCoreApplication) -> None:
    """Remove every translator :func:`install_language` installed (the source language, Chinese, remains)."""
    global _current
    for t in _translators:
        app.removeTranslator(t)
        t.deleteLater()
    _translators.clear()
    _current = None
    set_message_translator(None)


def translate_desk_message(text: str) -> str:
    """A template or term of the core in the installed language (looked up at each call)."""
    return translate(DESK_CONTEXT, text)


def install_language(app: QCoreApplication, lang: str | None, *, settings: QSettings | None = None,
                     remember: bool = True) -> str:
    """Show the interface in ``lang`` ("zh_CN", "en", or None to follow the system); returns the language used.

    Replaces the translators installed by an earlier call, loads Qt's own ``qtbase_<lang>.qm`` when it exists
    and ours (``whistle_desk_<lang>.qm``; Chinese needs none, the source strings are Chinese), sets the default
    QLocale to match and, unless ``remember`` is False, stores the choice in QSettings under ``ui/language``.
    """
    global _current
    effective = resolve_language(lang)
    uninstall_language(app)
    for name, dirs in ((f"qtbase_{effective}", qt_translation_dirs()),
                       (f"whistle_desk_{effective}", translation_dirs())):
        path = _find(name, dirs)
        if path is not None:
            _load(app, path)
        elif name.startswith("whistle_desk_") and effective != SOURCE_LANGUAGE:
            log.warning("no %s.qm in %s: the interface stays Chinese", name, ", ".join(map(str, dirs)))
        else:
            log.debug("no %s.qm", name)
    _current = effective
    set_message_translator(translate_desk_message)
    if effective == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if hasattr(app, "setApplicationDisplayName"):
        app.setApplicationDisplayName(translate("app", "吹哨报到工作台"))
    if remember:
        s = settings if settings is not None else QSettings()
        s.setValue(SETTINGS_KEY, lang if lang in LANGUAGES else SYSTEM)
        s.sync()
    log.info("interface language: %s (chosen: %s)", effective, lang or SYSTEM)
    return effective


def language_menu(parent: QWidget, on_change: Callable[[str], None], *,
                  settings: QSettings | None = None) -> QMenu:
    """The 语言 / Language menu: 中文, English, 跟随系统 (checkable, the saved choice checked).

    Choosing an entry installs that language at once and stores the choice. When the language shown
    changes, ``on_change(language)`` is called from the event loop (after the menu's own signal has
    returned), so the owner can safely close and rebuild the window that holds the menu.
    """
    menu = QMenu(translate("i18n", "语言 / Language"), parent)
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = saved_choice(settings)
    entries = (("zh_CN", translate("i18n", "中文")), ("en", translate("i18n", "English")),
               (None, translate("i18n", "跟随系统")))
    for code, text in entries:
        a = QAction(text, menu)
        a.setObjectName(f"language_{code or SYSTEM}")
        a.setCheckable(True)
        a.setChecked(code == chosen)
        a.setData(code or SYSTEM)
        group.addAction(a)
        menu.addAction(a)
        if code is None:
            a.setStatusTip(translate("i18n", "中文系统显示中文，其他系统显示英文"))

    def chosen_action(action: QAction) -> None:
        data = action.data()
        lang = data if data in LANGUAGES else None
        before = _current
        app = QCoreApplication.instance()
        if app is None:
            return
        effective = install_language(app, lang, settings=settings)
        if effective != before:
            QTimer.singleShot(0, lambda: on_change(effective))

    group.triggered.connect(chosen_action)
    return menu


__all__ = ["ENV_LANGUAGE", "LANGUAGES", "SETTINGS_KEY", "current_language", "install_language", "language_menu",
           "resolve_language", "saved_choice", "system_language", "translate_desk_message", "translation_dirs",
           "uninstall_language"]
