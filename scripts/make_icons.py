"""Render packaging/icons/hunting-console.svg to the icons the installers and the window use.

    .venv/bin/python scripts/make_icons.py

Writes packaging/icons/hunting-console-<size>.png (the Linux desktop's hicolor sizes), .ico
(Windows) and .icns (macOS), and console/icons/hunting-console.png (the window's icon, package
data). The outputs are committed: building an installer needs no SVG renderer.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> None:
    _app = QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "hunting-console.svg"))
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(ICONS / f"hunting-console-{size}.png"))
    (ROOT / "console" / "icons").mkdir(exist_ok=True)
    images[256].save(str(ROOT / "console" / "icons" / "hunting-console.png"))
    for suffix, size in (("ico", 256), ("icns", 512)):
        writer = QImageWriter(str(ICONS / f"hunting-console.{suffix}"), suffix.encode())
        if not writer.write(images[size]):
            raise SystemExit(f"cannot write the .{suffix} icon: {writer.errorString()}")


if __name__ == "__main__":
    main()
