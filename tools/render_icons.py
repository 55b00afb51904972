#!/usr/bin/env python3
"""Render the application icon's PNGs from its SVG with Qt's QSvgRenderer.

    .venv/bin/python tools/render_icons.py            write resources/icons/hicolor/NxN/apps/ID.png
    .venv/bin/python tools/render_icons.py --check    exit 1 when a PNG is missing or has the wrong size
    .venv/bin/python tools/render_icons.py --preview out.png   all sizes side by side, to look at

The one source is resources/icons/hicolor/scalable/apps/ID.svg (installed as the scalable icon too);
the PNGs are committed so that no Qt is needed to install them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader import APP_ID  # noqa: E402

SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def _app() -> object:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(size: int, svg: Path = SVG) -> QImage:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def write_all() -> list[Path]:
    _app()
    written = []
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path)):  # the format follows the .png suffix
            raise SystemExit(f"{path}: could not write")
        written.append(path)
    return written


def check() -> list[str]:
    """Problems with the committed PNGs (missing, wrong size, blank)."""
    from PySide6.QtGui import QImage

    _app()
    problems = []
    for size in SIZES:
        path = png_path(size)
        image = QImage(str(path))
        if image.isNull():
            problems.append(f"{path}: missing or unreadable")
        elif (image.width(), image.height()) != (size, size):
            problems.append(f"{path}: {image.width()}x{image.height()}, expected {size}x{size}")
        elif image.pixelColor(size // 2, size // 2).alpha() == 0:
            problems.append(f"{path}: blank in the middle")
    return problems


def preview(out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    _app()
    gap = 16
    width = sum(SIZES) + gap * (len(SIZES) + 1)
    height = max(SIZES) + 2 * gap
    sheet = QImage(width, height * 2, QImage.Format.Format_ARGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.fillRect(0, height, width, height, Qt.GlobalColor.darkGray)
    for row in (0, 1):
        x = gap
        for size in SIZES:
            painter.drawImage(x, row * height + gap, QImage(str(png_path(size))))
            x += size + gap
    painter.end()
    sheet.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed PNGs")
    parser.add_argument("--preview", type=Path, help="write a sheet of all sizes to this PNG")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args.preview:
        preview(args.preview)
        return 0
    for path in write_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
