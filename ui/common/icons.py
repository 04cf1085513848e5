"""Action icons: Lucide outline SVGs in ``resources/icons`` (see its README.md), drawn in a fixed colour.

``icon("whistle")`` returns a :class:`QIcon` with pixmaps rendered by QtSvg at :data:`SIZES` for the device
pixel ratios of the screens (and 1 and 2): slate ink for the normal mode and a lighter ink for the disabled
mode. Qt scales the nearest pixmap for any other size or ratio.
The SVGs use ``stroke="currentColor"``, which QtSvg would draw black; the colour is substituted when loading.
Icons are rendered once per name and cached; a QGuiApplication must exist first.

The folder is found next to ``ui/`` like :func:`ui.common.notify.app_icon` finds ``resources/app``: in a checkout
and in the PyInstaller bundle (where ``ui`` lives in ``_internal`` and the spec copies ``resources/`` there).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

__all__ = ["DISABLED_INK", "ICON_DIR", "ICON_NAMES", "INK", "SIZES", "icon", "icon_path", "render"]

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"

#: Every icon there is, by the key of the action that uses it (file ``resources/icons/<name>.svg``).
ICON_NAMES = (
    # ticket and dispatch verbs (ui.tickets.actions.ACTION_VERBS)
    "create_ticket", "update_ticket", "whistle", "acknowledge", "respond", "resolve", "request_return",
    "request_extension", "request_suspension", "resume", "decide_return", "withdraw", "verify", "close",
    "reopen", "cancel", "record_revisit",
    # window, file and view actions
    "refresh", "find", "logout", "quit", "connection", "sweep", "change_password", "lock",
    # administration
    "calendar", "policies", "settings", "users", "departments", "categories", "communities", "audit",
    "standards",  # issue 15 §4: 立结案标准
    "import_settings",  # issue 15 §1: 12345 导入设置
    # the weekly report page
    "print", "save", "export",
)
#: Ink of enabled icons (slate 700: about 9:1 against a light toolbar) and of disabled ones (slate 400).
INK = QColor("#334155")
DISABLED_INK = QColor("#94a3b8")
#: Logical sizes rendered: menus 16, toolbars 20-24, large buttons 32.
SIZES = (16, 20, 24, 32)

_cache: dict[str, QIcon] = {}


def icon_path(name: str) -> Path:
    """The SVG file of ``name``; KeyError for a name not in :data:`ICON_NAMES`."""
    if name not in ICON_NAMES:
        raise KeyError(f"no icon named {name!r} (known: {', '.join(ICON_NAMES)})")
    return ICON_DIR / f"{name}.svg"


def _renderer(name: str) -> QSvgRenderer:
    svg = icon_path(name).read_text(encoding="utf-8").replace("currentColor", INK.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r}: {icon_path(name)} is not a valid SVG")
    return renderer


def _draw(renderer: QSvgRenderer, size: int, scale: float) -> tuple[QPixmap, QPixmap]:
    """The normal and the disabled pixmap (the same shape recoloured) at ``size`` × ``scale``."""
    side = round(size * scale)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    faded = image.copy()
    painter = QPainter(faded)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(faded.rect(), DISABLED_INK)
    painter.end()
    pixmaps = QPixmap.fromImage(image), QPixmap.fromImage(faded)
    for pixmap in pixmaps:
        pixmap.setDevicePixelRatio(scale)
    return pixmaps


def render(name: str, size: int, scale: float = 1.0, *, disabled: bool = False) -> QPixmap:
    """One pixmap of ``name``: ``size`` logical pixels at device pixel ratio ``scale``."""
    _need_gui()
    return _draw(_renderer(name), size, scale)[disabled]


def icon(name: str) -> QIcon:
    """The icon of action ``name`` (cached); KeyError for an unknown name."""
    cached = _cache.get(name)
    if cached is not None:
        return cached
    icon_path(name)  # unknown names fail before anything is drawn
    _need_gui()
    renderer = _renderer(name)
    result = QIcon()
    for size in SIZES:
        for scale in _scales():
            normal, disabled = _draw(renderer, size, scale)
            result.addPixmap(normal, QIcon.Mode.Normal)
            result.addPixmap(disabled, QIcon.Mode.Disabled)
    _cache[name] = result
    return result


def _scales() -> list[float]:
    """Device pixel ratios to render for: every screen's (125 %, 150 % ... on Windows), 1 and 2."""
    return sorted({1.0, 2.0} | {screen.devicePixelRatio() for screen in QGuiApplication.screens()})


def _need_gui() -> None:
    # QPixmap aborts the process when there is no QGuiApplication yet.
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("ui.common.icons needs a QGuiApplication: create the application before asking for icons")
