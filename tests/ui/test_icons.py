"""Action icons (ui/common/icons.py, resources/icons): files, colours, the disabled look, device pixel ratios, that
every toolbar verb and admin action has one, and a contact sheet (tests/artifacts/ui-icons.png) to look at."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMainWindow, QToolBar

from ui.common import icons
from ui.common.icons import DISABLED_INK, ICON_DIR, ICON_NAMES, INK, icon, icon_path, render
from ui.tickets.actions import ACTION_VERBS
from uitools import no_modal_exec, office, open_window, settings  # noqa: F401 - fixtures

SVG_NS = "{http://www.w3.org/2000/svg}"
#: Keys of the window, file, view and report actions that have no list of their own in ui/.
OTHER_ACTIONS = ("refresh", "find", "logout", "quit", "connection", "sweep", "print", "save", "export")


def ink(image: QImage) -> tuple[list[QColor], int, int]:
    """The colours of the well-covered pixels (alpha >= 200), and how many pixels are inked / transparent."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    solid, inked, clear = [], 0, 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() == 0:
                clear += 1
            else:
                inked += 1
                if c.alpha() >= 200:
                    solid.append(c)
    return solid, inked, clear


def close_to(c: QColor, want: QColor, tolerance: int = 4) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(c.getRgb()[:3], want.getRgb()[:3]))


def test_every_name_has_its_file_and_every_file_a_name():
    assert len(set(ICON_NAMES)) == len(ICON_NAMES)
    assert {p.stem for p in ICON_DIR.glob("*.svg")} == set(ICON_NAMES)
    for name in ICON_NAMES:
        assert icon_path(name) == ICON_DIR / f"{name}.svg" and icon_path(name).is_file()


def test_license_and_source_are_named_for_every_icon():
    assert "ISC License" in (ICON_DIR / "LICENSE.txt").read_text(encoding="utf-8")
    readme = (ICON_DIR / "README.md").read_text(encoding="utf-8")
    assert "lucide-static" in readme and "LICENSE.txt" in readme
    for name in ICON_NAMES:
        assert f"| `{name}` |" in readme, name


@pytest.mark.parametrize("name", ICON_NAMES)
def test_file_is_one_lucide_outline_svg(name):
    text = icon_path(name).read_text(encoding="utf-8")
    assert text.startswith("<!-- @license lucide-static")
    root = ET.fromstring(text)
    assert root.tag == f"{SVG_NS}svg"
    # one style for all: 24 px grid, outline strokes of width 2 in the current colour
    assert (root.get("viewBox"), root.get("fill"), root.get("stroke"), root.get("stroke-width")) == \
        ("0 0 24 24", "none", "currentColor", "2")
    shapes = [e for e in root.iter() if e is not root]
    assert shapes and all(e.tag.removeprefix(SVG_NS) in {"path", "circle", "ellipse", "line", "rect", "polyline"}
                          for e in shapes)
    assert QSvgRenderer(QByteArray(text.encode())).isValid()


@pytest.mark.parametrize("size", [16, 24])
@pytest.mark.parametrize("name", ICON_NAMES)
def test_renders_legibly_in_the_ink_colour(qapp, name, size):
    pm = icon(name).pixmap(QSize(size, size))
    assert not pm.isNull() and pm.size() == QSize(size, size)
    solid, inked, clear = ink(pm.toImage())
    # neither empty nor a filled square: a drawing that leaves most of the square clear
    assert 0.05 * size * size < inked < 0.7 * size * size, (inked, clear)
    assert clear > 0.3 * size * size
    assert len(solid) >= size // 2, "too faint: few well-covered pixels"
    assert all(close_to(c, INK) for c in solid), {c.name() for c in solid}


@pytest.mark.parametrize("name", ICON_NAMES)
def test_disabled_is_the_same_shape_lighter(qapp, name):
    normal = icon(name).pixmap(QSize(24, 24), QIcon.Mode.Normal).toImage()
    disabled = icon(name).pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    solid, inked, _ = ink(disabled)
    assert inked == ink(normal)[1]
    assert solid and all(close_to(c, DISABLED_INK) for c in solid), {c.name() for c in solid}
    assert DISABLED_INK.lightness() > INK.lightness() + 60
    # still visible on a light toolbar (#f0f0f0): at least a 2:1 contrast
    assert QColor("#f0f0f0").lightness() - DISABLED_INK.lightness() > 60


def test_high_dpi_pixmaps_are_drawn_at_full_resolution(qapp):
    pm = icon("whistle").pixmap(QSize(16, 16), 2.0)
    assert pm.size() == QSize(32, 32) and pm.devicePixelRatio() == 2.0
    assert pm.toImage() == render("whistle", 16, 2.0).toImage()  # drawn at 32 px, not a scaled 16 px one
    blurred = render("whistle", 16).toImage().scaled(32, 32, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation)
    assert pm.toImage().convertToFormat(QImage.Format.Format_ARGB32) != blurred.convertToFormat(
        QImage.Format.Format_ARGB32)


def test_icons_are_cached(qapp):
    assert icon("resolve") is icon("resolve")
    assert icon("resolve").cacheKey() != icon("cancel").cacheKey()


def test_unknown_name_raises_key_error_naming_it(qapp):
    for call in (lambda: icon("blow_whistle"), lambda: icon_path("blow_whistle"),
                 lambda: render("blow_whistle", 16)):
        with pytest.raises(KeyError, match="blow_whistle"):
            call()
    assert "blow_whistle" not in icons._cache


def test_without_an_application_a_clear_error_instead_of_an_abort():
    code = ("from ui.common.icons import icon\n"
            "try:\n    icon('whistle')\nexcept RuntimeError as e:\n    print('refused:', e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert "refused: ui.common.icons needs a QGuiApplication" in out.stdout


def test_every_action_of_the_main_window_has_an_icon(open_window):
    assert set(ACTION_VERBS) <= set(ICON_NAMES)
    assert set(OTHER_ACTIONS) <= set(ICON_NAMES)
    admin = open_window("admin")
    assert admin.admin_actions and set(admin.admin_actions) <= set(ICON_NAMES)


def test_contact_sheet_and_toolbar(qtbot, artifacts):
    """tests/artifacts/ui-icons.png: every icon at 24 px (normal, disabled) and 16 px with its name, on the
    toolbar's grey; tests/artifacts/ui-icons-toolbar.png: a real toolbar with some actions disabled."""
    cols, cell_w, cell_h = 4, 250, 40
    rows = (len(ICON_NAMES) + cols - 1) // cols
    sheet = QImage(cols * cell_w, rows * cell_h, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#f0f0f0"))
    p = QPainter(sheet)
    font = QFont()
    font.setPixelSize(13)
    p.setFont(font)
    p.setPen(QColor("#000000"))
    for i, name in enumerate(ICON_NAMES):
        x, y = (i % cols) * cell_w + 8, (i // cols) * cell_h + 8
        ic = icon(name)
        p.drawPixmap(x, y, ic.pixmap(QSize(24, 24)))
        p.drawPixmap(x + 32, y, ic.pixmap(QSize(24, 24), QIcon.Mode.Disabled))
        p.drawPixmap(x + 64, y + 4, ic.pixmap(QSize(16, 16)))
        p.drawText(QRect(x + 88, y, cell_w - 96, 24), Qt.AlignmentFlag.AlignVCenter, name)
    p.end()
    path = artifacts / "ui-icons.png"
    assert sheet.save(str(path))
    assert QPixmap(str(path)).size() == sheet.size()

    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar(window)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    window.addToolBar(bar)
    for i, verb in enumerate(ACTION_VERBS):
        action = QAction(icon(verb), verb.replace("_", " "), window)
        action.setEnabled(i % 3 != 1)
        bar.addAction(action)
    window.resize(bar.sizeHint().width() + 20, 90)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().save(str(artifacts / "ui-icons-toolbar.png"))
    assert bar.iconSize().width() >= 16
