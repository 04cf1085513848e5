"""Render the app icon: resources/app/whistle-desk.svg -> whistle-desk.png (256 px) and whistle-desk.ico.

Run once after editing the SVG (the results are committed; the build does not run this):

    QT_QPA_PLATFORM=offscreen python installer/make_icon.py

Needs PySide6 (QtSvg, in PySide6-Essentials) and Pillow for the .ico (a build-time tool, not a
dependency of the app: ``pip install Pillow``). Each size of the .ico is rendered from the SVG
at that size, so that the small ones stay sharp.
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
APP = HERE.parent / "resources" / "app"
SVG = APP / "whistle-desk.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(p)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    png = APP / "whistle-desk.png"
    render(renderer, 256).save(str(png), "PNG")
    print(f"wrote {png}")
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed (pip install Pillow): whistle-desk.ico not written", file=sys.stderr)
        return 1
    images = [Image.open(io.BytesIO(png_bytes(render(renderer, s)))).convert("RGBA") for s in ICO_SIZES]
    ico = APP / "whistle-desk.ico"
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    print(f"wrote {ico} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
