"""CJK font check and the fonts the document view uses.

Without a font that covers Simplified Chinese, Qt draws boxes ("tofu") and the tool is useless; the
window says so plainly and names the package to install instead of showing a wall of squares.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

#: preferred families, best first; the first one installed is used for the document text
PREFERRED_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei",
                 "Microsoft YaHei", "PingFang SC", "Noto Serif CJK SC", "SimSun")


def cjk_families() -> list[str]:
    """Installed families that declare Simplified Chinese coverage."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def has_cjk_font() -> bool:
    return bool(cjk_families())


def document_font(pixel_size: int = 16) -> QFont:
    """A readable CJK font for the document text (falls back to the default when none is known)."""
    installed = set(cjk_families())
    font = QFont()
    for family in PREFERRED_CJK:
        if family in installed:
            font = QFont(family)
            break
    else:
        if installed:
            font = QFont(sorted(installed)[0])
    font.setPixelSize(pixel_size)
    return font


INSTALL_HINT = "sudo apt install fonts-noto-cjk   (Fedora: google-noto-sans-cjk-fonts; macOS/Windows: built in)"
