"""``whistle-desk map render``: the GUI's side. The core computes the map's plain data (desk.geo: layers, figures,
pins, projects); this draws the same scene as the map page, offscreen, to a PNG. Found by the command line through
the ``whistle_desk.gui`` entry point ``map_render`` (the core never imports Qt)."""
from __future__ import annotations

import os
from pathlib import Path

from desk.geo.dto import MapPicture


def _application():
    """The running QApplication, or a new one on the offscreen platform (no screen needed)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def draw(picture: MapPicture, out: Path, *, width: int = 1600, height: int = 1200, title: str = "",
         metric: str = "count") -> None:
    """Draw ``picture`` (communities shaded by ``metric``, pins, projects, the legend) into the PNG ``out``."""
    _application()
    from ui.map.scene import MapScene, render_image

    scene = MapScene()
    scene.show_picture(picture, metric)
    scale = max(1.0, min(width, height) / 1000)
    image = render_image(scene, width, height, title=title, scale=scale)
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
